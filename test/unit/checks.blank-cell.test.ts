// blank-cell: a blank where the table needs a number (never read as 0).
// Range: the key of the empty cell; one per cell. Also the severities option.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CARRIED_OUT, codesOf, findingsOf, onlyFinding, setCell, validReport } from './helpers/reports';
import { assertRangeCovers } from './helpers/positions';

const valid = validReport();

const BLANKS: [string, string][] = [
  ['nothing', ''],
  ['~', '~'],
  ['null', 'null'],
  ['""', '""'],
  ["''", "''"],
  ['"  "', '"  "'],
  ['"\\u3000"', '"\u3000"'],
  ['U+00A0', '\u00a0'],
  ['"\\u00a0 \\u3000"', '"\u00a0 \u3000"'],
];

for (const [name, raw] of BLANKS) {
  test(`blank ${name} in a table 三 cell is blank-cell on the cell's key, not not-a-count`, () => {
    const text = setCell(valid, '予以公开', '科研机构', raw);
    const f = onlyFinding(text, 'blank-cell');
    assertRangeCovers(text, f, '科研机构', { after: '予以公开:' });
    assert.equal(f.severity, 'warning');
    assert.equal(findingsOf(text, 'not-a-count').length, 0);
    assert.match(f.message, /予以公开 · 科研机构/);
  });
}

test('0 is not blank; a value of spaces around a number is the number', () => {
  assert.equal(findingsOf(setCell(valid, '予以公开', '科研机构', '0'), 'blank-cell').length, 0);
  assert.deepEqual(codesOf(setCell(valid, '予以公开', '科研机构', '0   ')), []);
});

test('blank cells in table 二 (single cells and three-column rows) and table 四', () => {
  const single = setCell(valid, '行政许可', undefined, '');
  assertRangeCovers(single, onlyFinding(single, 'blank-cell'), '行政许可');
  const fee = setCell(valid, '行政事业性收费', undefined, '~');
  assertRangeCovers(fee, onlyFinding(fee, 'blank-cell'), '行政事业性收费');
  const doc = setCell(valid, '行政规范性文件', '本年废止件数', '');
  assertRangeCovers(doc, onlyFinding(doc, 'blank-cell'), '本年废止件数', { after: '行政规范性文件:' });
  const t4 = setCell(valid, '未经复议直接起诉', '尚未审结', 'null');
  assertRangeCovers(t4, onlyFinding(t4, 'blank-cell'), '尚未审结', { after: '未经复议直接起诉:' });
});

test('one finding per blank cell, in text order; a blank 总计 is a blank cell too', () => {
  let text = valid;
  for (const row of ['属于国家秘密', '重复申请', CARRIED_OUT]) text = setCell(text, row, '科研机构', '');
  text = setCell(text, '复议后起诉', '总计', '');
  const found = findingsOf(text, 'blank-cell');
  assert.equal(found.length, 4);
  assertRangeCovers(text, found[0], '科研机构', { after: '属于国家秘密:' });
  assertRangeCovers(text, found[1], '科研机构', { after: '重复申请:' });
  assertRangeCovers(text, found[2], '科研机构', { after: `${CARRIED_OUT}:` });
  assertRangeCovers(text, found[3], '总计', { after: '复议后起诉:' });
});

test('the fix writes 0 (with a space where nothing was written)', () => {
  const apply = (text: string, edit: { start: number; end: number; newText: string }): string =>
    text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
  for (const raw of ['', '~', '""']) {
    const text = setCell(valid, '予以公开', '科研机构', raw);
    const fixed = apply(text, onlyFinding(text, 'blank-cell').fixes![0]!.edits[0]!);
    assert.deepEqual(codesOf(fixed), [], raw);
    assert.match(fixed, /科研机构: 0,/);
  }
});

test('a blank prose section is not a blank cell (empty-section is)', () => {
  const text = validReport({ other: '' });
  assert.equal(findingsOf(text, 'blank-cell').length, 0);
  assert.equal(findingsOf(text, 'empty-section').length, 1);
});

test('a blank where a row (mapping) belongs is not a blank cell: its columns are missing', () => {
  const text = setCell(valid, '予以公开', undefined, '');
  assert.equal(findingsOf(text, 'blank-cell').length, 0);
  const missing = findingsOf(text, 'missing-key');
  assert.equal(missing.length, 6);
  for (const f of missing) assertRangeCovers(text, f, '予以公开');
});

// ------------------------------------------------------------- severities

test('severities: a code can be raised, lowered or switched off', () => {
  const text = setCell(setCell(valid, '予以公开', '科研机构', ''), '部分公开', '总计', '5');
  assert.deepEqual(codesOf(text), ['blank-cell', 'row-total']);
  assert.equal(findingsOf(text, 'blank-cell', { severities: { 'blank-cell': 'error' } })[0]!.severity, 'error');
  assert.equal(
    findingsOf(text, 'row-total', { severities: { 'row-total': 'information' } })[0]!.severity,
    'information',
  );
  assert.deepEqual(codesOf(text, { severities: { 'blank-cell': 'off' } }), ['row-total']);
  assert.deepEqual(codesOf(text, { severities: { 'blank-cell': 'off', 'row-total': 'off' } }), []);
  // Codes not mentioned keep their default severity.
  const kept = findingsOf(text, undefined, { severities: { balance: 'off' } });
  assert.deepEqual(
    kept.map((f) => [f.code, f.severity]),
    [
      ['blank-cell', 'warning'],
      ['row-total', 'error'],
    ],
  );
});

test('switching one code off does not change what the others find', () => {
  // A blank term still suppresses the sum it is part of, even when blank-cell is not shown.
  // (予以公开 has 自然人 blank while its 总计 still says 3: row-total and result-total 自然人 are not checked.)
  const text = setCell(valid, '予以公开', '自然人', '');
  assert.deepEqual(codesOf(text), ['blank-cell']);
  assert.deepEqual(codesOf(text, { severities: { 'blank-cell': 'off' } }), []);
});
