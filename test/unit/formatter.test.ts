// The formatter (core/format): official order, two-space indents, rows as
// flow mappings, prose as `|`, comments kept with their keys, values and
// blanks untouched, idempotent, and hands off anything it cannot rewrite safely.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { checkText } from '../../server/src/core/engine';
import { formatText, literalBlock } from '../../server/src/core/format';
import { MESSY, MESSY_FORMATTED } from './helpers/messyReport';
import { NOW, validReport } from './helpers/reports';

const EXAMPLE = readFileSync('examples/2023-西城区民政局.xxgk.yaml', 'utf8');
const WITH_ERRORS = readFileSync('examples/带错误的示例.xxgk.yaml', 'utf8');

const dataOf = (text: string): unknown => parseDocument(text).toJS();
/** Findings without positions: formatting moves lines, never what is found. */
const findingsOf = (text: string): string[] =>
  checkText(text, { now: NOW })
    .findings.map((f) => `${f.code} ${f.message}`)
    .sort();

function format(text: string): string {
  const out = formatText(text);
  assert.ok(out !== undefined, 'the text should be formattable');
  assert.equal(formatText(out), out, 'formatting is idempotent');
  return out;
}

test('the Xicheng example is already formatted: every value, paragraph and finding stays', () => {
  const out = format(EXAMPLE);
  assert.equal(out, EXAMPLE);
  assert.deepEqual(dataOf(out), dataOf(EXAMPLE));
  assert.deepEqual(findingsOf(out), findingsOf(EXAMPLE));
});

