// carryover: this year's 上年结转 is last year's 结转下年度继续办理, column by
// column; a warning on this year's cell, naming both numbers and last year's
// file, with last year's cell as related information and two quick fixes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText } from '../../server/src/core/engine';
import { applyEdits, checkPair, LAST_NAME, LAST_URI, lastYearReport, thisYearReport } from './helpers/pairs';
import { CARRIED_IN, CARRIED_OUT, COLUMNS, lineOfKey, NOW, setCell } from './helpers/reports';
import { assertRangeCovers, rangeOf } from './helpers/positions';

const CROSS_YEAR = new Set(['carryover', 'stock', 'stock-negative', 'previous-link', 'previous-ambiguous']);

const crossYear = (text: string, last: string): ReturnType<typeof checkPair>['findings'] =>
  checkPair(text, last).findings.filter((f) => CROSS_YEAR.has(f.code));

test('a consistent pair gives no cross-year finding, and the same findings as the report alone', () => {
  const now = thisYearReport();
  const last = lastYearReport();
  assert.deepEqual(crossYear(now, last), []);
  assert.deepEqual(
    checkPair(now, last).findings.map((f) => f.code),
    checkText(now, { now: NOW }).findings.map((f) => f.code),
  );
});

for (const [i, column] of COLUMNS.entries()) {
  test(`a changed carry-over in ${column} gives one carryover, on this year's ${column} of 上年结转`, () => {
    const now = thisYearReport();
    const last = setCell(lastYearReport(), CARRIED_OUT, column, String(7 + i));
    const found = crossYear(now, last);
    assert.equal(found.length, 1, JSON.stringify(found));
    const f = found[0]!;
    assert.equal(f.code, 'carryover');
    assert.equal(f.severity, 'warning');
    assertRangeCovers(now, f, column, { inLineOf: CARRIED_IN });
    const thisValue = column === '自然人' ? 1 : 0;
    assert.ok(f.message.includes(`上年结转 ${thisValue}`), f.message);
    assert.ok(f.message.includes(`结转下年度继续办理为 ${7 + i}`), f.message);
    assert.ok(f.message.includes(LAST_NAME), f.message);
    assert.equal(f.related?.length, 1);
    assert.equal(f.related![0]!.uri, LAST_URI);
    assert.equal(f.related![0]!.range.start.line, lineOfKey(last, CARRIED_OUT));
    assert.deepEqual(f.related![0]!.range.start, rangeOf(last, column, { inLineOf: CARRIED_OUT }).start);
  });
}

test("the cell fix takes last year's value and makes the pair consistent", () => {
  const now = thisYearReport();
  const last = setCell(lastYearReport(), CARRIED_OUT, '商业企业', '4');
  const result = checkPair(now, last);
  const f = result.findings.find((x) => x.code === 'carryover')!;
  assert.match(f.fixes![0]!.title, /4/);
  const fixed = applyEdits(result.report!.text, f.fixes![0]!.edits);
  assert.deepEqual(crossYear(fixed, last), []);
});

test('the row fix takes the whole row from last year, 总计 included, and makes the pair consistent', () => {
  const now = thisYearReport();
  let last = setCell(lastYearReport(), CARRIED_OUT, '商业企业', '4');
  last = setCell(last, CARRIED_OUT, '其他', '2');
  last = setCell(last, CARRIED_OUT, '总计', '7');
  const result = checkPair(now, last);
  const found = result.findings.filter((x) => x.code === 'carryover');
  assert.equal(found.length, 2);
  const row = found[0]!.fixes!.find((fix) => fix.title.includes('整行'));
  assert.ok(row, JSON.stringify(found[0]!.fixes));
  assert.equal(row.edits.length, 3);
  const fixed = applyEdits(result.report!.text, row.edits);
  const after = checkPair(fixed, last).findings;
  assert.deepEqual(
    after.filter((x) => CROSS_YEAR.has(x.code) || x.code === 'row-total'),
    [],
  );
});

test('the 总计 column is compared only where the six columns agree and 总计 is right for its row', () => {
  const now = setCell(thisYearReport(), CARRIED_IN, '总计', '1');
  const last = setCell(lastYearReport(), CARRIED_OUT, '总计', '3');
  // Last year's own 总计 is wrong (1 ≠ 3); its row-total says so there. Here: one carryover on 总计.
  const found = crossYear(now, last);
  assert.equal(found.length, 1);
  assertRangeCovers(now, found[0], '总计', { inLineOf: CARRIED_IN });
});

test('a blank or invalid cell on either side gives no carryover for that column', () => {
  const last = setCell(lastYearReport(), CARRIED_OUT, '自然人', '');
  assert.deepEqual(crossYear(thisYearReport(), last), []);
  const now = setCell(thisYearReport(), CARRIED_IN, '自然人', '3件');
  assert.deepEqual(
    crossYear(now, setCell(lastYearReport(), CARRIED_OUT, '自然人', '5')).filter((f) => f.code === 'carryover'),
    [],
  );
});

test('suppressions work: the line above, and the whole file', () => {
  const last = setCell(lastYearReport(), CARRIED_OUT, '自然人', '5');
  const line = thisYearReport()
    .split('\n')
    .map((l) => (l.includes(`${CARRIED_IN}:`) ? `  # xxgk-disable-next-line carryover -- 上年报告有误\n${l}` : l))
    .join('\n');
  assert.deepEqual(
    checkPair(line, last).findings.filter((f) => f.code === 'carryover' || f.code === 'unused-suppression'),
    [],
  );
  const file = `# xxgk-disable carryover\n${thisYearReport()}`;
  assert.deepEqual(
    checkPair(file, last).findings.filter((f) => f.code === 'carryover'),
    [],
  );
});

test("without last year's report no carryover, and a carryover suppression is not reported as unused", () => {
  const file = `# xxgk-disable carryover, stock\n${thisYearReport()}`;
  const findings = checkText(file, { now: NOW }).findings;
  assert.deepEqual(
    findings.filter((f) => f.code === 'unused-suppression' || f.code === 'carryover'),
    [],
  );
  // With last year's report and nothing to suppress, it is unused.
  assert.equal(checkPair(file, lastYearReport()).findings.filter((f) => f.code === 'unused-suppression').length, 2);
});

test('severity settings apply to carryover', () => {
  const last = setCell(lastYearReport(), CARRIED_OUT, '自然人', '5');
  assert.equal(
    checkPair(thisYearReport(), last, { severities: { carryover: 'error' } }).findings.find(
      (f) => f.code === 'carryover',
    )?.severity,
    'error',
  );
  assert.deepEqual(
    checkPair(thisYearReport(), last, { severities: { carryover: 'off' } }).findings.filter(
      (f) => f.code === 'carryover',
    ),
    [],
  );
});
