// unsupported-yaml: an explicit tag, or alias expansion beyond 100. Range:
// the tag or the alias. Anchors, aliases and merge keys within the limit are resolved.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  codesOf,
  editLine,
  findingsOf,
  onlyFinding,
  RECEIVED,
  RESULT_ROWS,
  setCell,
  validReport,
} from './helpers/reports';
import { assertRangeCovers } from './helpers/positions';

const valid = validReport();

for (const tag of ['!!str', '!custom', '!!int', '!<tag:yaml.org,2002:str>', '!!binary']) {
  test(`the tag ${tag} on a cell is unsupported-yaml on the tag`, () => {
    const text = setCell(valid, '行政许可', undefined, `${tag} 54`);
    const f = onlyFinding(text, 'unsupported-yaml');
    assertRangeCovers(text, f, tag);
    assert.equal(f.severity, 'error');
    assert.ok(f.message.includes(tag), f.message);
  });
}

test('tags on a row, a section, prose, a key, and after an anchor', () => {
  const row = setCell(valid, '规章', undefined, '!!map {本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 0}');
  assertRangeCovers(row, onlyFinding(row, 'unsupported-yaml'), '!!map');
  const section = valid.replace('主动公开政府信息情况:', '主动公开政府信息情况: !report');
  assertRangeCovers(section, onlyFinding(section, 'unsupported-yaml'), '!report');
  const prose = valid.replace('总体情况: |', '总体情况: !!str |');
  assertRangeCovers(prose, onlyFinding(prose, 'unsupported-yaml'), '!!str');
  const key = valid.replace('机关:', '!!str 机关:');
  assertRangeCovers(key, onlyFinding(key, 'unsupported-yaml'), '!!str');
  const anchored = setCell(valid, '行政许可', undefined, '&n !!str 54');
  assertRangeCovers(anchored, onlyFinding(anchored, 'unsupported-yaml'), '!!str');
  const before = setCell(valid, '行政许可', undefined, '!!str &n 54');
  assertRangeCovers(before, onlyFinding(before, 'unsupported-yaml'), '!!str');
});

test('a `!` inside a value is not a tag', () => {
  assert.deepEqual(codesOf(setCell(valid, '机关', undefined, '某局！办公室!')), []);
  assert.deepEqual(codesOf(validReport({ other: '!important 不是标签。本年度未收取信息处理费。' })), []);
});

test('anchors and aliases within the limit are resolved and checked as if written out', () => {
  // 部分公开 is written as an alias of 上年结转 ({自然人: 1, …, 总计: 1}): the same values.
  let text = editLine(valid, '上年结转政府信息公开申请数量', (l) => l.replace(': {', ': &carried {'));
  text = setCell(text, '部分公开', undefined, '*carried');
  assert.deepEqual(codesOf(text), []);
  // An alias of a wrong row carries its error to where it is used.
  text = setCell(text, '上年结转政府信息公开申请数量', '总计', '5');
  const found = findingsOf(text, 'row-total');
  assert.equal(found.length, 2);
  for (const f of found) assertRangeCovers(text, f, '总计', { inLineOf: '上年结转政府信息公开申请数量' });
  assert.equal(findingsOf(text, 'unsupported-yaml').length, 0);
});

test('merge keys are resolved; an own key overrides the merged one', () => {
  let text = editLine(valid, RECEIVED, (l) => l.replace(': {', ': &r {'));
  text = setCell(text, '予以公开', undefined, '{<<: *r, 自然人: 2, 科研机构: 0, 总计: 3}');
  assert.deepEqual(codesOf(text), []);
  text = setCell(text, '部分公开', undefined, '{<<: *r}');
  // 部分公开 now reads 自然人 3, 商业企业 1: the results no longer add up.
  assert.ok(findingsOf(text, 'result-total').length >= 1);
});

test('100 alias expansions are fine; the 101st is unsupported-yaml on that alias', () => {
  const aliases = (n: number): string => Array.from({ length: n }, (_, i) => `  备注${i}: *n`).join('\n');
  const base = setCell(valid, '机关', undefined, '&n 某市某区某局');
  const ok = `${base}落款:\n  机关: *n\n`;
  assert.equal(findingsOf(ok, 'unsupported-yaml').length, 0);
  const hundred = `${base}附注:\n${aliases(100)}\n`;
  assert.equal(findingsOf(hundred, 'unsupported-yaml').length, 0);
  const over = `${base}附注:\n${aliases(101)}\n`;
  const f = onlyFinding(over, 'unsupported-yaml');
  assertRangeCovers(over, f, '*n', { after: '备注100:' });
  assert.match(f.message, /100/);
});

test('an alias bomb (anchors referencing anchors) is caught from its source, once and fast', () => {
  const lines = ['a0: &a0 [哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈]'];
  for (let i = 1; i <= 9; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  for (const text of [
    lines.join('\n'),
    valid.replace('机关: 某市某区某局\n', `机关: 某市某区某局\n${lines.join('\n')}\n`),
  ]) {
    const started = Date.now();
    const f = onlyFinding(text, 'unsupported-yaml');
    assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);
    // a1 expands 10 times; each *a1 in a2 is 11 expansions: the limit is passed at the 9th *a1.
    assertRangeCovers(text, f, '*a1', { after: 'a2: &a2 [', nth: 8 });
  }
});

test('an alias bomb used inside the table is caught as well, and the cells are not expanded', () => {
  const bomb = ['&b0 [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]'];
  let text = valid;
  for (let i = 1; i <= 6; i++)
    bomb.push(
      `&b${i} [${Array(10)
        .fill(`*b${i - 1}`)
        .join(', ')}]`,
    );
  text = setCell(text, '行政许可', undefined, bomb.join(' ').replace(/ &/g, '\n    炸弹: &'));
  const started = Date.now();
  const found = findingsOf(text, 'unsupported-yaml');
  assert.ok(Date.now() - started < 1000);
  assert.equal(found.length, 1);
});

test('an alias into its own anchor (a cycle) is over the limit', () => {
  const text = setCell(valid, '行政许可', undefined, '&self [*self]');
  assertRangeCovers(text, onlyFinding(text, 'unsupported-yaml'), '*self');
});

test('aliases inside the table that resolve to rows: every row an alias of one anchor', () => {
  let text = editLine(valid, RECEIVED, (l) => l.replace(': {', ': &r {'));
  for (const row of RESULT_ROWS) text = setCell(text, row, undefined, '*r');
  // 21 expansions: resolved, and the sums follow the aliased values.
  assert.equal(findingsOf(text, 'unsupported-yaml').length, 0);
  assert.ok(findingsOf(text, 'result-total').length >= 1);
});
