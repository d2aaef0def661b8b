// result-total: in some column, 本年度办理结果 › 总计 differs from the sum of all
// result rows （一）…（六）. Range: that column's key in 本年度办理结果 › 总计.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aboutColumn, codesOf, findingsOf, RECEIVED, setCell, validReport } from './helpers/reports';
import { assertRangeCovers } from './helpers/positions';

const RESULTS_TOTAL = '    总计:';
const valid = validReport();

test("a wrong cell in 本年度办理结果 › 总计 is reported on that column's key, with both sides", () => {
  // 自然人: rows 2 + 1 = 3, total given 4 (and its row total 5 kept consistent).
  const text = setCell(setCell(valid, '总计', '自然人', '4'), '总计', '总计', '5');
  const found = findingsOf(text, 'result-total');
  const f = found.find(aboutColumn('自然人'));
  assertRangeCovers(text, f, '自然人', { after: RESULTS_TOTAL });
  assert.equal(f!.severity, 'error');
  assert.ok(f!.message.includes('之和为 3'), f!.message);
  assert.ok(f!.message.includes('总计为 4'), f!.message);
  // The 总计 column disagrees as well (4 vs 5) and no row has a row-total finding: it is checked too.
  const total = found.find(aboutColumn('总计'));
  assertRangeCovers(text, total, '总计', { after: `${RESULTS_TOTAL} {` });
  assert.equal(found.length, 2);
});

test('the fix sets the computed sum; related locations are the non-zero result rows', () => {
  const text = setCell(setCell(valid, '总计', '自然人', '4'), '总计', '总计', '5');
  const f = findingsOf(text, 'result-total').find(aboutColumn('自然人'))!;
  const edit = f.fixes![0]!.edits[0]!;
  assert.equal(text.slice(edit.start, edit.end), '4');
  assert.equal(edit.newText, '3');
  assert.equal(f.related?.length, 2); // 予以公开 2, 部分公开 1
});

test('`其他` as a column of 本年度办理结果 › 总计, not the row 其他 under 其他处理', () => {
  const text = setCell(
    validReport({ table3: { [RECEIVED]: [3, 1, 0, 0, 0, 1], 其他: [0, 0, 0, 0, 0, 1] } }),
    '总计',
    '其他',
    '0',
  );
  const found = findingsOf(text, 'result-total');
  assert.equal(found.length, 1);
  assertRangeCovers(text, found[0], '其他', { after: RESULTS_TOTAL });
  assert.match(found[0]!.message, /^其他列/);
});

test("the row 其他 under 其他处理 counts towards every column's sum", () => {
  const text = setCell(setCell(valid, '其他', '自然人', '1'), '其他', '总计', '1');
  const f = findingsOf(text, 'result-total').find(aboutColumn('自然人'));
  assertRangeCovers(text, f, '自然人', { after: RESULTS_TOTAL });
  assert.ok(f!.message.includes('之和为 4'), f!.message);
});

test('the 总计 column is not checked when a result row has a row-total finding: one wrong total, one finding', () => {
  const text = setCell(valid, '部分公开', '总计', '6');
  assert.deepEqual(codesOf(text), ['row-total']);
});

test('the 总计 column is not checked when 本年度办理结果 › 总计 itself has a row-total finding', () => {
  const text = setCell(valid, '总计', '总计', '9');
  assert.deepEqual(codesOf(text), ['row-total']);
});

test('a blank or non-count term suppresses that column only', () => {
  const blank = setCell(setCell(valid, '属于国家秘密', '科研机构', ''), '总计', '科研机构', '5');
  assert.equal(findingsOf(blank, 'result-total').filter(aboutColumn('科研机构')).length, 0);
  const notCount = setCell(setCell(valid, '重复申请', '科研机构', '—'), '总计', '科研机构', '5');
  assert.equal(findingsOf(notCount, 'result-total').filter(aboutColumn('科研机构')).length, 0);
  // The same wrong total with every term a count is reported.
  const counted = setCell(valid, '总计', '科研机构', '5');
  assertRangeCovers(counted, findingsOf(counted, 'result-total').find(aboutColumn('科研机构')), '科研机构', {
    after: RESULTS_TOTAL,
  });
});

test('a blank cell in 本年度办理结果 › 总计 is not compared', () => {
  const text = setCell(valid, '总计', '自然人', '');
  assert.equal(findingsOf(text, 'result-total').length, 0);
});

test('本年度办理结果 › 总计 left out: nothing to compare, no missing-key', () => {
  const text = validReport({ resultsTotal: false });
  assert.deepEqual(codesOf(text), []);
});

test('result rows without 总计 still sum into the 总计 column (computed row totals)', () => {
  const text = setCell(
    validReport({ totals: false, resultsTotal: true }),
    '总计',
    undefined,
    '{自然人: 4, 商业企业: 1, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0, 总计: 5}',
  );
  const found = findingsOf(text, 'result-total');
  assert.deepEqual(
    found.map((f) => f.message.slice(0, 4)),
    ['自然人列', '总计列：'],
  );
  assertRangeCovers(text, found[1], '总计', { after: `${RESULTS_TOTAL} {` });
  assert.ok(found[1]!.message.includes('之和为 4') && found[1]!.message.includes('总计为 5'), found[1]!.message);
});
