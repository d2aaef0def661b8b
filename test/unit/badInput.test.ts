// Bad input of every kind: each gets the finding docs/report-format.md gives it,
// with a sane range, and the engine never throws.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../server/src/core/findings';
import {
  CARRIED_OUT,
  check,
  codesOf,
  editLine,
  findingsOf,
  insertBefore,
  onlyFinding,
  setCell,
  validReport,
} from './helpers/reports';
import { assertRangeCovers, assertRangesInside, EMPTY_AT_START } from './helpers/positions';

const valid = validReport();

/** Runs the engine, asserting it does not throw and every range is sane. */
function sane(text: string): Finding[] {
  const findings = check(text);
  assertRangesInside(text, findings);
  return findings;
}

test('invalid YAML: yaml-syntax where the parser says, and the rest of the file is still checked', () => {
  // Table 三 out of balance in 自然人 (carried out 2 instead of 1), and a broken line in section 五.
  const unbalanced = setCell(setCell(valid, CARRIED_OUT, '自然人', '2'), CARRIED_OUT, '总计', '2');
  for (const text of [
    unbalanced.replace('  下一步加强培训和日常管理。', ' 下一步: [加强培训和日常管理。'),
    unbalanced.replace('存在的主要问题及改进情况: |', '存在的主要问题及改进情况: |x'),
    unbalanced.replace('存在的主要问题及改进情况: |', '存在的主要问题及改进情况: "未闭合'),
  ]) {
    const found = sane(text);
    const syntax = found.filter((f) => f.code === 'yaml-syntax');
    assert.ok(syntax.length >= 1);
    const sectionLine = text.split('\n').findIndex((l) => l.startsWith('存在的主要问题及改进情况'));
    assert.ok(syntax[0]!.range.start.line >= sectionLine, JSON.stringify(syntax[0]!.range));
    const balance = found.filter((f) => f.code === 'balance');
    assert.equal(balance.length, 2);
    assertRangeCovers(text, balance[0], '自然人', { inLineOf: CARRIED_OUT });
  }
  // A broken row in table 三 itself leaves table 二 and 四 checked.
  const broken = setCell(setCell(valid, '部分公开', undefined, '{自然人: 1, 商业企业'), '行政许可', undefined, '12件');
  const f = sane(broken);
  assert.ok(f.some((x) => x.code === 'yaml-syntax'));
  assertRangeCovers(
    broken,
    f.find((x) => x.code === 'not-a-count'),
    '12件',
  );
});

test('several documents: multi-document on the second `---`', () => {
  const text = `${valid}---\n${valid}`;
  assertRangeCovers(text, onlyFinding(text, 'multi-document'), '---');
  sane(text);
});

test('an empty file: missing-key per required key at 0:0, empty', () => {
  for (const text of ['', '\n', '   ', '\ufeff', '\r\n\r\n']) {
    const found = sane(text);
    assert.equal(found.length, 8, JSON.stringify(text));
    for (const f of found) {
      assert.equal(f.code, 'missing-key');
      assert.deepEqual(f.range, EMPTY_AT_START);
    }
  }
});

test('tabs: as indentation yaml-syntax at the tab; inside values and after the colon harmless', () => {
  const indent = editLine(valid, '行政处罚', (l) => `\t${l.trimStart()}`);
  assertRangeCovers(
    indent,
    sane(indent).find((f) => f.code === 'yaml-syntax'),
    '\t',
  );
  assert.deepEqual(codesOf(setCell(valid, '行政处罚', undefined, '\t6')), []);
  assert.deepEqual(codesOf(setCell(valid, '机关', undefined, '某市\t某区某局')), []);
});

test('duplicate keys: yaml-syntax at the second key (rows, columns, sections)', () => {
  const row = insertBefore(
    valid,
    '部分公开',
    '予以公开: {自然人: 2, 商业企业: 1, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0}',
  );
  const f = sane(row).filter((x) => x.code === 'yaml-syntax');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.range.start.line, row.split('\n').findIndex((l) => l.trimStart().startsWith('予以公开:')) + 1);
  const column = editLine(valid, '行政复议', (l) => l.replace('}', ', 结果维持: 1}'));
  assert.equal(sane(column).filter((x) => x.code === 'yaml-syntax').length, 1);
  const section = `${valid}其他需要报告的事项: |\n  又写了一遍。\n`;
  assert.equal(sane(section).filter((x) => x.code === 'yaml-syntax').length, 1);
});

