// `xxgk import`, the text importer: the seed (a Word report flattened to one
// cell per line) must import to exactly the hand transcription in examples/;
// label variants, typos and the 2019-style single 其他处理 row (docs/statute.md)
// must land on the statutory keys; nothing of the input may be dropped.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { decodeReportBytes } from '../../server/src/platform/readReportFile';
import { checkText } from '../../server/src/core/engine';
import { ImportError, importText } from '../../server/src/core/import';
import { splitRuns, rowSumHolds } from '../../server/src/core/import/split';
import { gb18030 } from './importHelpers';
import { COLUMNS } from './helpers/labels';

const ROOT = resolve(__dirname, '../..');
const SEED = 'test/fixtures/seed/2023_xicheng-minzhengju.txt';
const EXAMPLE = join(ROOT, 'examples/2023-西城区民政局.xxgk.yaml');

const seedText = (): string => readFileSync(SEED, 'utf8');
const example = (): Record<string, unknown> => parse(readFileSync(EXAMPLE, 'utf8'));

describe('import: the seed report', () => {
  test('imports to data equal to the hand transcription, value by value and paragraph by paragraph', () => {
    const result = importText(seedText());
    const got = parse(result.yaml);
    const want = example();
    for (const key of Object.keys(want)) assert.deepEqual(got[key], want[key], `key ${key}`);
    assert.deepEqual(Object.keys(got).sort(), Object.keys(want).sort());
    for (const key of ['前言', '总体情况', '存在的主要问题及改进情况', '其他需要报告的事项']) {
      assert.deepEqual(String(got[key]).split('\n'), String(want[key]).split('\n'), `paragraphs of ${key}`);
    }
  });

  test('the imported YAML checks with exactly the seven blank cells of the original', () => {
    const { findings } = checkText(importText(seedText()).yaml);
    assert.deepEqual(
      findings.map((f) => f.code),
      new Array(7).fill('blank-cell'),
    );
    assert.ok(findings.every((f) => f.message.includes('科研机构')));
  });

  test('keeps nothing back: no unmapped text, and says what it cleaned up', () => {
    const result = importText(seedText());
    assert.deepEqual(result.unmapped, []);
    assert.deepEqual(result.missing, []);
    assert.ok(
      result.notes.some((n) => n.includes('2、') && n.includes('三、')),
      'the misnumbered section 三 is noted',
    );
    assert.ok(result.notes.some((n) => n.includes('bookmark')));
  });

  test('the same text saved as GB18030 (decoded as the CLI does) imports to the same YAML', () => {
    const decoded = decodeReportBytes(gb18030(seedText()));
    assert.equal(decoded.encoding, 'gb18030');
    assert.equal(importText(decoded.text).yaml, importText(seedText()).yaml);
  });
});

// ------------------------------------------------------------ variants, rendered from the example's data

type Row = Record<string, number | null>;
const T3_COLS = [...COLUMNS, '总计'];

