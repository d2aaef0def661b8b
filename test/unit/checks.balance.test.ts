// balance: the official 勾稽关系 of table 三. In every column,
// 本年新收 + 上年结转 = 本年度办理结果总计 + 结转下年度继续办理.
// Range: that column's key in 结转下年度继续办理; one per column.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  aboutColumn,
  CARRIED_IN,
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

const OUT = `${CARRIED_OUT}:`;

/** 自然人: 3 + 1 = 4 received, but only 2 handled + 1 carried out. */
const unbalanced = validReport({ table3: { 部分公开: [0, 0, 0, 0, 0, 0] } });

test('a column out of balance is reported on its key in 结转下年度继续办理, naming both sides', () => {
  const found = findingsOf(unbalanced, 'balance');
  const f = found.find(aboutColumn('自然人'));
  assertRangeCovers(unbalanced, f, '自然人', { after: OUT });
  assert.equal(f!.severity, 'error');
  assert.ok(f!.message.includes('本年新收 3 + 上年结转 1 = 4'), f!.message);
  assert.ok(f!.message.includes('2 + 结转下年度 1 = 3'), f!.message);
});

test('related locations are 本年新收, 上年结转 and 办理结果总计 of that column', () => {
  const f = findingsOf(unbalanced, 'balance').find(aboutColumn('自然人'))!;
  const lines = unbalanced.split('\n');
  const lineOf = (key: string): number => lines.findIndex((l) => l.trimStart().startsWith(key));
  assert.deepEqual(
    f.related!.map((r) => r.range.start.line),
    [lineOf(`${RECEIVED}:`), lineOf(`${CARRIED_IN}:`), lineOf('总计:')],
  );
});

test('the 总计 column is checked too, on the 总计 key of 结转下年度继续办理 (no row has a wrong total)', () => {
  const found = findingsOf(unbalanced, 'balance');
  assert.equal(found.length, 2);
  const total = found.find(aboutColumn('总计'));
  assertRangeCovers(unbalanced, total, '总计', { after: OUT });
  assert.ok(total!.message.includes('本年新收 4 + 上年结转 1 = 5'), total!.message);
});

test('a balanced report has no balance finding', () => {
  assert.equal(findingsOf(validReport(), 'balance').length, 0);
  assert.equal(
    findingsOf(
      validReport({
        table3: {
          [RECEIVED]: [5, 2, 1, 1, 1, 1],
          [CARRIED_IN]: [0, 1, 0, 0, 0, 0],
          部分公开: [0, 0, 0, 0, 0, 0],
          予以公开: [3, 2, 1, 0, 0, 0],
          重复申请: [2, 0, 0, 1, 0, 0],
          其他: [0, 0, 0, 0, 1, 1],
          [CARRIED_OUT]: [0, 1, 0, 0, 0, 0],
        },
      }),
      'balance',
    ).length,
    0,
  );
});

test('totals left out are computed and the 勾稽关系 still holds the file', () => {
  const text = validReport({ totals: false, table3: { 部分公开: [0, 0, 0, 0, 0, 0] } });
  const found = findingsOf(text, 'balance');
  const f = found.find(aboutColumn('自然人'));
  assertRangeCovers(text, f, '自然人', { after: OUT });
  assert.ok(
    f!.message.includes('本年新收 3 + 上年结转 1 = 4') && f!.message.includes('2 + 结转下年度 1 = 3'),
    f!.message,
  );
  // With no 总计 given anywhere, the 总计 column is only the six columns summed:
  // checking it too would report the same fault twice.
  assert.equal(found.filter(aboutColumn('总计')).length, 0);
});

test('where some 总计 is given, the 总计 column is held to the 勾稽关系 too; with no 总计 cell in 结转下年度 the finding sits on its key', () => {
  const text = setCell(validReport({ totals: false }), '本年新收政府信息公开申请数量', '法律服务机构', '1');
  const withTotal = text.replace(/(本年新收政府信息公开申请数量: \{[^}]*)\}/, '$1, 总计: 5}');
  const total = findingsOf(withTotal, 'balance').find(aboutColumn('总计'));
  assertRangeCovers(withTotal, total, CARRIED_OUT);
});

