// missing-key: a required section, row or column is missing. Range: the
// parent's key; at the top level (or in an empty file) 0:0, empty; one
// finding per missing key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CARRIED_IN, codesOf, deleteLine, findingsOf, onlyFinding, removeCell, validReport } from './helpers/reports';
import { assertRangeCovers, EMPTY_AT_START } from './helpers/positions';
import { SECTIONS } from './helpers/labels';

const valid = validReport();

/** Removes a key with its whole block (the lines indented under it). */
function removeBlock(text: string, key: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.trimStart().startsWith(`${key}:`));
  assert.ok(i >= 0, key);
  const indent = lines[i]!.length - lines[i]!.trimStart().length;
  let j = i + 1;
  while (j < lines.length && lines[j] !== '' && lines[j]!.length - lines[j]!.trimStart().length > indent) j++;
  lines.splice(i, j - i);
  return lines.join('\n');
}

test('an empty file: one missing-key per required top-level key, all at 0:0, empty', () => {
  const found = findingsOf('', 'missing-key');
  assert.equal(found.length, 8);
  for (const f of found) assert.deepEqual(f.range, EMPTY_AT_START);
  for (const key of ['机关', '年度', ...SECTIONS])
    assert.ok(
      found.some((f) => f.message.includes(key)),
      key,
    );
  assert.deepEqual(codesOf(''), Array(8).fill('missing-key'));
  // Only comments, or only whitespace, is the same.
  assert.deepEqual(codesOf('# 草稿\n\n'), Array(8).fill('missing-key'));
});

test('a missing top-level key is at 0:0, empty — even when the file starts with a comment', () => {
  const f = onlyFinding(deleteLine(valid, '机关'), 'missing-key');
  assert.deepEqual(f.range, EMPTY_AT_START);
  assert.match(f.message, /机关/);
  const commented = `# 注释\n${removeBlock(valid, '存在的主要问题及改进情况')}`;
  const g = onlyFinding(commented, 'missing-key');
  assert.deepEqual(g.range, EMPTY_AT_START);
  assert.match(g.message, /五、存在的主要问题及改进情况/);
});

test('several missing sections: one finding each', () => {
  const text = removeBlock(removeBlock(valid, '政府信息公开行政复议、行政诉讼情况'), '其他需要报告的事项');
  const found = findingsOf(text, 'missing-key');
  assert.equal(found.length, 2);
  for (const f of found) assert.deepEqual(f.range, EMPTY_AT_START);
});

test("a missing column is reported on its row's key", () => {
  const text = removeCell(valid, '予以公开', '科研机构');
  const f = onlyFinding(text, 'missing-key');
  assertRangeCovers(text, f, '予以公开');
  assert.match(f.message, /科研机构/);
  assert.match(f.message, /（一）予以公开/);
});

test("several missing columns of one row: one finding per column, all on the row's key", () => {
  const text = removeCell(
    removeCell(removeCell(valid, '行政复议', '结果维持'), '行政复议', '尚未审结'),
    '规章',
    '本年废止件数',
  );
  const found = findingsOf(text, 'missing-key');
  assert.equal(found.length, 3);
  assertRangeCovers(text, found[0], '规章');
  assertRangeCovers(text, found[1], '行政复议', { inLineOf: '行政复议' });
  assertRangeCovers(text, found[2], '行政复议', { inLineOf: '行政复议' });
});

test("a missing row is reported on its group's key; a missing group on its section's key", () => {
  const row = deleteLine(valid, '重复申请');
  const f = onlyFinding(row, 'missing-key');
  assertRangeCovers(row, f, '不予处理');
  assert.match(f.message, /重复申请/);

  const group = removeBlock(valid, '无法提供');
  const g = onlyFinding(group, 'missing-key');
  assertRangeCovers(group, g, '本年度办理结果');
  assert.match(g.message, /无法提供/);

  const t2 = removeBlock(valid, '第二十条第（六）项');
  assertRangeCovers(t2, onlyFinding(t2, 'missing-key'), '主动公开政府信息情况');

  const t3 = deleteLine(valid, CARRIED_IN);
  assertRangeCovers(t3, onlyFinding(t3, 'missing-key'), '收到和处理政府信息公开申请情况');

  const single = deleteLine(valid, '行政强制');
  assertRangeCovers(single, onlyFinding(single, 'missing-key'), '第二十条第（六）项');
});

test('`其他` missing as a row (under 其他处理) and as a column are told apart', () => {
  const row = deleteLine(valid, '其他');
  const f = onlyFinding(row, 'missing-key');
  assertRangeCovers(row, f, '其他处理');
  const column = removeCell(valid, '其他', '其他');
  const g = onlyFinding(column, 'missing-key');
  assertRangeCovers(column, g, '其他', { inLineOf: '其他' });
  assert.match(g.message, /其他处理 · 3\.其他」缺少「其他」/);
});

test('总计 is optional everywhere; so are 格式, 标题, 前言 and 落款', () => {
  assert.deepEqual(codesOf(validReport({ totals: false })), []);
  assert.deepEqual(codesOf(validReport({ resultsTotal: false })), []);
  assert.deepEqual(codesOf(removeCell(valid, '复议后起诉', '总计')), []);
});

test('a whole table left empty: one finding per required child, on the section key', () => {
  const lines = removeBlock(valid, '政府信息公开行政复议、行政诉讼情况');
  const text = lines.replace(
    '存在的主要问题及改进情况:',
    '政府信息公开行政复议、行政诉讼情况:\n存在的主要问题及改进情况:',
  );
  const found = findingsOf(text, 'missing-key');
  assert.equal(found.length, 2); // 行政复议, 行政诉讼
  for (const f of found) assertRangeCovers(text, f, '政府信息公开行政复议、行政诉讼情况');
});

test('a misspelt key counts as missing at its place (and unknown at its own)', () => {
  const text = valid.replace('    行政处罚: 6', '    行政处理: 6');
  assert.deepEqual(codesOf(text), ['missing-key', 'unknown-key']);
  assertRangeCovers(text, onlyFinding(text, 'missing-key'), '第二十条第（六）项');
});

test('机关 with no name (empty, "", spaces) is missing-key on its key, with no insertion fix; a name is not', () => {
  for (const blank of ['机关:', '机关: ""', "机关: '  '", '机关:  # 原文中未找到机关名称，请填写']) {
    const text = valid.replace(/^机关: .*$/m, blank);
    assert.notEqual(text, valid);
    const found = findingsOf(text, 'missing-key');
    assert.equal(found.length, 1, blank);
    assert.match(found[0]!.message, /「机关」是空白/);
    assertRangeCovers(text, found[0], '机关');
    assert.equal(found[0]!.missingKey, undefined);
  }
  assert.deepEqual(findingsOf(valid, 'missing-key'), []);
});
