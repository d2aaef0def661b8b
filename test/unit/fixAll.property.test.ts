// Property test of fix all (server/src/fixAll.ts) on reports broken at
// random in the ways authors break them: wrong totals, counts written with
// units or full-width digits, blanks, mistyped and numbered keys, lines lost
// or doubled. Whatever the breaks, fix all
// - never makes the YAML worse (no more yaml-syntax findings than before),
// - leaves nothing for a second fix all (it is idempotent),
// - never writes into a blank cell or inserts a missing key (those fixes are
//   not fixAllSafe): as many blanks and lines after as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText } from '../../server/src/core/engine';
import { fixAllTextEdits } from '../../server/src/fixAll';
import {
  CARRIED_IN,
  CARRIED_OUT,
  COLUMNS,
  deleteLine,
  editLine,
  NOW,
  RECEIVED,
  setCell,
  T4_COLUMNS,
  validReport,
} from './helpers/reports';

const RUNS = 200;

const T3_ROWS = [RECEIVED, CARRIED_IN, '予以公开', '部分公开', '重复申请', '总计', CARRIED_OUT];
const T4_ROWS = ['行政复议', '未经复议直接起诉', '复议后起诉'];
const SINGLE_CELLS = ['行政许可', '行政处罚', '行政强制'];
const KEYS = [...T3_ROWS, ...T4_ROWS, ...SINGLE_CELLS, '不予公开', '无法提供', '第二十条第（五）项', '总体情况'];
const RAW = ['0', '1', '5', '7', '99', '１２', '3件', '"3"', '2.0', '-1', ''];
const TYPOS = ['许', '公', '处', '申', '其', '况', 'X'];

type Break = (text: string) => string;

const flowCell: fc.Arbitrary<Break> = fc
  .tuple(fc.boolean(), fc.nat(), fc.nat(), fc.constantFrom(...RAW))
  .map(([table3, r, c, raw]) => {
    const rows = table3 ? T3_ROWS : T4_ROWS;
    const columns = [...(table3 ? COLUMNS : T4_COLUMNS), '总计'];
    return (t) => setCell(t, rows[r % rows.length]!, columns[c % columns.length], raw);
  });
const singleCell: fc.Arbitrary<Break> = fc.tuple(fc.constantFrom(...SINGLE_CELLS), fc.constantFrom(...RAW)).map(
  ([key, raw]) =>
    (t) =>
      setCell(t, key, undefined, raw),
);
const keyTypo: fc.Arbitrary<Break> = fc
  .tuple(fc.constantFrom(...KEYS), fc.nat(), fc.constantFrom(...TYPOS), fc.boolean())
  .map(([key, at, char, numbered]) => (t) => {
    const i = at % key.length;
    const typed = numbered ? `（一）${key}` : key.slice(0, i) + char + key.slice(i + 1);
    return editLine(t, key, (line) => line.replace(`${key}:`, `${typed}:`));
  });
const lostLine: fc.Arbitrary<Break> = fc.constantFrom(...KEYS).map((key) => (t) => deleteLine(t, key));
const doubledLine: fc.Arbitrary<Break> = fc
  .constantFrom(...KEYS)
  .map((key) => (t) => editLine(t, key, (line) => [line, line]));

const broken = fc
  .tuple(
    fc.constantFrom(validReport(), validReport({ totals: false })),
    fc.array(
      fc.oneof(
        { weight: 4, arbitrary: flowCell },
        { weight: 2, arbitrary: singleCell },
        { weight: 2, arbitrary: keyTypo },
        { weight: 1, arbitrary: lostLine },
        { weight: 1, arbitrary: doubledLine },
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([text, breaks]) =>
    breaks.reduce((t, b) => {
      try {
        return b(t);
      } catch {
        return t; // The key it would break is gone already.
      }
    }, text),
  );

const check = (text: string) => checkText(text, { now: NOW });

function fixAll(text: string): string {
  const doc = TextDocument.create('file:///report.xxgk.yaml', 'xxgk', 1, text);
  return TextDocument.applyEdits(doc, fixAllTextEdits(doc, check(text), check));
}

const count = (text: string, code: string): number => check(text).findings.filter((f) => f.code === code).length;

test('fix all on randomly broken reports: no YAML made worse, idempotent, blanks and missing keys left alone', (t) => {
  const started = Date.now();
  fc.assert(
    fc.property(broken, (text) => {
      const fixed = fixAll(text);
      assert.ok(count(fixed, 'yaml-syntax') <= count(text, 'yaml-syntax'), 'no YAML made worse');
      assert.equal(fixAll(fixed), fixed, 'a second fix all finds nothing to do');
      // Blanks stay blank, and no line is added (a missing key would need one).
      const blanks = (s: string): number => (s.match(/:\s*(?=[,}\n])/g) ?? []).length;
      assert.equal(blanks(fixed), blanks(text), 'no blank filled, none made');
      assert.equal(fixed.split('\n').length, text.split('\n').length, 'no line inserted or removed');
    }),
    { numRuns: RUNS },
  );
  t.diagnostic(`${RUNS} runs in ${Date.now() - started} ms`);
});
