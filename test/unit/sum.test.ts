// Cell-by-cell sums of real reports (core/sum): the sums checked by hand on
// 淮安 2024 (imported from its published text) and 带错误的示例 2024, blanks
// on 西城 2023, exact amounts, what is left out and why, and refusals.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { checkText } from '../../server/src/core/engine';
import { SumBatch, SumOptions } from '../../server/src/core/sum/sumBatch';
import { reportFigures } from '../../server/src/core/summary/figures';
import { COLUMNS } from './helpers/labels';
import { huaianReport, withAgency, WITH_ERRORS, XICHENG } from './helpers/summaryFixtures';

const NOW = { now: new Date(2025, 5, 1) };
const T2 = '主动公开政府信息情况';
const T3 = '收到和处理政府信息公开申请情况';
const T4 = '政府信息公开行政复议、行政诉讼情况';

function sum(reports: [string, string][], options: Partial<SumOptions> = {}): ReturnType<SumBatch['finish']> {
  const batch = new SumBatch({ includeFaulty: false, ...options });
  for (const [file, text] of reports) {
    const { findings, report } = checkText(text, NOW);
    batch.add(file, report!.root, findings.filter((f) => f.severity === 'error').length);
  }
  return batch.finish();
}

function written(outcome: ReturnType<SumBatch['finish']>): string {
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
  return outcome.text;
}

/** A table 三 row: the six applicant columns with these counts. */
const byColumn = (...counts: number[]): Record<string, number> =>
  Object.fromEntries(COLUMNS.map((c, i) => [c, counts[i]!]));

/** The value at a path of keys in the output, as YAML reads it (null for a blank). */
function at(text: string, ...path: string[]): unknown {
  let node: unknown = parse(text);
  for (const key of path) node = (node as Record<string, unknown>)[key];
  return node;
}

/** The comment on the line of a key in the output. */
function noteOn(text: string, key: string): string | undefined {
  const line = text.split('\n').find((l) => l.trimStart().startsWith(`${key}:`));
  return line?.split('  # ')[1];
}

