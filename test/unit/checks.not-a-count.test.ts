// not-a-count: a value that is not a count (or, for 行政事业性收费, not an
// amount). The check looks at the source text. Range: the value.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codesOf, findingsOf, onlyFinding, setCell, validReport } from './helpers/reports';
import { assertRangeCovers } from './helpers/positions';

const valid = validReport();

const NOT_COUNTS = [
  '-1',
  '+3',
  '1.5',
  '2.0',
  '1e3',
  '0x10',
  '0o7',
  '007',
  '"3"',
  "'3'",
  '１２',
  '12件',
  '/',
  '—',
  'true',
  '.inf',
  '.nan',
  '3 5',
  '"0"',
  '一',
];

for (const raw of NOT_COUNTS) {
  test(`${raw} in a count cell is not-a-count on the value`, () => {
    const text = setCell(valid, '部分公开', '自然人', raw);
    const f = onlyFinding(text, 'not-a-count');
    assertRangeCovers(text, f, raw, { after: '部分公开: {自然人: ' });
    assert.equal(f.severity, 'error');
    assert.match(f.message, /部分公开 · 自然人/);
    assert.ok(f.message.includes(`「${raw}」`), f.message);
    assert.equal(findingsOf(text, 'blank-cell').length, 0);
  });
}

test('plain digits are counts: 0, 7, 120 and a large count', () => {
  for (const raw of ['0', '1', '7', '120', '123456789']) {
    assert.equal(findingsOf(setCell(valid, '行政许可', undefined, raw), 'not-a-count').length, 0, raw);
  }
});

test('the quick fix rewrites only where the intent is clear', () => {
  const fixOf = (raw: string): string | undefined =>
    onlyFinding(setCell(valid, '行政处罚', undefined, raw), 'not-a-count').fixes?.[0]?.edits[0]?.newText;
  assert.equal(fixOf('12件'), '12');
  assert.equal(fixOf('１２'), '12');
  assert.equal(fixOf('"3"'), '3');
  assert.equal(fixOf('2.0'), '2');
  assert.equal(fixOf('+3'), '3');
  assert.equal(fixOf('007'), '7');
  for (const raw of ['-1', '1.5', '1e3', '0x10', '/', '—']) assert.equal(fixOf(raw), undefined, raw);
  assert.ok(onlyFinding(setCell(valid, '行政处罚', undefined, '12件'), 'not-a-count').message.includes('是否应为 12'));
});

test('the fix edit replaces exactly the value, and the fixed text is clean', () => {
  const text = setCell(valid, '行政处罚', undefined, '６');
  const edit = onlyFinding(text, 'not-a-count').fixes![0]!.edits[0]!;
  assert.equal(text.slice(edit.start, edit.end), '６');
  assert.deepEqual(codesOf(text.slice(0, edit.start) + edit.newText + text.slice(edit.end)), []);
});

test('table 二 three-column rows, single cells and table 四 cells are counts too', () => {
  const doc = setCell(valid, '规章', '现行有效件数', '3.0');
  assertRangeCovers(doc, onlyFinding(doc, 'not-a-count'), '3.0');
  const single = setCell(valid, '行政强制', undefined, '无');
  assertRangeCovers(single, onlyFinding(single, 'not-a-count'), '无', { after: '行政强制: ' });
  const t4 = setCell(valid, '行政复议', '结果维持', '１');
  assertRangeCovers(t4, onlyFinding(t4, 'not-a-count'), '１');
});

test('a mapping or a list in a cell is not-a-count on the whole value', () => {
  for (const raw of ['[1]', '{a: 1}', '[]']) {
    const text = setCell(valid, '予以公开', '社会公益组织', raw);
    const f = onlyFinding(text, 'not-a-count');
    assertRangeCovers(text, f, raw, { after: '予以公开:' });
    assert.match(f.message, /映射或列表/);
  }
});

test('行政事业性收费 is an amount: up to 6 decimals', () => {
  for (const raw of ['0', '7730.28', '24252.311082', '0.000001', '15']) {
    assert.deepEqual(codesOf(setCell(valid, '行政事业性收费', undefined, raw)), [], raw);
  }
  for (const raw of ['1.1234567', '-5', '1.', '.5', '1e2', '"7730.28"', '7,730.28', '12万元']) {
    const text = setCell(valid, '行政事业性收费', undefined, raw);
    const f = onlyFinding(text, 'not-a-count');
    assertRangeCovers(text, f, raw, { after: '行政事业性收费: ' });
    assert.match(f.message, /万元/);
  }
});

test('thousands separators are not counts (outside a flow mapping, where the comma would split it)', () => {
  for (const raw of ['1,000', '1 000', '1，000']) {
    const text = setCell(valid, '行政许可', undefined, raw);
    assertRangeCovers(text, onlyFinding(text, 'not-a-count'), raw, { after: '行政许可: ' });
  }
});

test('a decimal amount is only allowed for 行政事业性收费', () => {
  const text = setCell(valid, '行政许可', undefined, '7730.28');
  assertRangeCovers(text, onlyFinding(text, 'not-a-count'), '7730.28');
});

test('a not-a-count term suppresses the sums it is part of, and nothing else', () => {
  const text = setCell(valid, '予以公开', '自然人', '2件');
  // The row total, result-total for 自然人 and (through the given total) nothing else.
  assert.deepEqual(codesOf(text), ['not-a-count']);
});

test('a count written as a YAML string in a table 三 row behaves like the other forms', () => {
  const text = setCell(setCell(valid, '予以公开', '自然人', '"2"'), '予以公开', '商业企业', '１');
  const found = findingsOf(text, 'not-a-count');
  assert.equal(found.length, 2);
  assertRangeCovers(text, found[0], '"2"');
  assertRangeCovers(text, found[1], '１');
});
