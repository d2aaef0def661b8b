// multi-document: more than one YAML document in the file. Range: the second `---`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codesOf, onlyFinding, validReport } from './helpers/reports';
import { assertRangeCovers, rangeOf } from './helpers/positions';

const valid = validReport();

test('a second document is multi-document on its `---`, as an error', () => {
  const text = `${valid}---\n${valid}`;
  const f = onlyFinding(text, 'multi-document');
  assertRangeCovers(text, f, '---');
  assert.equal(f.severity, 'error');
  // The first document is checked as usual and found clean; the second is not checked.
  assert.deepEqual(codesOf(text), ['multi-document']);
});

test('an explicit first `---` is fine; the second one is reported', () => {
  const single = `---\n${valid}`;
  assert.deepEqual(codesOf(single), []);
  const text = `---\n${valid}---\n机关: 另一个局\n`;
  assertRangeCovers(text, onlyFinding(text, 'multi-document'), '---', { nth: 1 });
});

test('three documents: the finding is on the second `---` (once)', () => {
  const text = `${valid}---\na: 1\n---\nb: 2\n`;
  assertRangeCovers(text, onlyFinding(text, 'multi-document'), '---');
});

test('a document end marker `...` followed by more is a second document too', () => {
  const text = `${valid}...\n---\n机关: x\n`;
  assertRangeCovers(text, onlyFinding(text, 'multi-document'), '---');
  // Content after `...` without a `---`: the finding marks where the second document starts.
  const bare = `${valid}...\n机关: x\n`;
  const f = onlyFinding(bare, 'multi-document');
  assert.equal(f.range.start.line, rangeOf(bare, '机关: x').start.line);
  // A lone `...` at the end is not a second document.
  assert.deepEqual(codesOf(`${valid}...\n`), []);
});

test('`---` inside a block scalar, or indented, is text, not a document marker', () => {
  const text = validReport({ other: '本年度未收取信息处理费。\n---\n第二段。' });
  assert.deepEqual(codesOf(text), []);
});

test('with CRLF line ends, the range is still the `---`', () => {
  const text = `${valid}---\n${valid}`.replace(/\n/g, '\r\n');
  assertRangeCovers(text, onlyFinding(text, 'multi-document'), '---');
});
