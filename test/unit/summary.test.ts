// The summary of many reports (core/summary): each report's key figures read
// from real reports, and the table with its total row, problems and formats.
// Expected figures are read off the published reports by hand.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkText } from '../../server/src/core/engine';
import type { Figures } from '../../server/src/core/summary/figureKeys';
import { reportFigures } from '../../server/src/core/summary/figures';
import { summaryGrid } from '../../server/src/core/summary/grid';
import { summaryHtml } from '../../server/src/core/summary/html';
import { SummaryInput, summaryTable } from '../../server/src/core/summary/summaryTable';
import { summaryCsv, summaryJson } from '../../server/src/core/summary/textFormats';
import { huaianReport, withAgency, WITH_ERRORS, withoutTotals, XICHENG } from './helpers/summaryFixtures';

function figuresOf(text: string): ReturnType<typeof reportFigures> {
  return reportFigures(checkText(text).report!.root);
}

function input(file: string, text: string, encoding = 'utf-8'): SummaryInput {
  const { findings, report } = checkText(text, { now: new Date(2025, 5, 1) });
  const count = (s: string): number => findings.filter((f) => f.severity === s).length;
  return {
    file,
    kind: 'report',
    encoding,
    errors: count('error'),
    warnings: count('warning'),
    report: reportFigures(report!.root),
  };
}

// 淮安市人民政府 2024, from the published text: table 三 rows 一、二、（七）、四 and table 四.
const HUAIAN: Figures = {
  received: 3119,
  carriedIn: 34,
  outcomesTotal: 3050,
  carriedOut: 103,
  review: 351,
  lawsuits: 26 + 20,
  licensing: 447228,
  penalties: 3985758,
};

// 北京市西城区民政局 2023: no applications; 行政许可 54, 行政处罚 6.
const XICHENG_FIGURES: Figures = {
  received: 0,
  carriedIn: 0,
  outcomesTotal: 0,
  carriedOut: 0,
  review: 0,
  lawsuits: 0,
  licensing: 54,
  penalties: 6,
};

