// Suppression comments and unused-suppression: `# xxgk-disable-next-line
// <code>[, <code>…]` on the line above a finding, `# xxgk-disable <code>[, …]`
// anywhere for the whole file. A suppression that suppresses nothing, or
// names a code the registry marks not suppressible, is reported as
// unused-suppression (warning) on the comment.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RULES } from '../../server/src/core/checks/registry';
import type { CheckRule } from '../../server/src/core/checks/rule';
import {
  CARRIED_OUT,
  codesOf,
  findingsOf,
  insertBefore,
  onlyFinding,
  replaceOnce,
  setCell,
  validReport,
} from './helpers/reports';
import { assertRangeCovers } from './helpers/positions';

const valid = validReport();
/** Two findings: row-total on 予以公开, blank-cell on 部分公开 · 科研机构. */
const faulty = setCell(setCell(valid, '予以公开', '总计', '9'), '部分公开', '科研机构', '');

test('the faulty report has its two findings', () => {
  assert.deepEqual(codesOf(faulty), ['blank-cell', 'row-total']);
});

test('`# xxgk-disable-next-line row-total` suppresses the finding on the next line only', () => {
  const text = insertBefore(faulty, '予以公开', '# xxgk-disable-next-line row-total');
  assert.deepEqual(codesOf(text), ['blank-cell']);
  // On the line above a different row it suppresses nothing and is itself reported.
  const elsewhere = insertBefore(faulty, '部分公开', '# xxgk-disable-next-line row-total');
  assert.deepEqual(codesOf(elsewhere), ['blank-cell', 'row-total', 'unused-suppression']);
});

test('next-line suppressions may list several codes and may stack; blank and comment lines are skipped', () => {
  const text = setCell(setCell(valid, '予以公开', '自然人', '2件'), '部分公开', '科研机构', '');
  assert.deepEqual(codesOf(text), ['blank-cell', 'not-a-count']);
  const stacked = insertBefore(
    text,
    '予以公开',
    '# xxgk-disable-next-line not-a-count',
    '',
    '# 说明：原表如此',
    '# xxgk-disable-next-line blank-cell',
  );
  // blank-cell is on 部分公开's line, not 予以公开's: that code is unused.
  const found = findingsOf(stacked);
  assert.deepEqual(found.map((f) => f.code).sort(), ['blank-cell', 'unused-suppression']);
  assertRangeCovers(
    stacked,
    found.find((f) => f.code === 'unused-suppression'),
    'blank-cell',
    { after: '# xxgk-disable-next-line ' },
  );
});

test('`# xxgk-disable blank-cell, balance` suppresses those codes in the whole file', () => {
  const both = setCell(setCell(faulty, CARRIED_OUT, '自然人', '2'), CARRIED_OUT, '总计', '2');
  // (The 总计 column is not balanced while 予以公开 has a row-total finding.)
  assert.deepEqual(codesOf(both), ['balance', 'blank-cell', 'row-total']);
  const text = `# xxgk-disable blank-cell, balance\n${both}`;
  assert.deepEqual(codesOf(text), ['row-total']);
  // Anywhere in the file, also at its end, and with a full-width comma.
  assert.deepEqual(codesOf(`${both}# xxgk-disable blank-cell，balance\n`), ['row-total']);
});

test('an unused code is unused-suppression on that code in the comment, as a warning', () => {
  const text = `# xxgk-disable blank-cell, balance\n${valid}`;
  const found = findingsOf(text, 'unused-suppression');
  assert.equal(found.length, 2);
  assertRangeCovers(text, found[0], 'blank-cell');
  assertRangeCovers(text, found[1], 'balance');
  assert.equal(found[0]!.severity, 'warning');
  assert.match(found[0]!.message, /blank-cell/);
  // Used codes are fine, unused ones in the same comment are reported.
  const half = `# xxgk-disable blank-cell, balance\n${faulty}`;
  assertRangeCovers(half, onlyFinding(half, 'unused-suppression'), 'balance');
});

