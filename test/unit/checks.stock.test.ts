// stock (information, beside last year's report): 现行有效件数 = last year's
// 现行有效件数 + 本年制发件数 − 本年废止件数, for 规章 and 行政规范性文件.
// stock-negative (warning, the file alone): 现行有效件数 < 本年制发 − 本年废止.
// Both on the 现行有效件数 value.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPair, LAST_URI, lastYearReport, thisYearReport } from './helpers/pairs';
import { findingsOf, lineOfKey, replaceOnce } from './helpers/reports';
import { assertRangeCovers } from './helpers/positions';

const RULES = '规章: {本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 0}';
const NORMATIVE = '行政规范性文件: {本年制发件数: 2, 本年废止件数: 1, 现行有效件数: 10}';

/** This year's report with its 行政规范性文件 row given these counts. */
const thisYearWithNormative = (issued: number, repealed: number, inForce: number): string =>
  replaceOnce(
    thisYearReport(),
    NORMATIVE,
    `行政规范性文件: {本年制发件数: ${issued}, 本年废止件数: ${repealed}, 现行有效件数: ${inForce}}`,
  );

const stockOf = (now: string, last: string): ReturnType<typeof checkPair>['findings'] =>
  checkPair(now, last).findings.filter((f) => f.code === 'stock' || f.code === 'stock-negative');

test("a changed stock gives one stock, on 现行有效件数, with the arithmetic and last year's cell", () => {
  const now = thisYearWithNormative(2, 1, 14);
  const found = stockOf(now, lastYearReport());
  assert.equal(found.length, 1, JSON.stringify(found));
  const f = found[0]!;
  assert.equal(f.code, 'stock');
  assert.equal(f.severity, 'information');
  assertRangeCovers(now, f, '14', { inLineOf: '行政规范性文件' });
  assert.ok(f.message.includes('上年现行有效 9'), f.message);
  assert.ok(f.message.includes('本年制发 2 − 本年废止 1 = 10'), f.message);
  assert.ok(f.message.includes('现行有效件数为 14'), f.message);
  assert.equal(f.related?.[0]?.uri, LAST_URI);
  assert.equal(f.related?.[0]?.range.start.line, lineOfKey(lastYearReport(), '行政规范性文件'));
});

test('规章 is checked too', () => {
  const last = replaceOnce(lastYearReport(), RULES, '规章: {本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 3}');
  const found = stockOf(thisYearReport(), last);
  assert.equal(found.length, 1);
  assert.ok(found[0]!.message.startsWith('规章'), found[0]!.message);
});

test('a blank or invalid term on either side gives no stock', () => {
  const blankLast = replaceOnce(lastYearReport(), '现行有效件数: 9', '现行有效件数: ');
  assert.deepEqual(stockOf(replaceOnce(thisYearReport(), '现行有效件数: 10', '现行有效件数: 15'), blankLast), []);
  const invalid = replaceOnce(thisYearReport(), '本年制发件数: 2', '本年制发件数: 两件');
  assert.deepEqual(stockOf(invalid, lastYearReport()), []);
});

test('stock is only across years: the file alone has none', () => {
  const now = thisYearWithNormative(2, 1, 14);
  assert.deepEqual(findingsOf(now, 'stock'), []);
});

test('stock-negative: fewer in force than issued and not repealed, with or without last year', () => {
  const now = thisYearWithNormative(5, 1, 3);
  const alone = findingsOf(now, 'stock-negative');
  assert.equal(alone.length, 1);
  assert.equal(alone[0]!.severity, 'warning');
  assertRangeCovers(now, alone[0], '3', { inLineOf: '行政规范性文件', after: '现行有效件数: ' });
  assert.ok(alone[0]!.message.includes('本年制发 5 − 本年废止 1 = 4'), alone[0]!.message);
  assert.equal(stockOf(now, lastYearReport()).filter((f) => f.code === 'stock-negative').length, 1);
  const equal = thisYearWithNormative(5, 1, 4);
  assert.deepEqual(findingsOf(equal, 'stock-negative'), []);
});

test('suppressing stock on its line works', () => {
  const now = replaceOnce(
    thisYearReport(),
    `    ${NORMATIVE}`,
    '    # xxgk-disable-next-line stock -- 开展了清理\n    行政规范性文件: {本年制发件数: 2, 本年废止件数: 1, 现行有效件数: 14}',
  );
  assert.deepEqual(
    checkPair(now, lastYearReport()).findings.filter((f) => f.code === 'stock' || f.code === 'unused-suppression'),
    [],
  );
});
