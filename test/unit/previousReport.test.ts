// Finding last year's report: identity by content (agency normalised, year
// − 1), the explicit link and what goes wrong with it (previous-link), more
// than one candidate (previous-ambiguous), and bad input that never throws.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { checkText } from '../../server/src/core/engine';
import { previousCandidates } from '../../server/src/core/previous/choose';
import { identityOf, normalizeAgency, scanIdentity } from '../../server/src/core/previous/identity';
import { parsePrevious } from '../../server/src/core/previous/previous';
import { parseReport } from '../../server/src/core/engine';
import { found, lastYearReport, thisYearReport, checkPair } from './helpers/pairs';
import { CARRIED_IN, CARRIED_OUT, COLUMNS, NOW, setCell } from './helpers/reports';
import { assertRangeCovers, assertRangesInside, EMPTY_AT_START } from './helpers/positions';

test('agencies compare after NFKC and without spaces: full-width and half-width forms alike', () => {
  assert.equal(normalizeAgency(' 某市（ＡＢＣ）区　局 '), normalizeAgency('某市(ABC)区局'));
  assert.notEqual(normalizeAgency('某市某区某局'), normalizeAgency('某市某区另一局'));
});

test('the identity from the top lines equals the one from the parse tree', () => {
  for (const text of [
    thisYearReport(),
    '机关: "某市某区某局"  # 全称\n年度: 2024\n上年报告: ../2023/报告.xxgk.yaml\n',
    '机关: ＡＢＣ局\r\n年度: 2024\r\n',
  ]) {
    assert.deepEqual(scanIdentity(text), identityOf(parseReport(text).root), text);
  }
  assert.deepEqual(scanIdentity('机关: 某局\n年度: 2024\n'), { agency: '某局', year: 2024 });
});

test('where the top lines do not decide, the scan gives up (the caller parses)', () => {
  assert.equal(scanIdentity('机关: 某市\n  某局\n年度: 2024\n'), undefined);
  assert.equal(scanIdentity('{机关: 某局, 年度: 2024}\n'), undefined);
  assert.equal(scanIdentity('机关: 某局\n机关: 另一局\n年度: 2024\n'), undefined);
});

test('candidates: same agency, the year before, never the report itself', () => {
  const self = { id: 'a', identity: { agency: '某局', year: 2024 } };
  const candidates = [
    { id: 'a', identity: { agency: '某局', year: 2023 } },
    { id: 'b', identity: { agency: '某局', year: 2023 } },
    { id: 'c', identity: { agency: '某局', year: 2022 } },
    { id: 'd', identity: { agency: '另一局', year: 2023 } },
    { id: 'e', identity: { agency: '某局', year: 2025 } },
  ];
  assert.deepEqual(
    previousCandidates(self, candidates).map((c) => c.id),
    ['b'],
  );
  assert.deepEqual(previousCandidates({ id: 'x', identity: { agency: '某局' } }, candidates), []);
});

test('more than one candidate: one previous-ambiguous (information) on 年度 naming them, no cross-year finding', () => {
  const now = thisYearReport();
  const result = checkText(now, { now: NOW, previous: { kind: 'ambiguous', names: ['a.xxgk.yaml', 'b.xxgk.yaml'] } });
  const f = result.findings.filter((x) => x.code === 'previous-ambiguous');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'information');
  assertRangeCovers(now, f[0], '年度');
  assert.ok(f[0]!.message.includes('a.xxgk.yaml、b.xxgk.yaml'), f[0]!.message);
  assert.ok(f[0]!.message.includes('上年报告'), f[0]!.message);
});

const LINKED = thisYearReport().replace('年度: 2024\n', '年度: 2024\n上年报告: 2023.xxgk.yaml\n');

test('a link that cannot be followed: previous-link on the 上年报告 key, saying why', () => {
  const result = checkText(LINKED, {
    now: NOW,
    previous: { kind: 'broken', message: '找不到文件 2023.xxgk.yaml', via: 'link' },
  });
  const f = result.findings.filter((x) => x.code === 'previous-link');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'warning');
  assertRangeCovers(LINKED, f[0], '上年报告');
  assert.ok(f[0]!.message.includes('找不到文件 2023.xxgk.yaml'), f[0]!.message);
});

test('--previous that cannot be used: previous-link at the start of the file', () => {
  const result = checkText(thisYearReport(), {
    now: NOW,
    previous: { kind: 'broken', message: '找不到文件 x.xxgk.yaml', via: 'option' },
  });
  const f = result.findings.find((x) => x.code === 'previous-link');
  assert.deepEqual(f?.range, EMPTY_AT_START);
  assert.ok(f!.message.startsWith('--previous'), f!.message);
});