test('an unknown code is reported as such', () => {
  const text = `# xxgk-disable row-totals\n${faulty}`;
  const f = onlyFinding(text, 'unused-suppression');
  assertRangeCovers(text, f, 'row-totals');
  assert.match(f.message, /不是已知的检查代码/);
});

test('a `#` line inside a block scalar is prose, not a suppression', () => {
  const prose = validReport({ problems: '# xxgk-disable blank-cell\n信息公开的及时性还有差距。' });
  const text = setCell(prose, '部分公开', '科研机构', '');
  assert.deepEqual(codesOf(text), ['blank-cell']);
  const nextLine = validReport({ other: '本年度未收取信息处理费。\n# xxgk-disable-next-line empty-section' });
  assert.deepEqual(codesOf(nextLine), []);
});

test('a suppression written after a value on the same line is not a suppression', () => {
  const text = replaceOnce(faulty, '总计: 9}', '总计: 9}  # xxgk-disable-next-line row-total');
  assert.deepEqual(codesOf(text), ['blank-cell', 'row-total']);
});

test('suppressing a code switched off by the severities option is not reported as unused', () => {
  const text = `# xxgk-disable blank-cell\n${valid}`;
  assert.deepEqual(codesOf(text, { severities: { 'blank-cell': 'off' } }), []);
  assert.deepEqual(codesOf(text), ['unused-suppression']);
  // And unused-suppression itself can be switched off.
  assert.deepEqual(codesOf(text, { severities: { 'unused-suppression': 'off' } }), []);
});

test('suppressions work with CRLF line ends and a BOM', () => {
  const text = `\ufeff${insertBefore(faulty, '予以公开', '# xxgk-disable-next-line row-total')}`.replace(/\n/g, '\r\n');
  assert.deepEqual(codesOf(text), ['blank-cell']);
  const unused = `\ufeff# xxgk-disable balance\r\n${valid.replace(/\n/g, '\r\n')}`;
  assertRangeCovers(unused, onlyFinding(unused, 'unused-suppression'), 'balance');
});

test('missing-key at the top level (0:0) can be suppressed from a first-line comment', () => {
  const text = `# xxgk-disable missing-key\n${valid.replace('机关: 某市某区某局\n', '')}`;
  assert.deepEqual(codesOf(text), []);
});

test('a reason after ` -- ` is not read as codes', () => {
  const text = validReport({ totals: true }).replace(
    '  本年新收政府信息公开申请数量:',
    '  # xxgk-disable-next-line row-total -- 原文如此，保留\n  本年新收政府信息公开申请数量:',
  );
  const bad = setCell(text, '本年新收政府信息公开申请数量', '总计', '99');
  assert.deepEqual(
    codesOf(bad).filter((c) => c === 'row-total' || c === 'unused-suppression'),
    [],
  );
});

test('a code the registry marks not suppressible is never suppressed; its comment is an unused-suppression', () => {
  const notSuppressible = (RULES as readonly CheckRule[]).filter((rule) => !rule.suppressible);
  assert.ok(notSuppressible.some((rule) => rule.code === 'yaml-syntax'));
  for (const { code } of notSuppressible) {
    const text = `# xxgk-disable ${code}\n${valid}`;
    const f = onlyFinding(text, 'unused-suppression');
    assertRangeCovers(text, f, code);
    assert.match(f.message, /不能用注释抑制/);
  }
  // A real yaml-syntax finding stays, whether the comment is for the file or for its line.
  const line = '    行政许可: 54';
  for (const comment of ['# xxgk-disable yaml-syntax', '    # xxgk-disable-next-line yaml-syntax']) {
    const text = replaceOnce(valid, line, `${line}\n${comment}\n${line}`);
    assert.deepEqual(codesOf(text), ['unused-suppression', 'yaml-syntax'], comment);
  }
});