test('values that are not counts: not-a-count on the value, each of them', () => {
  for (const raw of ['12件', '-1', '1.5', '1e3', '0x10', '"3"', '１２', '007', '+3', '2.0', '/', '—']) {
    const text = setCell(valid, '结转下年度继续办理', '商业企业', raw);
    const found = sane(text);
    assert.deepEqual(
      found.map((f) => f.code),
      ['not-a-count'],
      raw,
    );
    assertRangeCovers(text, found[0], raw, { inLineOf: CARRIED_OUT });
  }
});

test('blank forms are blank-cell, not not-a-count', () => {
  for (const raw of ['', '~', 'null', '""', '"  "', '"\u3000"', '\u00a0', 'Null', 'NULL']) {
    const text = setCell(valid, '结转下年度继续办理', '商业企业', raw);
    const found = sane(text);
    assert.deepEqual(
      found.map((f) => f.code),
      ['blank-cell'],
      JSON.stringify(raw),
    );
    assertRangeCovers(text, found[0], '商业企业', { inLineOf: CARRIED_OUT });
  }
});

test('the amount cell 行政事业性收费: 7730.28 and 24252.311082 are fine, 1.1234567 is not-a-count', () => {
  assert.deepEqual(codesOf(setCell(valid, '行政事业性收费', undefined, '7730.28')), []);
  assert.deepEqual(codesOf(setCell(valid, '行政事业性收费', undefined, '24252.311082')), []);
  const text = setCell(valid, '行政事业性收费', undefined, '1.1234567');
  assertRangeCovers(text, onlyFinding(text, 'not-a-count'), '1.1234567');
});

test('a number where a mapping belongs, and a mapping where a number belongs', () => {
  const number = setCell(valid, '复议后起诉', undefined, '0');
  assertRangeCovers(number, onlyFinding(number, 'invalid-value'), '0', { inLineOf: '复议后起诉' });
  const mapping = setCell(valid, '行政许可', undefined, '{本年处理决定数量: 54}');
  assertRangeCovers(mapping, onlyFinding(mapping, 'not-a-count'), '{本年处理决定数量: 54}');
  assert.deepEqual(codesOf(mapping), ['not-a-count']);
});

test('ASCII parentheses or numbering in keys: unknown-key suggesting the plain label', () => {
  for (const [label, written] of [
    ['予以公开', '(一)予以公开'],
    ['属于国家秘密', '1.属于国家秘密'],
    ['不予处理', '(五) 不予处理'],
  ]) {
    const text = editLine(valid, label!, (l) => l.replace(label!, written!));
    const f = sane(text).find((x) => x.code === 'unknown-key');
    assertRangeCovers(text, f, written!);
    assert.ok(f!.message.includes(`「${label}」`), f!.message);
  }
});

test('custom tags: unsupported-yaml on the tag', () => {
  for (const tag of ['!custom', '!!str']) {
    const text = setCell(valid, '行政处罚', undefined, `${tag} 6`);
    assertRangeCovers(text, onlyFinding(text, 'unsupported-yaml'), tag);
    sane(text);
  }
});