describe('summary: the key figures of one report', () => {
  test('淮安 2024: agency, year and every figure as published', () => {
    assert.deepEqual(figuresOf(huaianReport()), { agency: '淮安市人民政府', year: 2024, figures: HUAIAN });
  });

  test('西城 2023 (a transcribed report with blank cells in one column)', () => {
    assert.deepEqual(figuresOf(XICHENG), { agency: '北京市西城区民政局', year: 2023, figures: XICHENG_FIGURES });
  });

  test('a 总计 the file leaves out is computed, exactly as the checks compute it', () => {
    const text = withoutTotals(huaianReport());
    assert.ok(!/总计: \d/.test(text.split('收到和处理政府信息公开申请情况')[1]!.split('本年度办理结果')[0]!));
    assert.deepEqual(figuresOf(text).figures, HUAIAN);
  });

  test('a blank stays blank: a row with a blank cell and no 总计 has no figure, never 0', () => {
    const text = withoutTotals(huaianReport()).replace(
      /(本年新收政府信息公开申请数量: \{自然人: 3001, 商业企业: )53/,
      '$1',
    );
    const { figures } = figuresOf(text);
    assert.equal(figures.received, undefined);
    assert.equal(figures.carriedIn, 34);
  });

  test('a given 总计 is taken as given (a wrong one is the row-total check’s to report)', () => {
    // 带错误的示例: 本年新收 总计 26 although the six columns add up to 25.
    assert.equal(figuresOf(WITH_ERRORS).figures.received, 26);
    // Its 行政许可 is "12件", not a count: no figure.
    assert.equal(figuresOf(WITH_ERRORS).figures.licensing, undefined);
  });

  test('what is not a report at all gives no figures and no crash', () => {
    for (const text of ['', 'a: [\n', '- 1\n- 2\n', '机关: [1, 2]\n年度: 二〇二四\n']) {
      const { agency, year, figures } = figuresOf(text);
      assert.equal(agency, undefined, text);
      assert.equal(year, undefined, text);
      assert.ok(
        Object.values(figures).every((v) => v === undefined),
        text,
      );
    }
  });
});

describe('summary: the table of many reports', () => {
  const inputs = (): SummaryInput[] => [
    input('淮安.xxgk.yaml', huaianReport()),
    input('西城.xxgk.yaml', XICHENG),
    input('带错误.xxgk.yaml', WITH_ERRORS),
    input('淮安-副本.xxgk.yaml', huaianReport()),
    input('gb.xxgk.yaml', withAgency(XICHENG, '某县民政局'), 'gb18030'),
    { file: 'gone.xxgk.yaml', kind: 'unreadable', reason: '文件不存在' },
    { file: 'big.xxgk.yaml', kind: 'too-large', message: '文件超过 10 MB（52428800 字节），未做检查。' },
  ];

  test('one row per file, in order, none dropped; problems named', () => {
    const table = summaryTable(inputs());
    assert.deepEqual(
      table.rows.map((r) => r.file),
      [
        '淮安.xxgk.yaml',
        '西城.xxgk.yaml',
        '带错误.xxgk.yaml',
        '淮安-副本.xxgk.yaml',
        'gb.xxgk.yaml',
        'gone.xxgk.yaml',
        'big.xxgk.yaml',
      ],
    );
    const [huaian, xicheng, faulty, copy, gb, gone, big] = table.rows;
    assert.deepEqual(xicheng!.problems, []);
    assert.equal(xicheng!.warnings, 7);
    assert.equal(faulty!.faulty, true);
    assert.match(faulty!.problems.join(), /有 6 个错误/);
    assert.equal(huaian!.duplicate, true);
    assert.match(huaian!.problems.join(), /与 淮安-副本\.xxgk\.yaml 重复/);
    assert.match(copy!.problems.join(), /与 淮安\.xxgk\.yaml 重复/);
    assert.match(gb!.problems.join(), /不是 UTF-8 编码，已按 GB18030 读取/);
    assert.equal(gb!.duplicate, false);
    assert.deepEqual([gone!.readable, gone!.problems], [false, ['无法读取：文件不存在']]);
    assert.deepEqual([big!.readable, big!.problems], [false, ['文件超过 10 MB（52428800 字节），未做检查。']]);
  });

  test('the total counts every readable report, faulty and duplicate ones included, and says so', () => {
    const { total } = summaryTable(inputs());
    assert.equal(total.reports, 5);
    assert.deepEqual([total.faulty, total.duplicates, total.unreadable], [1, 2, 2]);
    assert.deepEqual(total.years, [2023, 2024]);
    // By hand: 淮安 twice, 西城 twice (0 and 0), 带错误 26 (its 总计 as given).
    assert.equal(total.figures.received, 3119 * 2 + 0 + 26 + 0);
    assert.equal(total.figures.review, 351 * 2 + 3);
    assert.equal(total.figures.lawsuits, 46 * 2 + 1);
    // 带错误's 行政许可 is not a count: left out of the sum and counted as missing.
    assert.equal(total.figures.licensing, 447228 * 2 + 54 * 2);
    assert.equal(total.missing.licensing, 1);
    assert.equal(total.figures.penalties, 3985758 * 2 + 6 * 2 + 5);
    const text = total.problems.join('；');
    assert.match(text, /1 份有错误，已计入/);
    assert.match(text, /2 份机关和年度重复，已计入/);
    assert.match(text, /2 个文件无法读取，未计入/);
    assert.match(text, /行政许可 1 份/);
  });

  test('CSV: a BOM, the header, every row and the total; blanks empty, formulas kept as text', () => {
    const table = summaryTable([
      input('西城.xxgk.yaml', XICHENG),
      input('=evil.xxgk.yaml', withAgency(XICHENG, `'"某局",逗号'`)),
    ]);
    const csv = summaryCsv(summaryGrid(table));
    assert.ok(
      csv.startsWith(
        '\uFEFF机关,年度,本年新收,上年结转,办理结果总计,结转下年度,行政复议,行政诉讼,行政许可,行政处罚,错误,警告,问题,文件\r\n',
      ),
    );
    const lines = csv.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, 4);
    assert.equal(lines[1], '北京市西城区民政局,2023,0,0,0,0,0,0,54,6,0,7,,西城.xxgk.yaml');
    assert.match(lines[2]!, /^"""某局"",逗号",2023,.*,'=evil\.xxgk\.yaml$/);
    assert.match(lines[3]!, /^合计（2 份报告）,2023,0,0,0,0,0,0,108,12,0,14,/);
  });

  test('JSON: reports and total by identifier, null where blank', () => {
    const data = JSON.parse(summaryJson(summaryTable(inputs()))) as {
      reports: Record<string, unknown>[];
      total: Record<string, unknown>;
    };
    assert.equal(data.reports.length, 7);
    assert.deepEqual(Object.fromEntries(Object.keys(HUAIAN).map((k) => [k, data.reports[0]![k]])), HUAIAN);
    assert.equal(data.reports[2]!.licensing, null);
    assert.equal(data.reports[5]!.agency, null);
    assert.equal(data.total.reports, 5);
    assert.equal(data.total.received, 3119 * 2 + 26);
  });

  test('HTML: one standalone page, no script, every text escaped', () => {
    const hostile = withAgency(XICHENG, '"<script>alert(1)</script><img src=x onerror=alert(2)>"');
    const html = summaryHtml(summaryGrid(summaryTable([input('<b>.xxgk.yaml', hostile)])), '汇总 <i>');
    assert.ok(
      !/<script|<img|<b>|<i>/i.test(
        html.replace(/<\/?(html|head|body|meta|title|style|h1|table|thead|tbody|tfoot|tr|th|td)\b[^>]*>/g, ''),
      ),
    );
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.match(html, /<tfoot><tr><td>合计（1 份报告）<\/td>/);
  });
});
