// year: 年度 is not a plausible report year (before 2008, or after the current
// year). Range: the value. The bound is checked against a fixed `now`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codesOf, findingsOf, onlyFinding, setCell, validReport } from './helpers/reports';
import { assertRangeCovers } from './helpers/positions';

const withYear = (raw: string): string => setCell(validReport(), '年度', undefined, raw);
const at = (year: number, month = 5): { now: Date } => ({ now: new Date(year, month, 15) });

test('2008 up to the current year are fine', () => {
  for (const year of [2008, 2015, 2021, 2024, 2025])
    assert.deepEqual(codesOf(withYear(String(year)), at(2025)), [], String(year));
});

test('before 2008 is a year finding on the value', () => {
  const text = withYear('2007');
  const f = onlyFinding(text, 'year', at(2025));
  assertRangeCovers(text, f, '2007');
  assert.equal(f.severity, 'error');
  assert.match(f.message, /2008/);
});

test('after the current year is a year finding, and the bound moves with `now`', () => {
  const text = withYear('2026');
  const f = onlyFinding(text, 'year', at(2025));
  assertRangeCovers(text, f, '2026');
  assert.match(f.message, /2025/);
  assert.deepEqual(codesOf(text, at(2026)), []);
  // On 1 January the new year is already the current year; on 31 December it is not yet the next.
  assert.deepEqual(codesOf(text, { now: new Date(2026, 0, 1) }), []);
  assert.equal(findingsOf(text, 'year', { now: new Date(2025, 11, 31) }).length, 1);
});

test('not a four-digit year: a year finding on the value', () => {
  for (const raw of ['二〇二四', '2024年', '24', '02024', '2024.0', '"2024"', '-2024', '20 24']) {
    const text = withYear(raw);
    const f = onlyFinding(text, 'year', at(2025));
    assertRangeCovers(text, f, raw, { inLineOf: '年度' });
    assert.match(f.message, /四位数字/);
    assert.ok(f.message.includes(`「${raw}」`), f.message);
  }
});

test('a list or mapping as 年度 is a year finding that says so', () => {
  const text = withYear('[2024]');
  const f = onlyFinding(text, 'year', at(2025));
  assertRangeCovers(text, f, '[2024]');
  assert.match(f.message, /映射或列表/);
  assert.deepEqual(codesOf(text, at(2025)), ['year']);
});

test('an empty 年度 is a year finding on its key (there is no value to mark)', () => {
  const text = withYear('');
  const f = onlyFinding(text, 'year', at(2025));
  assertRangeCovers(text, f, '年度');
  assert.match(f.message, /空白/);
});

test('年度 missing is missing-key, not year', () => {
  const text = validReport().replace('年度: 2024\n', '');
  assert.deepEqual(codesOf(text, at(2025)), ['missing-key']);
});

test('the default `now` is the clock: this year is fine, next year is not', () => {
  const thisYear = new Date().getFullYear();
  assert.equal(findingsOf(withYear(String(thisYear)), 'year', { now: undefined }).length, 0);
  assert.equal(findingsOf(withYear(String(thisYear + 1)), 'year', { now: undefined }).length, 1);
});