describe('sum: two real reports, checked by hand', () => {
  const both: [string, string][] = [
    ['淮安.xxgk.yaml', huaianReport()],
    ['带错误.xxgk.yaml', WITH_ERRORS],
  ];

  test('the report with errors is left out by default, and listed', () => {
    const text = written(sum(both));
    assert.match(text, /^# 未计入（有错误；加 --include-faulty 可计入）1 份：\n# {3}带错误\.xxgk\.yaml：有 6 个错误$/m);
    assert.match(text, /^# {3}淮安\.xxgk\.yaml（淮安市人民政府，2024）$/m);
    assert.deepEqual(at(text, T3, '本年新收政府信息公开申请数量'), byColumn(3001, 53, 0, 0, 61, 4));
    assert.equal(at(text, T2, '第二十条第（六）项', '行政处罚'), 3985758);
  });

  test('--include-faulty: every cell is the sum of both, where both have a number', () => {
    const text = written(sum(both, { includeFaulty: true, agency: '某市人民政府' }));
    assert.equal(at(text, '机关'), '某市人民政府');
    assert.equal(at(text, '年度'), 2024);
    // 本年新收: 淮安 3001/53/0/0/61/4 + 带错误 18/3/0/1/2/1.
    assert.deepEqual(at(text, T3, '本年新收政府信息公开申请数量'), byColumn(3019, 56, 0, 1, 63, 5));
    // 行政规范性文件: 8/26/66 + 3/1/15.
    assert.deepEqual(at(text, T2, '第二十条第（一）项', '行政规范性文件'), {
      本年制发件数: 11,
      本年废止件数: 27,
      现行有效件数: 81,
    });
    assert.equal(at(text, T2, '第二十条第（六）项', '行政处罚'), 3985758 + 5);
    assert.equal(at(text, T2, '第二十条第（八）项', '行政事业性收费'), 96171.6);
    // 结转下年度继续办理 商业企业: 0 + 1.
    assert.equal((at(text, T3, '结转下年度继续办理') as Record<string, number>)['商业企业'], 1);
    // 行政诉讼 未经复议直接起诉 结果维持: 13 + 1.
    assert.equal((at(text, T4, '行政诉讼', '未经复议直接起诉') as Record<string, number>)['结果维持'], 14);
  });

  test('where one report has no count, the other is taken and the line says so', () => {
    const text = written(sum(both, { includeFaulty: true }));
    // 带错误: 行政许可 "12件", 行政复议 结果维持 "３", a blank in 重复申请 科研机构, a misspelt row.
    assert.equal(at(text, T2, '第二十条第（五）项', '行政许可'), 447228);
    assert.equal(noteOn(text, '行政许可'), '未计入：行政许可 1 份缺少或不是数字');
    assert.equal((at(text, T4, '行政复议') as Record<string, number>)['结果维持'], 72);
    assert.equal(noteOn(text, '行政复议'), '未计入：结果维持 1 份缺少或不是数字');
    assert.equal((at(text, T3, '本年度办理结果', '不予处理', '重复申请') as Record<string, number>)['科研机构'], 0);
    assert.equal(noteOn(text, '重复申请'), '未计入：科研机构 1 份留空');
    assert.equal(noteOn(text, '其他法律行政法规禁止公开'), '未计入：各列 1 份缺少或不是数字');
    assert.equal(noteOn(text, '予以公开'), undefined);
  });

  test('the output is a report: its prose still to write, its figures the sums, a faulty input’s fault carried over', () => {
    const text = written(sum(both, { includeFaulty: true, agency: '某市人民政府' }));
    const { findings, report } = checkText(text, NOW);
    // 带错误's 商业企业 column does not balance (3 + 0 ≠ 3 + 1); neither does the sum's.
    assert.deepEqual(
      findings.map((f) => f.code),
      ['empty-section', 'balance', 'empty-section', 'empty-section'],
    );
    assert.match(findings[1]!.message, /^商业企业列/);
    // Without an agency given, the sum names none: a missing-key on 机关 asks for it.
    assert.deepEqual(
      checkText(written(sum(both)), NOW).findings.map((f) => f.code),
      ['missing-key', 'empty-section', 'empty-section', 'empty-section'],
    );
    const { figures } = reportFigures(report!.root);
    // 总计 computed from the summed columns: 淮安 3119 + 带错误's six columns 25 (not its wrong 总计 26).
    assert.equal(figures.received, 3119 + 25);
    assert.equal(figures.carriedIn, 34 + 2);
  });
});

describe('sum: blanks, amounts, duplicates', () => {
  test('a cell every report leaves blank stays blank; the rest add up', () => {
    const text = written(
      sum([
        ['西城.xxgk.yaml', XICHENG],
        ['西城二.xxgk.yaml', withAgency(XICHENG, '某区民政局')],
      ]),
    );
    const row = at(text, T3, '本年度办理结果', '无法提供', '本机关不掌握相关政府信息') as Record<string, unknown>;
    assert.equal(row['科研机构'], null);
    assert.equal(row['自然人'], 0);
    assert.equal(noteOn(text, '本机关不掌握相关政府信息'), undefined);
    assert.equal(at(text, T2, '第二十条第（五）项', '行政许可'), 108);
    assert.deepEqual(at(text, T2, '第二十条第（一）项', '行政规范性文件'), {
      本年制发件数: 4,
      本年废止件数: 4,
      现行有效件数: 52,
    });
    // The blanks are still there for the author to see: blank-cell warnings, as in the inputs; the one
    // error asks for the agency the sum of two agencies' reports cannot name.
    const findings = checkText(text, NOW).findings;
    assert.equal(findings.filter((f) => f.code === 'blank-cell').length, 7);
    assert.deepEqual(
      findings.filter((f) => f.severity === 'error').map((f) => f.message),
      ['「机关」是空白：请填写发布报告的行政机关全称。'],
    );
  });

  test('amounts in 万元 add exactly, to the millionth', () => {
    const fee = (text: string, amount: string): string =>
      text.replace('行政事业性收费: 0', `行政事业性收费: ${amount}`);
    const text = written(
      sum([
        ['a.xxgk.yaml', fee(withAgency(XICHENG, '甲局'), '0.1')],
        ['b.xxgk.yaml', fee(withAgency(XICHENG, '乙局'), '0.2')],
        ['c.xxgk.yaml', fee(withAgency(XICHENG, '丙局'), '1486.000001')],
      ]),
    );
    assert.match(text, /^ {4}行政事业性收费: 1486\.300001$/m);
  });

  test('a second report of the same 机关 and 年度 is not counted twice', () => {
    const outcome = sum([
      ['西城.xxgk.yaml', XICHENG],
      ['西城-副本.xxgk.yaml', XICHENG],
    ]);
    const text = written(outcome);
    assert.ok(outcome.ok && outcome.added === 1 && outcome.leftOut === 1);
    assert.match(text, /# {3}西城-副本\.xxgk\.yaml：与 西城\.xxgk\.yaml 的机关和年度相同，未重复计入/);
    assert.equal(at(text, T2, '第二十条第（五）项', '行政许可'), 54);
  });

  test('an unreadable input is listed, the others still added', () => {
    const batch = new SumBatch({ includeFaulty: false });
    batch.unreadableFile('gone.xxgk.yaml', '无法读取：文件不存在');
    const { report } = checkText(XICHENG, NOW);
    batch.add('西城.xxgk.yaml', report!.root, 0);
    const text = written(batch.finish());
    assert.match(text, /^# 未计入（无法读取）1 份：\n# {3}gone\.xxgk\.yaml：无法读取：文件不存在$/m);
    assert.equal(at(text, T2, '第二十条第（五）项', '行政许可'), 54);
  });

  test('a file name with a line break cannot break out of its comment', () => {
    const text = written(sum([['a\n机关: 假的\nb.xxgk.yaml', XICHENG]]));
    assert.equal(at(text, '机关'), null);
    assert.match(text, /^# {3}a 机关: 假的 b\.xxgk\.yaml（北京市西城区民政局，2023）$/m);
  });
});

describe('sum: refusals', () => {
  test('reports of different years are refused, naming the years and files', () => {
    const outcome = sum([
      ['淮安.xxgk.yaml', huaianReport()],
      ['西城.xxgk.yaml', XICHENG],
    ]);
    assert.ok(!outcome.ok && outcome.conflict);
    assert.match(outcome.message, /年度不同.*2023 年度 1 份（西城\.xxgk\.yaml）.*2024 年度 1 份（淮安\.xxgk\.yaml）/);
  });

  test('--year must agree with the reports; it names the year where none can be read', () => {
    const mismatch = sum([['西城.xxgk.yaml', XICHENG]], { year: 2024 });
    assert.ok(!mismatch.ok && /2023 年度，与 --year 2024 不一致/.test(mismatch.message));
    const noYear = XICHENG.replace('年度: 2023', '年度:');
    const refused = sum([['x.xxgk.yaml', noYear]], { includeFaulty: true });
    assert.ok(!refused.ok && /请用 --year 指定/.test(refused.message));
    assert.match(written(sum([['x.xxgk.yaml', noYear]], { includeFaulty: true, year: 2023 })), /^年度: 2023$/m);
  });

  test('nothing to add: every input has errors', () => {
    const outcome = sum([['带错误.xxgk.yaml', WITH_ERRORS]]);
    assert.ok(!outcome.ok && !outcome.conflict);
    assert.match(outcome.message, /没有可以相加的报告.*--include-faulty/);
  });
});