test('本年度办理结果 › 总计 left out: the sum of the result rows stands in for it', () => {
  const text = setCell(validReport({ resultsTotal: false }), '部分公开', '自然人', '0');
  const found = findingsOf(setCell(text, '部分公开', '总计', '1'), 'balance');
  assertRangeCovers(text, found.find(aboutColumn('自然人')), '自然人', { after: OUT });
});

test('a given 本年度办理结果 › 总计 is what balance uses', () => {
  // Rows sum to 3 in 自然人, but the given total says 2: balance compares with 2 (result-total reports the 3).
  const text = setCell(setCell(validReport(), '总计', '自然人', '2'), '总计', '总计', '3');
  const f = findingsOf(text, 'balance').find(aboutColumn('自然人'));
  assert.ok(f!.message.includes('2 + 结转下年度 1 = 3'), f!.message);
  assert.equal(findingsOf(text, 'result-total').filter(aboutColumn('自然人')).length, 1);
});

test('`其他` column balance is reported on `其他` in 结转下年度继续办理, not on the row 其他', () => {
  const text = validReport({ table3: { [RECEIVED]: [3, 1, 0, 0, 0, 2], 其他: [0, 0, 0, 0, 0, 1] } });
  const f = findingsOf(text, 'balance').find(aboutColumn('其他'));
  assertRangeCovers(text, f, '其他', { after: OUT });
  assert.ok(
    f!.message.includes('本年新收 2 + 上年结转 0 = 2') && f!.message.includes('1 + 结转下年度 0 = 1'),
    f!.message,
  );
});

test('a blank term suppresses balance in its column only', () => {
  const columns = (text: string): string[] =>
    findingsOf(text, 'balance').map((f) => f.message.slice(0, f.message.indexOf('列')));
  assert.deepEqual(columns(unbalanced), ['自然人', '总计']);
  // 上年结转 · 自然人 blank: no balance in 自然人; the 总计 column uses the given 总计 cells and is still checked.
  assert.deepEqual(columns(setCell(unbalanced, CARRIED_IN, '自然人', '')), ['总计']);
  assert.deepEqual(columns(setCell(unbalanced, CARRIED_OUT, '科研机构', '')), ['自然人', '总计']);
  // With every 总计 left out, the blank makes the computed 总计 unknown too.
  assert.deepEqual(
    columns(
      setCell(validReport({ totals: false, table3: { 部分公开: [0, 0, 0, 0, 0, 0] } }), CARRIED_IN, '自然人', ''),
    ),
    [],
  );
});

test('a non-count term in a result row suppresses balance where the results total is computed from it', () => {
  const computed = setCell(
    validReport({ resultsTotal: false, table3: { 部分公开: [0, 0, 0, 0, 0, 0] } }),
    '属于国家秘密',
    '自然人',
    '1.5',
  );
  assert.equal(findingsOf(computed, 'balance').filter(aboutColumn('自然人')).length, 0);
  assert.equal(findingsOf(computed, 'not-a-count').length, 1);
  // A given 本年度办理结果 › 总计 is the term instead, and it is a count: balance is checked.
  const given = setCell(unbalanced, '属于国家秘密', '自然人', '1.5');
  assertRangeCovers(given, findingsOf(given, 'balance').find(aboutColumn('自然人')), '自然人', { after: OUT });
});

test('the 总计 column is not checked when a row involved has a row-total finding', () => {
  // One wrong 总计 in 上年结转: row-total only, not balance in the 总计 column as well.
  assert.deepEqual(codesOf(setCell(validReport(), CARRIED_IN, '总计', '3')), ['row-total']);
  assert.deepEqual(codesOf(setCell(validReport(), CARRIED_OUT, '总计', '0')), ['row-total']);
  // The six applicant columns are checked always.
  const text = setCell(setCell(validReport(), CARRIED_OUT, '自然人', '2'), CARRIED_OUT, '总计', '9');
  assert.deepEqual(codesOf(text), ['balance', 'row-total']);
  assertRangeCovers(text, onlyFinding(text, 'balance'), '自然人', { after: OUT });
});

test('a missing row (no key) does not produce balance findings', () => {
  const text = removeCell(validReport(), CARRIED_IN, '自然人');
  assert.deepEqual(codesOf(text), ['missing-key']);
});
