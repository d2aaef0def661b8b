// yaml-syntax: the text is not valid YAML. Range: where the parser places the
// error (kept on one line); the rest of the file is still checked where it parses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CARRIED_OUT,
  codesOf,
  editLine,
  findingsOf,
  insertBefore,
  replaceOnce,
  setCell,
  validReport,
} from './helpers/reports';
import { assertRangeCovers, rangeOf } from './helpers/positions';

const valid = validReport();

test('a valid report has no yaml-syntax finding; `#` and `:` inside values are fine', () => {
  assert.deepEqual(codesOf(valid), []);
  const text = setCell(valid, '机关', undefined, '"某局 # 第一分局: 办公室"');
  assert.deepEqual(codesOf(text), []);
  assert.deepEqual(codesOf(valid.replace('本年度未收取信息处理费。', '本年度未收取信息处理费 #1: 无。')), []);
});

test('an unclosed flow mapping: yaml-syntax on its line, as an error, one line long', () => {
  const text = editLine(valid, '予以公开', (line) => line.replace(/\}$/, ''));
  const found = findingsOf(text, 'yaml-syntax');
  assert.ok(found.length >= 1);
  const line = rangeOf(text, '予以公开').start.line;
  for (const f of found) {
    assert.equal(f.severity, 'error');
    assert.equal(f.range.start.line, f.range.end.line, 'kept on one line');
    assert.ok(f.range.start.line >= line && f.range.start.line <= line + 1, JSON.stringify(f.range));
    assert.match(f.message, /^YAML 语法错误/);
  }
});

test('a broken line in section 五 still lets table 三 be checked (balance)', () => {
  const unbalanced = setCell(setCell(valid, CARRIED_OUT, '自然人', '2'), CARRIED_OUT, '总计', '2');
  const text = insertBefore(unbalanced, '存在的主要问题及改进情况', '问题: [未闭合');
  assert.ok(findingsOf(text, 'yaml-syntax').length >= 1);
  const balance = findingsOf(text, 'balance');
  assert.equal(balance.length, 2);
  assertRangeCovers(text, balance[0], '自然人', { inLineOf: CARRIED_OUT });
});

test('a duplicate key is yaml-syntax at the second occurrence', () => {
  const text = insertBefore(valid, '行政强制', '行政处罚: 7');
  const f = findingsOf(text, 'yaml-syntax');
  assert.equal(f.length, 1);
  const second = rangeOf(text, '行政处罚', { nth: 1 });
  assert.deepEqual(f[0]!.range.start, second.start);
  assert.match(f[0]!.message, /重复/);
});

test('a duplicate column inside a flow mapping is yaml-syntax at the second column key', () => {
  const text = editLine(valid, '部分公开', (line) => line.replace('{', '{自然人: 1, '));
  const f = findingsOf(text, 'yaml-syntax');
  assert.equal(f.length, 1);
  assert.deepEqual(f[0]!.range.start, rangeOf(text, '自然人', { inLineOf: '部分公开', nth: 1 }).start);
});

test('a tab used as indentation is yaml-syntax at the tab', () => {
  const text = editLine(valid, '行政许可', (line) => `\t${line.trimStart()}`);
  const tab = findingsOf(text, 'yaml-syntax').find((f) => /制表符/.test(f.message));
  assertRangeCovers(text, tab, '\t');
  // A tab after the colon is only white space.
  assert.deepEqual(codesOf(setCell(valid, '行政许可', undefined, '\t54')), []);
});

test('a key without its colon, or with a full-width colon, is yaml-syntax (not a silent pass)', () => {
  const noColon = valid.replace('行政强制: 0', '行政强制 0');
  assertRangeCovers(noColon, findingsOf(noColon, 'yaml-syntax')[0], '行政强制 0');
  const fullWidth = valid.replace('行政强制: 0', '行政强制： 0');
  assertRangeCovers(fullWidth, findingsOf(fullWidth, 'yaml-syntax')[0], '行政强制： 0');
  // What stood there is then missing from its group.
  assertRangeCovers(fullWidth, findingsOf(fullWidth, 'missing-key')[0], '第二十条第（六）项');
});

test('an alias to an anchor that does not exist is yaml-syntax on the alias', () => {
  const text = setCell(valid, '机关', undefined, '*某局');
  const f = findingsOf(text, 'yaml-syntax');
  assert.equal(f.length, 1);
  assertRangeCovers(text, f[0], '*某局');
});

test('an unclosed quote runs to the end of the file; the finding stays on one line', () => {
  const text = setCell(valid, '机关', undefined, '"某局');
  const found = findingsOf(text, 'yaml-syntax');
  assert.ok(found.length >= 1);
  for (const f of found) assert.equal(f.range.start.line, f.range.end.line);
});

test('one parser error repeated at one place is reported once', () => {
  const text = replaceOnce(valid, '机关: 某市某区某局', `机关: ${'['.repeat(2000)}`);
  const found = findingsOf(text, 'yaml-syntax');
  const keys = found.map((f) => `${JSON.stringify(f.range)} ${f.message}`);
  assert.equal(new Set(keys).size, keys.length);
  assert.ok(found.length < 10, `${found.length} findings`);
});