/** The example's tables as a markdown text, with the label variants of real reports. */
function markdownReport(data: Record<string, any>, options: { singleOtherRow?: boolean } = {}): string {
  const cells = (row: Row, cols: string[]): string =>
    cols.map((c) => (row[c] === null ? ' ' : String(row[c]))).join(' | ');
  const t2 = data['主动公开政府信息情况'];
  const t3 = data['收到和处理政府信息公开申请情况'];
  const r = t3['本年度办理结果'];
  const t4 = data['政府信息公开行政复议、行政诉讼情况'];
  const lines = [
    `# ${data['机关']}${data['年度']}年度政府信息公开工作年度报告`,
    '',
    '## 一、总体情况',
    '',
    '全年依法做好政府信息公开工作。',
    '## 二、主动公开政府信息情况',
    '| 第二十条第(一)项 | | | |',
    '|---|---|---|---|',
    '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 (历史累计) |',
    `| 规章 | ${cells(t2['第二十条第（一）项']['规章'], ['本年制发件数', '本年废止件数', '现行有效件数'])} |`,
    `| 行政规范性文件 | ${cells(t2['第二十条第（一）项']['行政规范性文件'], ['本年制发件数', '本年废止件数', '现行有效件数'])} |`,
    `| 第二十条第(五)项 | 本年处理决定数量 |`,
    `| 行政许可 | ${t2['第二十条第（五）项']['行政许可']} |`,
    `| 第二十条第(六)项 | 本年处理决定数量 |`,
    `| 行政处罚 | ${t2['第二十条第（六）项']['行政处罚']} |`,
    `| 行政强制 | ${t2['第二十条第（六）项']['行政强制']} |`,
    `| 第二十条第(八)项 | 本年收费金额(单位:万元) |`,
    `| 行政事业性收费 | ${t2['第二十条第（八）项']['行政事业性收费']} |`,
    '## 三、收到和处理政府信息公开申请的情况',
    `| (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 自然人 | 商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |`,
    `| 一、本年新收政府信息公开申请数量 | ${cells(t3['本年新收政府信息公开申请数量'], T3_COLS)} |`,
    `| 二、上年结转政府信息公开申请数量 | ${cells(t3['上年结转政府信息公开申请数量'], T3_COLS)} |`,
    `| 三、本年度办理结果 | (一)予以公开 | ${cells(r['予以公开'], T3_COLS)} |`,
    `| (二)部分公开(区分处理的,只计这一情形,不计其他情形) | ${cells(r['部分公开'], T3_COLS)} |`,
  ];
  const sub = (group: string, numbering: string, names: Record<string, string>): void => {
    Object.entries(r[group]).forEach(([key, row], i) => {
      lines.push(
        `| ${i === 0 ? `${numbering}${group} | ` : ''}${i + 1}、${names[key] ?? key} | ${cells(row as Row, T3_COLS)} |`,
      );
    });
  };
  sub('不予公开', '(三)', { 其他法律行政法规禁止公开: '其他法律行政止公开' });
  sub('无法提供', '(四)', {});
  sub('不予处理', '(五)', {});
  if (options.singleOtherRow) lines.push(`| (六)其他处理 | ${cells(r['其他处理']['其他'], T3_COLS)} |`);
  else sub('其他处理', '(六)', {});
  lines.push(
    `| (七)总计 | ${cells(r['总计'], T3_COLS)} |`,
    `| 四、结转下年度继续办理 | ${cells(t3['结转下年度继续办理'], T3_COLS)} |`,
  );
  lines.push(
    '## 四、因政府信息公开申请行政复议、提起行政诉讼的情况',
    '| 行政复议 | 行政诉讼 |',
    '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |',
  );
  const c4 = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  lines.push(
    `| ${cells(t4['行政复议'], c4)} | ${cells(t4['行政诉讼']['未经复议直接起诉'], c4)} | ${cells(t4['行政诉讼']['复议后起诉'], c4)} |`,
  );
  lines.push(
    '## 五、政府信息公开工作存在的主要问题及改进情况',
    '仍有不足。',
    '## 六、其他需要报告的事项',
    '未收取信息处理费。',
  );
  return lines.join('\n');
}

/** A copy of the example's data with distinct numbers in every cell, so that a misplaced cell shows. */
function numbered(): Record<string, any> {
  const data = example() as Record<string, any>;
  let n = 1;
  const walk = (node: any): void => {
    for (const key of Object.keys(node)) {
      if (node[key] !== null && typeof node[key] === 'object') walk(node[key]);
      else if (typeof node[key] === 'number') node[key] = n++;
    }
  };
  for (const k of ['主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况'])
    walk(data[k]);
  return data;
}

describe('import: label variants of real reports', () => {
  test('ASCII parentheses, 1、 numbering, typo 其他法律行政止公开, 现行有效件数 (历史累计), section title variants', () => {
    const data = numbered();
    const result = importText(markdownReport(data));
    const got = parse(result.yaml);
    for (const k of ['主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况'])
      assert.deepEqual(got[k], data[k], k);
    assert.deepEqual(result.missing, []);
    assert.equal(got['机关'], data['机关']);
    assert.equal(got['年度'], 2023);
    assert.equal(
      got['标题'],
      `${data['机关']}2023年度政府信息公开工作年度报告`,
      'a title that differs from the default is kept',
    );
  });

  test('（六）其他处理 as one row (2019 layout): its numbers go to 其他, the two other rows stay blank', () => {
    const data = numbered();
    const got = parse(importText(markdownReport(data, { singleOtherRow: true })).yaml);
    const other = got['收到和处理政府信息公开申请情况']['本年度办理结果']['其他处理'];
    assert.deepEqual(other['其他'], data['收到和处理政府信息公开申请情况']['本年度办理结果']['其他处理']['其他']);
    for (const key of Object.keys(other).filter((k) => k !== '其他'))
      assert.ok(
        Object.values(other[key]).every((v) => v === null),
        key,
      );
  });

  test('control characters and odd line separators never make the YAML invalid', () => {
    const text = seedText()
      .replace('编制本报告。', '编制\u0007本报告。\u2028')
      .replace('北京市西城区民政局在', '北京市\u0000西城区民政局在');
    const result = importText(text);
    assert.equal(parse(result.yaml)['前言'], example()['前言']);
    assert.deepEqual(
      checkText(result.yaml).findings.map((f) => f.code),
      new Array(7).fill('blank-cell'),
    );
  });

  test('table 二 in the 2019 trial format is flagged with its numbers, not read as 2021 columns', () => {
    const text = markdownReport(numbered())
      .replace(
        '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 (历史累计) |',
        '| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |',
      )
      .replace(/\| 行政许可 \| (\d+) \|/, '| 行政许可 | 10 | -2 | $1 |');
    const result = importText(text);
    const licensing = result.report.tables.table2!.rows.find((r) => r.spec.key === '行政许可')!;
    assert.equal(licensing.cells[0]!.state, 'ambiguous');
    assert.match(licensing.comment!, /2019年试行格式.*10/);
    assert.ok(result.notes.some((n) => n.includes('2019年试行格式')));
  });

  test('a page with no report is refused with a Chinese message', () => {
    assert.throws(
      () => importText('欢迎访问本网站。\n首页 | 政务公开 | 办事服务\n版权所有'),
      (e: unknown) => e instanceof ImportError && /没有找到/.test(e.message),
    );
  });
});