test('a linked report that does not parse, or is of another year: previous-link, and no cross-year finding', () => {
  const broken = lastYearReport().replace('年度: 2023', '年度: 2023\n\t坏: [');
  const bad = checkText(LINKED, { now: NOW, previous: found(broken, 'link') });
  const f = bad.findings.filter((x) => x.code === 'previous-link');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /YAML 语法错误/);
  const wrongYear = setCell(lastYearReport().replace('年度: 2023', '年度: 2021'), CARRIED_OUT, '自然人', '9');
  const other = checkText(LINKED, { now: NOW, previous: found(wrongYear, 'link') });
  assert.deepEqual(
    other.findings.filter((x) => x.code === 'previous-link').map((x) => x.message.includes('2021 年度')),
    [true],
  );
  assert.deepEqual(
    other.findings.filter((x) => x.code === 'carryover'),
    [],
  );
});

test('found by the search but unusable: nothing at all (never a false alarm)', () => {
  const broken = lastYearReport().replace('年度: 2023', '年度: 2023\n\t坏: [');
  const result = checkText(thisYearReport(), { now: NOW, previous: found(broken, 'search') });
  assert.deepEqual(
    result.findings.filter((x) => ['previous-link', 'carryover', 'stock'].includes(x.code)),
    [],
  );
});

test("a linked report of another agency is used: the link is the author's word (agencies get renamed)", () => {
  const last = setCell(lastYearReport('某市某区新局'), CARRIED_OUT, '自然人', '4');
  const result = checkText(LINKED, { now: NOW, previous: found(last, 'link') });
  assert.equal(result.findings.filter((x) => x.code === 'carryover').length, 1);
});

test('bad previous input never throws: too large, garbage, a BOM, another shape', () => {
  for (const text of ['', '\uFEFF机关: 某局\n年度: 2023\n', '- a\n- b\n', ': : :', 'x'.repeat(11 * 1024 * 1024)]) {
    const parsed = parsePrevious(text);
    assert.ok(parsed.unfit || parsed.identity.year === 2023, JSON.stringify(parsed.unfit));
    const result = checkText(LINKED, {
      now: NOW,
      previous: { kind: 'found', report: parsed, name: 'x', uri: 'x', via: 'link' },
    });
    assertRangesInside(LINKED, result.findings);
  }
});

// A pair of random reports: the carry-over cells and the stock figures drawn
// at random (blank sometimes). Properties: never throws, ranges inside, and
// exactly one carryover per column where both sides are counts and differ.
test('property: random pairs give one carryover per differing column, and never throw', () => {
  const cell = fc.oneof(fc.integer({ min: 0, max: 30 }).map(String), fc.constant(''));
  fc.assert(
    fc.property(
      fc.array(cell, { minLength: 6, maxLength: 6 }),
      fc.array(cell, { minLength: 6, maxLength: 6 }),
      fc.nat(40),
      (outs, ins, inForce) => {
        let last = lastYearReport();
        let now = thisYearReport().replace('现行有效件数: 10', `现行有效件数: ${inForce}`);
        COLUMNS.forEach((column, i) => {
          last = setCell(last, CARRIED_OUT, column, outs[i]!);
          now = setCell(now, CARRIED_IN, column, ins[i]!);
        });
        const result = checkPair(now, last);
        assertRangesInside(now, result.findings);
        const expected = COLUMNS.filter((_, i) => outs[i] !== '' && ins[i] !== '' && outs[i] !== ins[i]).length;
        const carryovers = result.findings.filter((f) => f.code === 'carryover');
        assert.equal(carryovers.length, expected);
        assert.equal(result.findings.filter((f) => f.code === 'stock').length, inForce === 10 ? 0 : 1);
      },
    ),
    { numRuns: 300 },
  );
});

test("property: any text as last year's report never throws, and keeps every range inside", () => {
  const base = lastYearReport();
  const text = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.tuple(fc.nat(base.length), fc.nat(base.length), fc.string({ maxLength: 20 })).map(([a, b, s]) => {
      const [from, to] = a < b ? [a, b] : [b, a];
      return base.slice(0, from) + s + base.slice(to);
    }),
  );
  fc.assert(
    fc.property(text, fc.constantFrom<'link' | 'search'>('link', 'search'), (last, via) => {
      const result = checkText(LINKED, { now: NOW, previous: found(last, via) });
      assertRangesInside(LINKED, result.findings);
    }),
    { numRuns: 500 },
  );
});
