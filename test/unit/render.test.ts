// The renderer on the real 西城 report: every cell against the YAML, the
// blank cells and their findings, the merged header cells of the official
// template, the sections in order, every paragraph, and the source lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { checkText } from '../../server/src/core/engine';
import { renderHtml } from '../../server/src/core/render';
import {
  byPath,
  childElements,
  elements,
  hasClass,
  HtmlElement,
  parseHtml,
  rowWidths,
  textOf,
} from './helpers/miniHtml';
import { SECTION_HEADINGS } from './helpers/labels';

const ROOT = resolve(__dirname, '../..');
const SOURCE = readFileSync(join(ROOT, 'examples/2023-西城区民政局.xxgk.yaml'), 'utf8');
const LINES = SOURCE.split('\n');
const FINDINGS = checkText(SOURCE).findings;
const HTML = renderHtml(SOURCE, { standalone: true, findings: FINDINGS });
const DOC = parseHtml(HTML);
const PATHS = byPath(DOC);
const DATA = parse(SOURCE) as Record<string, unknown>;

const TABLE_SECTIONS = ['主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况'];
const PROSE_SECTIONS = ['前言', '总体情况', '存在的主要问题及改进情况', '其他需要报告的事项'];

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Every leaf of a table section in the YAML: [path, value]. */
function leaves(value: unknown, path: string[]): [string[], unknown][] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path, value]];
}

function table(name: string): HtmlElement {
  const found = elements(DOC).find((el) => el.tag === 'table' && (el.attrs['class'] ?? '').split(' ').includes(name));
  assert.ok(found, `no table ${name}`);
  return found;
}

function cellsOf(el: HtmlElement): HtmlElement[] {
  return elements(el).filter((c) => c.tag === 'td' || c.tag === 'th');
}

function section(el: HtmlElement, tag: 'thead' | 'tbody'): HtmlElement {
  return childElements(el, tag)[0]!;
}

const BLANK_ROWS = [
  ['无法提供', '本机关不掌握相关政府信息'],
  ['无法提供', '没有现成信息需要另行制作'],
  ['无法提供', '补正后申请内容仍不明确'],
  ['不予处理', '信访举报投诉类申请'],
  ['不予处理', '重复申请'],
  ['不予处理', '要求提供公开出版物'],
  ['不予处理', '无正当理由大量反复申请'],
].map((row) => ['收到和处理政府信息公开申请情况', '本年度办理结果', ...row, '科研机构'].join('/'));