describe('import: splitting run-together digits', () => {
  test('each split is a full row of counts without leading zeros, and the row sum picks among them', () => {
    assert.deepEqual(splitRuns(['640020470'], 7, rowSumHolds), [[64, 0, 0, 2, 0, 4, 70]]);
    assert.deepEqual(splitRuns(['500000', '5'], 7, rowSumHolds), [[5, 0, 0, 0, 0, 0, 5]]);
    assert.equal(
      splitRuns(['220000325'], 7, rowSumHolds)!.length,
      2,
      '22/0/0/0/0/3/25 and 2/20/0/0/0/3/25 both add up',
    );
    assert.equal(splitRuns(['693665'], 3)!.length, 10);
    assert.deepEqual(splitRuns(['007'], 2), [], 'a count never has a leading zero');
  });

  test('a one-cell-per-line text that lost a blank cell is flagged, not split', () => {
    const lost = seedText().replace(
      '\t1.本机关不掌握相关政府信息\n\t0\n\t0\n\t\u00a0\n',
      '\t1.本机关不掌握相关政府信息\n\t0\n\t0\n\t\n',
    );
    assert.notEqual(lost, seedText());
    const result = importText(lost);
    const row = result.report.tables.table3!.rows.find((r) => r.spec.key === '本机关不掌握相关政府信息')!;
    assert.ok(row.cells.every((c) => c.state === 'ambiguous'));
    assert.match(row.comment ?? '', /只找到 6 个数/);
  });

  test('an ambiguous row is left blank with its candidates in a comment, never guessed', () => {
    const text = readFileSync('test/fixtures/published/2021_pingtan-zonghe-shiyanqu.txt', 'utf8');
    const result = importText(text);
    const line = result.yaml.split('\n').find((l) => l.trimStart().startsWith('行政规范性文件:'))!;
    assert.match(line, /\{本年制发件数: , 本年废止件数: , 现行有效件数: \}\s+#.*693665.*69\/3\/665/);
    assert.ok(result.notes.some((n) => n.includes('693665')));
  });
});

describe('import: nothing is silently dropped', () => {
  const corpus = [
    '2021_pingtan-zonghe-shiyanqu.txt',
    '2024_huaian-shi-zhengfu.txt',
    '2025_shuyang-xian-zhengfu.txt',
    '2022_wuhan-hanyang-qu-zhengfu-bangongshi_PARTIAL.txt',
  ];
  const fold = (s: string): string => s.normalize('NFKC').replace(/[\s\p{P}\p{S}\d]/gu, '');
  for (const file of [SEED, ...corpus.map((f) => `test/fixtures/published/${f}`)]) {
    test(`every sentence of ${file.split('/').pop()} is in the YAML or in unmapped`, () => {
      const input = readFileSync(file, 'utf8');
      const result = importText(input);
      const haystack = fold(result.yaml) + '\u0000' + fold(result.unmapped.join('\n'));
      // The end of every sentence (its start may be glued to a heading or a table: '一、总体情况2021年…').
      const sentences = (
        input
          .replace(/\[bookmark: [^\]]*\]/g, '')
          .replace(/\s+/g, '')
          .match(/[^。！？]+[。！？]/g) ?? []
      ).map(fold);
      const ends = sentences.filter((s) => s.length >= 16).map((s) => s.slice(-16));
      assert.ok(ends.length >= 3);
      const lost = ends.filter((s) => !haystack.includes(s));
      assert.deepEqual(lost, []);
    });
  }
});
