// invalid-value (a code of our own, docs/report-format.md): a mapping or list where
// text belongs, a scalar or list where a mapping belongs, 格式 other than 2021.
// Range: the value.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codesOf, editLine, findingsOf, insertBefore, onlyFinding, setCell, validReport } from './helpers/reports';
import { assertRangeCovers } from './helpers/positions';

const valid = validReport();

/** Replaces a key's whole block (its line and the lines indented under it) by one line. */
function replaceBlock(text: string, key: string, line: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.trimStart().startsWith(`${key}:`));
  const indent = lines[i]!.length - lines[i]!.trimStart().length;
  let j = i + 1;
  while (j < lines.length && lines[j] !== '' && lines[j]!.length - lines[j]!.trimStart().length > indent) j++;
  lines.splice(i, j - i, ' '.repeat(indent) + line);
  return lines.join('\n');
}

test('a number where a row mapping belongs is invalid-value on the number', () => {
  const text = setCell(valid, '予以公开', undefined, '3');
  const f = onlyFinding(text, 'invalid-value');
  assertRangeCovers(text, f, '3', { inLineOf: '予以公开' });
  assert.equal(f.severity, 'error');
  assert.match(f.message, /（一）予以公开/);
  assert.match(f.message, /自然人、商业企业/);
  assert.deepEqual(codesOf(text), ['invalid-value']);
});

test('a number or a list where a section or group mapping belongs', () => {
  const section = replaceBlock(valid, '政府信息公开行政复议、行政诉讼情况', '政府信息公开行政复议、行政诉讼情况: 0');
  assertRangeCovers(section, onlyFinding(section, 'invalid-value'), '0', {
    inLineOf: '政府信息公开行政复议、行政诉讼情况',
  });
  const group = replaceBlock(valid, '无法提供', '无法提供: [1, 2, 3]');
  assertRangeCovers(group, onlyFinding(group, 'invalid-value'), '[1, 2, 3]');
  const t2row = setCell(valid, '规章', undefined, '0');
  assertRangeCovers(t2row, onlyFinding(t2row, 'invalid-value'), '0', { inLineOf: '规章' });
});

test('a whole report that is not a mapping: invalid-value on the value', () => {
  const f = onlyFinding('42\n', 'invalid-value');
  assert.deepEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } });
  assert.deepEqual(codesOf('- a\n- b\n'), ['invalid-value']);
  assert.deepEqual(codesOf('"某局"'), ['invalid-value']);
});

test('a mapping or a list where text belongs (机关, 标题, 落款 › 日期)', () => {
  const agency = setCell(valid, '机关', undefined, '{名称: 某局}');
  const f = onlyFinding(agency, 'invalid-value');
  assertRangeCovers(agency, f, '{名称: 某局}');
  assert.match(f.message, /「机关」应为一行文字/);
  const title = insertBefore(valid, '总体情况', '标题: [某局, 年度报告]');
  assertRangeCovers(title, onlyFinding(title, 'invalid-value'), '[某局, 年度报告]');
  const date = `${valid}落款: {机关: 某局, 日期: [2025, 1, 20]}\n`;
  assertRangeCovers(date, onlyFinding(date, 'invalid-value'), '[2025, 1, 20]');
});

test('a mapping or list where prose belongs', () => {
  const text = replaceBlock(valid, '总体情况', '总体情况: [第一段, 第二段]');
  const f = onlyFinding(text, 'invalid-value');
  assertRangeCovers(text, f, '[第一段, 第二段]');
  assert.match(f.message, /一、总体情况/);
  assert.match(f.message, /文字段落/);
  const map = replaceBlock(valid, '其他需要报告的事项', '其他需要报告的事项: {收费: 无}');
  assertRangeCovers(map, onlyFinding(map, 'invalid-value'), '{收费: 无}');
});

test('plain and quoted one-line prose is text, not invalid', () => {
  assert.deepEqual(codesOf(replaceBlock(valid, '总体情况', '总体情况: 本年度工作情况良好。')), []);
  assert.deepEqual(codesOf(replaceBlock(valid, '总体情况', '总体情况: "本年度工作情况良好。"')), []);
  assert.deepEqual(codesOf(replaceBlock(valid, '总体情况', '总体情况: >\n  折叠的一段文字。')), []);
  // A number as 机关 is read as its text.
  assert.deepEqual(codesOf(setCell(valid, '机关', undefined, '12345')), []);
});

test('格式 other than 2021 is invalid-value on the value; 2021 is fine', () => {
  assert.deepEqual(codesOf(insertBefore(valid, '年度', '格式: 2021')), []);
  for (const raw of ['2019', '2021年', '"2021"', 'v2021', '[2021]']) {
    const text = insertBefore(valid, '年度', `格式: ${raw}`);
    const f = onlyFinding(text, 'invalid-value');
    assertRangeCovers(text, f, raw, { inLineOf: '格式' });
    assert.match(f.message, /2021/);
  }
});

test('a list where a count belongs is not-a-count, not invalid-value', () => {
  const text = setCell(valid, '行政许可', undefined, '[54]');
  assert.deepEqual(codesOf(text), ['not-a-count']);
});

test('one finding per wrong value', () => {
  let text = setCell(valid, '予以公开', undefined, '3');
  text = setCell(text, '复议后起诉', undefined, '"无"');
  text = editLine(text, '机关', () => '机关: [甲, 乙]');
  const found = findingsOf(text, 'invalid-value');
  assert.equal(found.length, 3);
  assertRangeCovers(text, found[0], '[甲, 乙]');
  assertRangeCovers(text, found[1], '3', { inLineOf: '予以公开' });
  assertRangeCovers(text, found[2], '"无"');
});
