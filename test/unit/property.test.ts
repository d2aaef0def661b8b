// Property test: checkText never throws, and every range it returns (and every
// related range) lies inside the text, start ≤ end, and every fix edit lies
// within the text — for mutated reports and for random strings. 10,000+ inputs
// in all; inputs are kept small so the whole file runs in well under a minute.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { checkText } from '../../server/src/core/engine';
import { NOW, setCell, validReport } from './helpers/reports';
import { assertRangesInside } from './helpers/positions';

/** Runs per property; the sum is over 10,000. */
const RUNS = { full: 2000, fragments: 5000, examples: 300, random: 3000 };

const VALID = validReport();
const FAULTY = setCell(
  setCell(setCell(VALID, '予以公开', '总计', '9'), '部分公开', '科研机构', ''),
  '行政许可',
  undefined,
  '12件',
);
const BASES = [VALID, FAULTY, validReport({ totals: false })];
const EXAMPLE = readFileSync(join(__dirname, '../../examples/带错误的示例.xxgk.yaml'), 'utf8');

function checkInvariants(text: string): void {
  const result = checkText(text, { now: NOW });
  assertRangesInside(text, result.findings);
  if (result.report) assert.equal(result.report.text, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

// ------------------------------------------------------------- generators

const YAML_BITS = [
  ':',
  ': ',
  '-',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '#',
  '# xxgk-disable-next-line row-total',
  '&a',
  '*a',
  '&a ',
  '*a ',
  '!',
  '!!str ',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
  '?',
  '---',
  '...',
  '<<: ',
  '~',
  'null',
  '\t',
  '\r\n',
  '\r',
  '\n',
  '\ufeff',
  ' ',
  '  ',
  '\u3000',
  '\u00a0',
];
const WORDS = [
  '总计',
  '其他',
  '自然人',
  '予以公开',
  '１２',
  '12件',
  '—',
  '/',
  '-1',
  '1.5',
  '0x10',
  '007',
  '2024',
  '无',
  '\ud83d\ude00',
  '\u202e',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...YAML_BITS) },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 999 }).map(String) },
);
const insertion = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));

type Mutation = (text: string) => string;
const at = (text: string, n: number): number => (text.length ? n % (text.length + 1) : 0);
const splitLines = (text: string): string[] => text.split('\n');

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 })).map(
    ([p, n]): Mutation =>
      (t) =>
        t.slice(0, at(t, p)) + t.slice(at(t, p) + n),
  ),
  fc.tuple(fc.nat(), insertion).map(
    ([p, s]): Mutation =>
      (t) =>
        t.slice(0, at(t, p)) + s + t.slice(at(t, p)),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 6 }), insertion).map(
    ([p, n, s]): Mutation =>
      (t) =>
        t.slice(0, at(t, p)) + s + t.slice(at(t, p) + n),
  ),
  fc.nat().map((i): Mutation => (t) => {
    const lines = splitLines(t);
    lines.splice(i % lines.length, 1);
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), insertion).map(([i, s]): Mutation => (t) => {
    const lines = splitLines(t);
    lines.splice(i % (lines.length + 1), 0, s);
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (t) => {
    const lines = splitLines(t);
    const a = i % lines.length;
    const b = j % lines.length;
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    return lines.join('\n');
  }),
  fc.nat().map((i): Mutation => (t) => {
    const lines = splitLines(t);
    const k = i % lines.length;
    lines.splice(k, 0, lines[k]!);
    return lines.join('\n');
  }),
  fc.nat().map((i): Mutation => (t) => {
    const lines = splitLines(t);
    const k = i % lines.length;
    lines[k] = lines[k]!.replace(/^ +/, (s) => '\t'.repeat(Math.max(1, s.length >> 1)));
    return lines.join('\n');
  }),
  fc.constant<Mutation>((t) => t.replace(/\n/g, '\r\n')),
  fc.constant<Mutation>((t) => `\ufeff${t}`),
  fc.constant<Mutation>((t) => t.replace(/\n/g, '\r')),
);

function mutated(base: fc.Arbitrary<string>, maxMutations: number): fc.Arbitrary<string> {
  return fc
    .tuple(base, fc.array(mutation, { minLength: 1, maxLength: maxMutations }))
    .map(([text, ms]) => ms.reduce((t, m) => m(t), text));
}

/** A few consecutive lines of a valid or faulty report: small, but real structure. */
const fragment = fc
  .tuple(fc.constantFrom(...BASES), fc.nat(), fc.integer({ min: 1, max: 12 }))
  .map(([text, start, count]) => {
    const lines = text.split('\n');
    const s = start % lines.length;
    return lines.slice(s, s + count).join('\n');
  });

// ------------------------------------------------------------- properties

function run(name: string, arbitrary: fc.Arbitrary<string>, numRuns: number): void {
  test(name, (t) => {
    const started = Date.now();
    fc.assert(
      fc.property(arbitrary, (text) => checkInvariants(text)),
      { numRuns },
    );
    t.diagnostic(`${numRuns} runs in ${Date.now() - started} ms`);
  });
}

run('mutated whole reports (valid, faulty, without totals)', mutated(fc.constantFrom(...BASES), 5), RUNS.full);
run('mutated fragments of reports', mutated(fragment, 4), RUNS.fragments);
run('mutated example report', mutated(fc.constant(EXAMPLE), 3), RUNS.examples);
run(
  'random strings (YAML punctuation, CJK, surrogates, control characters)',
  fc.oneof(
    fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: fc.constantFrom(...'{}[]:,-#&*!|>\'"\n\r\t 0123456789总计其他'), maxLength: 200 }),
  ),
  RUNS.random,
);

test('the runs add up to at least 10,000 inputs', () => {
  assert.ok(Object.values(RUNS).reduce((a, b) => a + b, 0) >= 10_000);
});
