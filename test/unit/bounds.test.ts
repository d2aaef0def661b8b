// The engine's bounds (report-format.md, "Bounds"): nesting depth, values per
// file, keys per mapping, suppression comments. Past a bound: one finding, in
// time proportional to the bound; within it, the file is checked as usual.
// Each hostile shape has a twin of another size or shape.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_DEPTH, MAX_KEYS_PER_MAP, MAX_NODES } from '../../server/src/core/bounds';
import { checkText } from '../../server/src/core/engine';
import { renderDocx } from '../../server/src/core/export/docx';
import { formatText } from '../../server/src/core/format';
import { renderHtml } from '../../server/src/core/render';
import { MAX_SUPPRESSIONS } from '../../server/src/core/suppressions';
import { insertBefore, setCell, validReport } from './helpers/reports';
import { assertRangesInside } from './helpers/positions';

const valid = validReport();

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

function onlyTooLarge(text: string, limitMs: number): void {
  const { value, ms } = timed(() => checkText(text).findings);
  assertRangesInside(text, value);
  assert.deepEqual(
    value.map((f) => f.code),
    ['too-large'],
  );
  assert.ok(ms < limitMs, `${ms} ms`);
}

const nested = (depth: number, open: string, close: string, inner = '1') =>
  open.repeat(depth) + inner + close.repeat(depth);

test('nesting past the depth bound is one too-large finding; the renderer, formatter and exports do not crash', async () => {
  const shapes = [
    setCell(valid, '机关', undefined, nested(5000, '[', ']')),
    setCell(valid, '行政许可', undefined, nested(700, '{a: ', '}')),
    setCell(valid, '行政许可', undefined, '- '.repeat(MAX_DEPTH + 5) + '1'),
    `前言:\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`,
  ];
  for (const text of shapes) {
    onlyTooLarge(text, 2000);
    const page = renderHtml(text, { standalone: true });
    assert.match(page, /<h1/);
    assert.equal(formatText(text), undefined);
    const docx = await renderDocx(text);
    assert.ok(docx.length > 1000);
  }
});

test('nesting within the bound is checked as usual (a wrong value stays a plain finding)', () => {
  for (const depth of [3, MAX_DEPTH - 8]) {
    const text = setCell(valid, '行政许可', undefined, nested(depth, '[', ']'));
    const codes = checkText(text).findings.map((f) => f.code);
    assert.ok(!codes.includes('too-large'), codes.join());
    assert.ok(codes.includes('not-a-count'), codes.join());
  }
});

test('a flow sequence of millions of items is refused in time and memory proportional to the bound', () => {
  for (const [items, shape] of [
    [4_700_000, '1,'],
    [MAX_NODES + 10, 'a: 1,'],
  ] as const) {
    const text = `机关: 某局\n年度: 2023\n前言: [${shape.repeat(items)}1]\n`;
    const before = process.memoryUsage().rss;
    onlyTooLarge(text, 5000);
    assert.ok(process.memoryUsage().rss - before < 500e6);
  }
});

test('a block sequence of more values than the bound is refused too', () => {
  onlyTooLarge(`机关: 某局\n前言:\n${'  - 1\n'.repeat(MAX_NODES)}`, 5000);
});

test('30,000 keys in one mapping are checked in under 5 s; a duplicate among them is found at its place', () => {
  const keys = Array.from({ length: 30_000 }, (_, i) => `  k${i}: 1`);
  keys.push('  k17: 2');
  const text = insertBefore(valid, '总体情况', `附加:\n${keys.join('\n')}`);
  const { value, ms } = timed(() => checkText(text).findings);
  assert.ok(ms < 5000, `${ms} ms`);
  const duplicates = value.filter((f) => f.code === 'yaml-syntax');
  assert.equal(duplicates.length, 1);
  assert.equal(text.split('\n')[duplicates[0]!.range.start.line], '  k17: 2');
});

test('a flow mapping with a duplicate column among many, and keys equal only by value', () => {
  const columns = Array.from({ length: 5000 }, (_, i) => `c${i}: 1`).join(', ');
  const text = insertBefore(valid, '总体情况', `附加: {${columns}, c4999: 2, "1": 1, 1: 2}`);
  const duplicates = checkText(text).findings.filter((f) => f.code === 'yaml-syntax');
  assert.equal(duplicates.length, 1);
});

test('more keys in one mapping than the bound: one too-large finding', () => {
  const keys = Array.from({ length: MAX_KEYS_PER_MAP + 1 }, (_, i) => `${i}: 1`).join('\n');
  onlyTooLarge(`${keys}\n`, 5000);
});

test('15,000 stacked suppression comments are read in under 5 s and each reported unused', () => {
  for (const count of [15_000, 4_000]) {
    const text = insertBefore(valid, '年度', '# xxgk-disable-next-line row-total\n'.repeat(count).trimEnd());
    const { value, ms } = timed(() => checkText(text).findings);
    assert.ok(ms < 5000, `${ms} ms`);
    assert.equal(value.filter((f) => f.code === 'unused-suppression').length, count);
  }
});

test('a stack of suppressions applies to the line after it, and a scattered twin to each next line', () => {
  const bad = setCell(valid, '行政许可', undefined, '12件');
  const stacked = insertBefore(
    bad,
    '行政许可',
    '# xxgk-disable-next-line row-total\n# xxgk-disable-next-line not-a-count',
  );
  assert.deepEqual(
    checkText(stacked).findings.map((f) => f.code),
    ['unused-suppression'],
  );
  const scattered = insertBefore(bad, '行政许可', '# xxgk-disable-next-line not-a-count\n\n# 说明\n');
  assert.deepEqual(
    checkText(scattered).findings.map((f) => f.code),
    [],
  );
});

test('suppression comments past the bound take no effect, with one finding where they start', () => {
  const text = `${'# xxgk-disable-next-line row-total\n'.repeat(MAX_SUPPRESSIONS + 3)}${valid}`;
  const unused = checkText(text).findings.filter((f) => f.code === 'unused-suppression');
  assert.equal(unused.length, MAX_SUPPRESSIONS + 1);
  assert.ok(unused.some((f) => f.range.start.line === MAX_SUPPRESSIONS && /不再生效/.test(f.message)));
});