test('an alias bomb (billion laughs) is unsupported-yaml, fast', () => {
  const lines = ['lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 12; i++)
    lines.push(
      `lol${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  const text = `${lines.join('\n')}\n${valid}`;
  const started = Date.now();
  const found = sane(text);
  assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);
  assert.equal(found.filter((f) => f.code === 'unsupported-yaml').length, 1);
});

test('nesting 20,000 levels deep (flow and block) does not throw', () => {
  const deep = 20_000;
  const inputs = [
    '['.repeat(deep) + ']'.repeat(deep),
    '['.repeat(deep),
    '{a: '.repeat(deep) + '1' + '}'.repeat(deep),
    '- '.repeat(deep) + 'x',
    `${'- '.repeat(deep)}\n`,
    setCell(valid, '予以公开', '自然人', '['.repeat(deep) + ']'.repeat(deep)),
    setCell(valid, '行政许可', undefined, '- '.repeat(deep) + '1'),
  ];
  for (const text of inputs) {
    const started = Date.now();
    const found = sane(text);
    assert.ok(found.length >= 1);
    assert.ok(Date.now() - started < 5000);
  }
});

test("block nesting thousands of lines deep (beyond the parser's stack) is one too-large finding", () => {
  // 3,000 levels of indented `-` lines: 4.5 MB, under the size limit.
  const text = `x:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}-`).join('\n')} 1\n`;
  const found = sane(text);
  assert.deepEqual(
    found.map((f) => f.code),
    ['too-large'],
  );
});

test('a 1 MB line: in prose, as a value, as a key', () => {
  const mb = 1 << 20;
  const prose = validReport({ other: `本年度未收取信息处理费。${'字'.repeat(mb)}` });
  assert.deepEqual(
    sane(prose).map((f) => f.code),
    [],
  );
  const value = setCell(valid, '机关', undefined, '局'.repeat(mb));
  assert.deepEqual(
    sane(value).map((f) => f.code),
    [],
  );
  const word = setCell(valid, '行政许可', undefined, 'x'.repeat(mb));
  const f = onlyFinding(word, 'not-a-count');
  assert.equal(f.range.end.character - f.range.start.character, mb);
  const started = Date.now();
  const key = insertBefore(valid, '年度', `${'键'.repeat(mb)}: 1`);
  assert.ok(sane(key).length >= 1);
  assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
});

test('a text over 10 MB: exactly one too-large at 0:0, empty', () => {
  const found = sane(`${valid}${'# 填充\n'.repeat(2_000_000)}`);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.code, 'too-large');
  assert.deepEqual(found[0]!.range, EMPTY_AT_START);
});

test('a BOM and CRLF line ends are not faults, and positions are the same as with LF', () => {
  let faulty = setCell(valid, '行政许可', undefined, '12件');
  faulty = setCell(faulty, '予以公开', '科研机构', '');
  faulty = setCell(faulty, '部分公开', '总计', '5');
  faulty = editLine(faulty, '重复申请', (l) => l.replace('重复申请', '(二)重复申请'));
  faulty = setCell(faulty, '年度', undefined, '2030');
  faulty = `${faulty}---\n`;
  const shape = (findings: Finding[]): unknown =>
    findings.map((f) => [f.code, f.range, f.related?.map((r) => r.range)]);
  const lf = sane(faulty);
  assert.ok(lf.length >= 6);
  const crlf = faulty.replace(/\n/g, '\r\n');
  for (const variant of [crlf, `\ufeff${faulty}`, `\ufeff${crlf}`]) {
    assert.deepEqual(shape(sane(variant)), shape(lf));
  }
  assert.deepEqual(codesOf(`\ufeff${valid.replace(/\n/g, '\r\n')}`), []);
});

test('fix offsets with a BOM are offsets in the BOM-stripped text', () => {
  const text = `\ufeff${setCell(valid, '行政许可', undefined, '12件')}`.replace(/\n/g, '\r\n');
  const edit = onlyFinding(text, 'not-a-count').fixes![0]!.edits[0]!;
  assert.equal(text.slice(1).slice(edit.start, edit.end), '12件');
});

test('odd characters: lone surrogates, NUL, control characters, RTL marks, emoji in keys and values', () => {
  const inputs = [
    '\ud800',
    '机关: \udfff\n',
    '\u0000\u0001\u0002',
    `${valid}\u0000`,
    setCell(valid, '机关', undefined, '\u202e某局\u200b'),
    insertBefore(valid, '年度', '😀: 1'),
    setCell(valid, '予以公开', '自然人', '😀'),
  ];
  for (const text of inputs) sane(text);
  const emoji = insertBefore(valid, '年度', '😀: 1');
  assertRangeCovers(emoji, findingsOf(emoji, 'unknown-key')[0], '😀');
});