describe('render: 西城区民政局 2023', () => {
  test('title: {机关}{年度}年政府信息公开工作年度报告, centred h1', () => {
    const h1 = elements(DOC).filter((el) => el.tag === 'h1');
    assert.equal(h1.length, 1);
    assert.equal(textOf(h1[0]!), '北京市西城区民政局2023年政府信息公开工作年度报告');
    assert.equal(h1[0]!.attrs['data-line'], String(LINES.findIndex((l) => l.startsWith('机关:'))));
    assert.match(HTML, /<title>北京市西城区民政局2023年政府信息公开工作年度报告<\/title>/);
  });

  test('the six numbered section headings, in order', () => {
    const headings = elements(DOC).filter((el) => el.tag === 'h2');
    assert.deepEqual(headings.map(textOf), SECTION_HEADINGS);
    for (const h of headings) {
      const key = h.attrs['data-path']!;
      assert.equal(h.attrs['data-line'], String(LINES.findIndex((l) => l.startsWith(`${key}:`))), key);
    }
  });

  test('every table cell shows the YAML value, found by its data-path', () => {
    let count = 0;
    for (const key of TABLE_SECTIONS) {
      for (const [path, value] of leaves(DATA[key], [key])) {
        const el = PATHS.get(path.join('/'));
        assert.ok(el, `no cell ${path.join('/')}`);
        assert.equal(el.tag, 'td');
        assert.equal(el.attrs['id'], path.join('/'));
        assert.equal(textOf(el), value === null ? '' : String(value), path.join('/'));
        assert.ok(!hasClass(el, 'computed'), 'all totals are given in this file');
        count++;
      }
    }
    // 表二 10 cells, 表三 25 rows × 7, 表四 3 × 5.
    assert.equal(count, 10 + 25 * 7 + 15);
    const numberCells = elements(DOC).filter((el) => el.tag === 'td' && hasClass(el, 'num'));
    assert.equal(numberCells.length, count);
  });

  test('cells and paragraphs carry the 0-based line of their key', () => {
    const line = (prefix: string): string => String(LINES.findIndex((l) => l.trimStart().startsWith(prefix)));
    assert.equal(PATHS.get('主动公开政府信息情况/第二十条第（五）项/行政许可')!.attrs['data-line'], line('行政许可:'));
    assert.equal(
      PATHS.get('收到和处理政府信息公开申请情况/本年度办理结果/其他处理/其他/自然人')!.attrs['data-line'],
      line('其他: {'),
    );
    assert.equal(
      PATHS.get('政府信息公开行政复议、行政诉讼情况/行政诉讼/复议后起诉/总计')!.attrs['data-line'],
      line('复议后起诉:'),
    );
    for (const el of elements(DOC).filter((e) => ['td', 'p', 'h1', 'h2'].includes(e.tag) && e.attrs['data-path'])) {
      assert.match(el.attrs['data-line'] ?? '', /^\d+$/, el.attrs['data-path']);
    }
  });

  test('the 7 blank 科研机构 cells are empty and carry their blank-cell warning', () => {
    const marked = elements(DOC).filter((el) => hasClass(el, 'has-finding'));
    assert.deepEqual(marked.map((el) => el.attrs['data-path']).sort(), [...BLANK_ROWS].sort());
    for (const path of BLANK_ROWS) {
      const el = PATHS.get(path)!;
      assert.equal(textOf(el), '');
      assert.ok(hasClass(el, 'severity-warning'), path);
      const line = Number(el.attrs['data-line']);
      const finding = FINDINGS.find((f) => f.code === 'blank-cell' && f.range.start.line === line);
      assert.ok(finding, path);
      assert.equal(el.attrs['title'], finding.message);
      assert.match(finding.message, /科研机构」是空白单元格/);
    }
  });

  test('table 二: four groups, each a header row across all columns, then the column headers', () => {
    const t = table('table2');
    const body = section(t, 'tbody');
    assert.deepEqual(rowWidths(body), Array(childElements(body, 'tr').length).fill(4));
    const groups = cellsOf(t).filter((c) => hasClass(c, 'group-label'));
    assert.deepEqual(groups.map(textOf), [
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ]);
    for (const g of groups) assert.equal(g.attrs['colspan'], '4');
    const heads = cellsOf(t)
      .filter((c) => c.tag === 'th' && !hasClass(c, 'group-label'))
      .map(textOf);
    assert.deepEqual(heads, [
      '信息内容',
      '本年制发件数',
      '本年废止件数',
      '现行有效件数',
      '信息内容',
      '本年处理决定数量',
      '信息内容',
      '本年处理决定数量',
      '信息内容',
      '本年收费金额（单位：万元）',
    ]);
    const labels = cellsOf(body)
      .filter((c) => hasClass(c, 'label'))
      .map(textOf);
    assert.deepEqual(labels, ['规章', '行政规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费']);
  });

  test('table 三: merged header cells as in the official template', () => {
    const t = table('table3');
    const head = section(t, 'thead');
    assert.deepEqual(rowWidths(head), [10, 10, 10]);
    const spans = cellsOf(head).map((c) => [textOf(c), c.attrs['rowspan'] ?? '1', c.attrs['colspan'] ?? '1']);
    assert.deepEqual(spans, [
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '3', '3'],
      ['申请人情况', '1', '7'],
      ['自然人', '2', '1'],
      ['法人或其他组织', '1', '5'],
      ['总计', '2', '1'],
      ['商业企业', '1', '1'],
      ['科研机构', '1', '1'],
      ['社会公益组织', '1', '1'],
      ['法律服务机构', '1', '1'],
      ['其他', '1', '1'],
    ]);
  });

  test('table 三: row labels with their numbering, spanning rows and columns as in the template', () => {
    const body = section(table('table3'), 'tbody');
    assert.equal(childElements(body, 'tr').length, 25);
    assert.deepEqual(rowWidths(body), Array(25).fill(10));
    const labels = cellsOf(body)
      .filter((c) => hasClass(c, 'label'))
      .map((c) => `${textOf(c)}|${c.attrs['rowspan'] ?? 1}|${c.attrs['colspan'] ?? 1}`);
    assert.deepEqual(labels, [
      '一、本年新收政府信息公开申请数量|1|3',
      '二、上年结转政府信息公开申请数量|1|3',
      '三、本年度办理结果|22|1',
      '（一）予以公开|1|2',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）|1|2',
      '（三）不予公开|8|1',
      '1.属于国家秘密|1|1',
      '2.其他法律行政法规禁止公开|1|1',
      '3.危及“三安全一稳定”|1|1',
      '4.保护第三方合法权益|1|1',
      '5.属于三类内部事务信息|1|1',
      '6.属于四类过程性信息|1|1',
      '7.属于行政执法案卷|1|1',
      '8.属于行政查询事项|1|1',
      '（四）无法提供|3|1',
      '1.本机关不掌握相关政府信息|1|1',
      '2.没有现成信息需要另行制作|1|1',
      '3.补正后申请内容仍不明确|1|1',
      '（五）不予处理|5|1',
      '1.信访举报投诉类申请|1|1',
      '2.重复申请|1|1',
      '3.要求提供公开出版物|1|1',
      '4.无正当理由大量反复申请|1|1',
      '5.要求行政机关确认或重新出具已获取信息|1|1',
      '（六）其他处理|3|1',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|1|1',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请|1|1',
      '3.其他|1|1',
      '（七）总计|1|2',
      '四、结转下年度继续办理|1|3',
    ]);
  });

  test('table 四: 行政复议 over five columns, 行政诉讼 over two groups of five, one data row of 15', () => {
    const t = table('table4');
    const head = section(t, 'thead');
    assert.deepEqual(rowWidths(head), [15, 15, 15]);
    const spans = cellsOf(head).map((c) => `${textOf(c)}|${c.attrs['rowspan'] ?? 1}|${c.attrs['colspan'] ?? 1}`);
    const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    assert.deepEqual(spans, [
      '行政复议|1|5',
      '行政诉讼|1|10',
      ...results.map((r) => `${r}|2|1`),
      '未经复议直接起诉|1|5',
      '复议后起诉|1|5',
      ...[...results, ...results].map((r) => `${r}|1|1`),
    ]);
    const rows = childElements(section(t, 'tbody'), 'tr');
    assert.equal(rows.length, 1);
    const cells = childElements(rows[0]!, 'td');
    assert.equal(cells.length, 15);
    const order = ['行政复议', '行政诉讼/未经复议直接起诉', '行政诉讼/复议后起诉'].flatMap((row) =>
      results.map((r) => `政府信息公开行政复议、行政诉讼情况/${row}/${r}`),
    );
    assert.deepEqual(
      cells.map((c) => c.attrs['data-path']),
      order,
    );
  });

  test('every prose paragraph is present, in order, escaped, on its source line', () => {
    for (const key of PROSE_SECTIONS) {
      const expected = String(DATA[key])
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      assert.ok(expected.length > 0, key);
      expected.forEach((text, i) => {
        const el = PATHS.get(`${key}/${i + 1}`);
        assert.ok(el, `${key}/${i + 1}`);
        assert.equal(el.tag, 'p');
        assert.equal(textOf(el), text);
        assert.ok(HTML.includes(`>${escape(text)}</p>`), `${key}/${i + 1} escaped`);
        assert.equal(el.attrs['data-line'], String(LINES.findIndex((l) => l.trim() === text)), `${key}/${i + 1} line`);
      });
      assert.equal(PATHS.get(`${key}/${expected.length + 1}`), undefined);
    }
  });

  test('paper-white A4 page with black 1px table borders and the 仿宋 fallbacks', () => {
    const css = textOf(elements(DOC).find((el) => el.tag === 'style')!);
    assert.match(css, /@page\s*{\s*size:\s*A4;/);
    assert.match(css, /background:\s*#fff/);
    assert.match(css, /border:\s*1px solid #000/);
    assert.match(css, /"FangSong",[^;]*"STFangsong",[^;]*"Noto Serif CJK SC",[^;]*serif/);
    assert.match(css, /text-indent:\s*2em/);
    assert.doesNotMatch(HTML, /<link\b|@import|url\(|https?:\/\/(?!www\.bjxch)/, 'no remote resources');
  });
});
