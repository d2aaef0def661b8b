// row-total: a given 总计 differs from the sum of its row (table 三: the six
// applicant columns; table 四: the four results). Range: that row's 总计 key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CARRIED_OUT,
  codesOf,
  findingsOf,
  onlyFinding,
  RECEIVED,
  removeCell,
  setCell,
  validReport,
} from './helpers/reports';
import { assertRangeCovers } from './helpers/positions';

const valid = validReport();

test('the valid report and its variant without any 总计 have no sum findings', () => {
  assert.deepEqual(codesOf(valid), []);
  assert.deepEqual(codesOf(validReport({ totals: false })), []);
});

test("a wrong 总计 in table 三 is reported on that row's 总计 key, naming every term, the sum and the given total", () => {
  const text = setCell(valid, RECEIVED, '总计', '7');
  const f = onlyFinding(text, 'row-total');
  assertRangeCovers(text, f, '总计', { after: `${RECEIVED}:` });
  assert.equal(f.severity, 'error');
  assert.match(f.message, /本年新收政府信息公开申请数量/);
  assert.ok(
    f.message.includes('自然人 3 + 商业企业 1 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 4'),
    f.message,
  );
  assert.ok(f.message.includes('总计为 7'), f.message);
  // One wrong total is one finding: the 总计 column is then not checked for balance.
  assert.deepEqual(codesOf(text), ['row-total']);
});

test('the fix writes the computed sum over the given 总计', () => {
  const text = setCell(valid, '予以公开', '总计', '9');
  const f = onlyFinding(text, 'row-total');
  assert.equal(f.fixes?.length, 1);
  const edit = f.fixes![0]!.edits[0]!;
  assert.equal(text.slice(edit.start, edit.end), '9');
  assert.equal(edit.newText, '3');
  const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
  assert.deepEqual(codesOf(fixed), []);
});

test('related locations point at each term of the row', () => {
  const text = setCell(valid, '予以公开', '总计', '9');
  const f = onlyFinding(text, 'row-total');
  assert.equal(f.related?.length, 6);
  const line = text.split('\n').findIndex((l) => l.trimStart().startsWith('予以公开:'));
  for (const r of f.related!) assert.equal(r.range.start.line, line);
});

test('table 四: a wrong 总计 of a row is reported on its 总计 key, naming the four results', () => {
  const base = validReport({ table4: { 行政复议: [1, 2, 0, 0], 复议后起诉: [0, 0, 1, 1] } });
  assert.deepEqual(codesOf(base), []);
  const text = setCell(base, '行政复议', '总计', '4');
  const f = onlyFinding(text, 'row-total');
  assertRangeCovers(text, f, '总计', { after: '行政复议:' });
  assert.ok(f.message.includes('结果维持 1 + 结果纠正 2 + 其他结果 0 + 尚未审结 0 = 3'), f.message);
  assert.ok(f.message.includes('总计为 4'), f.message);

  const nested = setCell(base, '复议后起诉', '总计', '0');
  assertRangeCovers(nested, onlyFinding(nested, 'row-total'), '总计', { after: '复议后起诉:' });
});

test('`其他` as a row (under 其他处理) is named with its group; `其他` as a column is a term', () => {
  const text = setCell(
    validReport({ table3: { 其他: [0, 0, 0, 0, 0, 1], [RECEIVED]: [3, 1, 0, 0, 0, 1] } }),
    '其他',
    '总计',
    '5',
  );
  const f = onlyFinding(text, 'row-total');
  assertRangeCovers(text, f, '总计', { after: '      其他:' });
  assert.match(f.message, /其他处理 · 其他/);
  assert.ok(f.message.includes('其他 1 = 1'), f.message);
});

test('the row 本年度办理结果 › 总计 has its own row total', () => {
  const text = setCell(valid, '总计', '总计', '9');
  const f = onlyFinding(text, 'row-total');
  assertRangeCovers(text, f, '总计', { after: '    总计:' });
  assert.match(f.message, /本年度办理结果 · 总计/);
});

test('a blank term suppresses the row total it is part of (blank-cell says it already)', () => {
  const text = setCell(setCell(valid, '予以公开', '科研机构', ''), '予以公开', '总计', '99');
  assert.equal(findingsOf(text, 'row-total').length, 0);
  assert.equal(findingsOf(text, 'blank-cell').length, 1);
});

test('a term that is not a count suppresses the row total; so does a 总计 that is not a count', () => {
  const text = setCell(setCell(valid, '予以公开', '自然人', '2件'), '予以公开', '总计', '99');
  assert.equal(findingsOf(text, 'row-total').length, 0);
  const badTotal = setCell(valid, '予以公开', '总计', '三');
  assert.equal(findingsOf(badTotal, 'row-total').length, 0);
  assert.equal(findingsOf(badTotal, 'not-a-count').length, 1);
});

test('总计 left out is not checked and not missing', () => {
  for (const row of [RECEIVED, '予以公开', CARRIED_OUT, '行政复议'])
    assert.deepEqual(codesOf(removeCell(valid, row, '总计')), [], row);
});

test('several wrong rows give one finding each', () => {
  const text = setCell(
    setCell(setCell(valid, RECEIVED, '总计', '5'), '部分公开', '总计', '0'),
    '复议后起诉',
    '总计',
    '2',
  );
  const found = findingsOf(text, 'row-total');
  assert.equal(found.length, 3);
  assertRangeCovers(text, found[0], '总计', { after: `${RECEIVED}:` });
  assertRangeCovers(text, found[1], '总计', { after: '部分公开:' });
  assertRangeCovers(text, found[2], '总计', { after: '复议后起诉:' });
});
