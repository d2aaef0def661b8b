// too-large: the file is over 10 MB (10,485,760 bytes of UTF-8); nothing
// else is checked. Range: line 0, char 0, empty.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText, MAX_BYTES } from '../../server/src/core/engine';
import { validReport } from './helpers/reports';
import { EMPTY_AT_START } from './helpers/positions';

const LIMIT = 10 * 1024 * 1024;

test('the limit is 10 MB', () => {
  assert.equal(MAX_BYTES, LIMIT);
});

test('a report padded past 10 MB gives exactly one too-large at 0:0, empty, and nothing else', () => {
  // The report has errors of its own; none is reported.
  const text = `${validReport({ year: 1999 })}# ${'x'.repeat(LIMIT)}\n`;
  const started = Date.now();
  const { findings, report } = checkText(text);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f!.code, 'too-large');
  assert.equal(f!.severity, 'error');
  assert.deepEqual(f!.range, EMPTY_AT_START);
  assert.match(f!.message, /10 MB/);
  assert.equal(report, undefined);
  assert.ok(Date.now() - started < 2000, 'refused without parsing');
});

test('bytes are counted, not characters: 3.5 million CJK characters are 10.5 MB', () => {
  const { findings } = checkText('机'.repeat(3_500_000));
  assert.deepEqual(
    findings.map((f) => f.code),
    ['too-large'],
  );
  assert.deepEqual(findings[0]!.range, EMPTY_AT_START);
});

test('exactly 10 MB is not too large; one byte more is', () => {
  const at = checkText(`#${' '.repeat(LIMIT - 1)}`);
  assert.equal(at.findings.filter((f) => f.code === 'too-large').length, 0);
  const over = checkText(`#${' '.repeat(LIMIT)}`);
  assert.deepEqual(
    over.findings.map((f) => f.code),
    ['too-large'],
  );
});

test('a multibyte character straddling the limit is counted in full', () => {
  // LIMIT - 2 ASCII bytes plus one 3-byte character is LIMIT + 1 bytes.
  const text = `#${' '.repeat(LIMIT - 3)}机`;
  assert.deepEqual(
    checkText(text).findings.map((f) => f.code),
    ['too-large'],
  );
});

test('too-large follows the severities option like every code', () => {
  const text = `#${' '.repeat(LIMIT)}`;
  const warned = checkText(text, { severities: { 'too-large': 'warning' } }).findings;
  assert.deepEqual(
    warned.map((f) => [f.code, f.severity]),
    [['too-large', 'warning']],
  );
  // Switched off, the file is still not checked: nothing is reported.
  assert.deepEqual(checkText(text, { severities: { 'too-large': 'off' } }).findings, []);
});