test('the example with errors keeps its data, comments and findings; the misspelt row moves after the known rows', () => {
  const out = format(WITH_ERRORS);
  assert.deepEqual(dataOf(out), dataOf(WITH_ERRORS));
  assert.deepEqual(findingsOf(out), findingsOf(WITH_ERRORS));
  assert.match(out, /属于行政查询事项: \{[^\n]*\}\n {6}# 错误：键名写错[^\n]*\n {6}其他法律行政止公开: /);
});

test('a valid report is a fixed point', () => {
  const text = validReport();
  assert.equal(format(text), text);
});

test('keys in official order, unknown keys last, two-space indents, rows as flow mappings, prose as |', () => {
  assert.equal(format(MESSY), MESSY_FORMATTED);
  assert.deepEqual(dataOf(MESSY_FORMATTED), dataOf(MESSY));
});

test('a suppression comment stays right above its key and still suppresses after formatting', () => {
  const before = checkText(MESSY, { now: NOW }).findings.filter(
    (f) => f.code === 'not-a-count' || f.code === 'unused-suppression',
  );
  const after = checkText(MESSY_FORMATTED, { now: NOW }).findings.filter(
    (f) => f.code === 'not-a-count' || f.code === 'unused-suppression',
  );
  assert.deepEqual(before, []);
  assert.deepEqual(after, []);
});

test('blank cells stay blank, in flow and in block rows', () => {
  const text =
    '政府信息公开行政复议、行政诉讼情况:\n  行政复议:\n    结果纠正:\n    结果维持: 1\n  行政诉讼:\n    复议后起诉: {结果维持: , 结果纠正: 0, 其他结果: ~, 尚未审结: }\n';
  const out = format(text);
  assert.match(out, /行政复议: \{结果维持: 1, 结果纠正: \}/);
  assert.match(out, /复议后起诉: \{结果维持: , 结果纠正: 0, 其他结果: ~, 尚未审结: \}/);
  assert.deepEqual(dataOf(out), dataOf(text));
});

test('cells that cannot stand in a flow mapping keep the row in block form', () => {
  const text = '政府信息公开行政复议、行政诉讼情况:\n  行政复议:\n    结果维持: 1,2\n    结果纠正: 0\n';
  assert.equal(format(text), text);
});

test('prose: plain, folded and literal become | with the same text; leading spaces get an indentation indicator', () => {
  const text =
    '总体情况: >\n  一行\n  接着\n存在的主要问题及改进情况: "第一段\\n  缩进的第二段\\n"\n其他需要报告的事项: "  前面有空格\\n\\n"\n';
  const out = format(text);
  assert.deepEqual(dataOf(out), dataOf(text));
  assert.match(out, /^总体情况: \|\n {2}一行 接着\n/m);
  assert.match(out, /^存在的主要问题及改进情况: \|\n {2}第一段\n {4}缩进的第二段\n/m);
  assert.match(out, /^其他需要报告的事项: \|2\+\n {4}前面有空格\n\n$/m);
});

test('prose lines that look like comments stay text', () => {
  const text = '总体情况: |\n  第一段\n  # 不是注释\n';
  assert.equal(format(text), text);
});

test('sequences and unknown nested keys are copied as written, moved with their key', () => {
  const text = '未知:\n    - a\n    - b: |\n        x\n机关: 某局\n';
  const out = format(text);
  assert.equal(out, '机关: 某局\n未知:\n    - a\n    - b: |\n        x\n');
});

test('CRLF line ends and a BOM are kept', () => {
  const text = '\ufeff年度: 2023\r\n机关: 某局\r\n';
  assert.equal(format(text), '\ufeff机关: 某局\r\n年度: 2023\r\n');
});

test('a comment at the end of the file stays at the end', () => {
  assert.equal(format('年度: 2023\n机关: 某局\n# 结尾\n'), '机关: 某局\n年度: 2023\n# 结尾\n');
});

test('syntax errors, several documents, anchors, aliases and tags: not formatted', () => {
  for (const text of [
    '机关: [未闭合\n',
    '机关: a\n---\n年度: 1\n',
    '机关: &a x\n年度: *a\n',
    '机关: !!str x\n',
    '---\n机关: a\n',
  ]) {
    assert.equal(formatText(text), undefined, text);
  }
});

test('an empty file or one with only comments is left alone', () => {
  assert.equal(formatText(''), undefined);
  assert.equal(formatText('# 只有注释\n'), undefined);
});

test('literalBlock reads back as exactly the value', () => {
  for (const value of ['', 'a', 'a\n', 'a\n\n\n', ' a\nb', '\n\na', 'a\n  b\n', 'tab\there\n']) {
    const block = literalBlock(value, 2);
    assert.ok(block, JSON.stringify(value));
    const text = `k: ${block.header}\n${block.lines.join('\n')}\n`;
    assert.equal(parseDocument(text).toJS().k, value, text);
  }
  assert.equal(literalBlock('bell\u0007', 2), undefined);
});

test('property: any key order, indent width and flow/block choice formats to the one canonical text', async () => {
  const fc = await import('fast-check');
  const { Document, isMap, visit } = await import('yaml');
  const canonical = validReport();
  const data = dataOf(canonical);
  const shuffle = (value: unknown, rand: () => number): unknown => {
    if (!value || typeof value !== 'object') return value;
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, shuffle(v, rand)] as const);
    for (let i = entries.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [entries[i], entries[j]] = [entries[j]!, entries[i]!];
    }
    return Object.fromEntries(entries);
  };
  fc.assert(
    fc.property(fc.integer(), fc.constantFrom(2, 3, 4), (seed, indent) => {
      let state = seed >>> 0 || 1;
      const rand = (): number => ((state = (state * 1103515245 + 12345) >>> 0) % 1000) / 1000;
      const doc = new Document(shuffle(data, rand));
      visit(doc, { Map: (_k, map) => void (map.flow = isMap(map) && rand() < 0.3) });
      const dumped = doc.toString({ indent, lineWidth: 0 });
      assert.equal(formatText(dumped), canonical, dumped);
    }),
    { numRuns: 60 },
  );
});

test('a blank line between sections is kept (one at most); blank lines inside sections go', () => {
  const text =
    '机关: 某局\n\n\n年度: 2023\n政府信息公开行政复议、行政诉讼情况:\n  行政复议: {结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0}\n\n  行政诉讼:\n    复议后起诉: {结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0}\n\n# 第五部分\n存在的主要问题及改进情况: |\n  无\n';
  assert.equal(
    format(text),
    '机关: 某局\n\n年度: 2023\n政府信息公开行政复议、行政诉讼情况:\n  行政复议: {结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0}\n  行政诉讼:\n    复议后起诉: {结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0}\n\n# 第五部分\n存在的主要问题及改进情况: |\n  无\n',
  );
});
