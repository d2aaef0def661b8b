// unknown-key: a key the format does not have at that place; the message
// offers the nearest statutory label. Range: the key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codesOf, editLine, findingsOf, insertBefore, onlyFinding, validReport } from './helpers/reports';
import { assertRangeCovers } from './helpers/positions';

const valid = validReport();

function renameKey(text: string, from: string, to: string): string {
  return editLine(text, from, (line) => line.replace(`${from}:`, `${to}:`));
}

test('a typo is reported on the key, suggesting the statutory label, with a fix', () => {
  const text = renameKey(valid, '其他法律行政法规禁止公开', '其他法律行政止公开');
  const f = onlyFinding(text, 'unknown-key');
  assertRangeCovers(text, f, '其他法律行政止公开');
  assert.equal(f.severity, 'error');
  assert.ok(f.message.includes('「其他法律行政法规禁止公开」'), f.message);
  const edit = f.fixes![0]!.edits[0]!;
  assert.equal(text.slice(edit.start, edit.end), '其他法律行政止公开');
  assert.equal(edit.newText, '其他法律行政法规禁止公开');
  // The row it stands for is then missing from its group (on the group's key).
  assertRangeCovers(text, onlyFinding(text, 'missing-key'), '不予公开');
  assert.deepEqual(codesOf(text.slice(0, edit.start) + edit.newText + text.slice(edit.end)), []);
});

test('numbering in a key: suggests the label without it and says why', () => {
  const cases: [string, string][] = [
    ['予以公开', '(一)予以公开'],
    ['予以公开', '（一）予以公开'],
    ['属于国家秘密', '1.属于国家秘密'],
    ['属于国家秘密', '1、属于国家秘密'],
    ['总体情况', '一、总体情况'],
    ['收到和处理政府信息公开申请情况', '三、收到和处理政府信息公开申请情况'],
  ];
  for (const [label, numbered] of cases) {
    const text = renameKey(valid, label, numbered);
    const f = onlyFinding(text, 'unknown-key');
    assertRangeCovers(text, f, numbered);
    assert.ok(f.message.includes(`应为「${label}」`), f.message);
    assert.match(f.message, /不写编号/);
    assert.equal(f.fixes?.[0]?.edits[0]?.newText, label);
  }
});

test('ASCII quotes in 危及“三安全一稳定” suggest the official curly quotes', () => {
  const text = renameKey(valid, '危及“三安全一稳定”', '危及"三安全一稳定"');
  const f = onlyFinding(text, 'unknown-key');
  assertRangeCovers(text, f, '危及"三安全一稳定"');
  assert.ok(f.message.includes('「危及“三安全一稳定”」'), f.message);
});

test('a key with nothing near lists the labels of that place', () => {
  const text = insertBefore(valid, '年度', '作者: 张三');
  const f = onlyFinding(text, 'unknown-key');
  assertRangeCovers(text, f, '作者');
  assert.match(f.message, /报告顶层/);
  assert.match(f.message, /机关、年度/);
  assert.equal(f.fixes, undefined);
});

test('`其他` is a column of table 三 and a row under 其他处理, and nothing else', () => {
  // As a row under 不予公开 it is unknown.
  const row = insertBefore(
    valid,
    '属于国家秘密',
    '其他: {自然人: 0, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0}',
  );
  const f = onlyFinding(row, 'unknown-key');
  assertRangeCovers(row, f, '其他', { after: '    不予公开:\n      ' });
  assert.match(f.message, /不予公开/);
  // As a column of table 四 it is unknown (the column there is 其他结果).
  const t4 = editLine(valid, '行政复议', (line) => line.replace('其他结果', '其他'));
  const g = onlyFinding(t4, 'unknown-key');
  assertRangeCovers(t4, g, '其他', { after: '行政复议: {' });
  assert.ok(g.message.includes('「其他结果」'), g.message);
  // In the valid report, both uses are known.
  assert.deepEqual(codesOf(valid), []);
});

test('a table 三 column name in the wrong place (a group) is unknown there', () => {
  const text = insertBefore(valid, '属于国家秘密', '自然人: 0');
  assertRangeCovers(text, onlyFinding(text, 'unknown-key'), '自然人', { after: '    不予公开:\n      ' });
});

test('optional keys 格式, 标题, 前言, 落款 are known; a misspelt optional key is not', () => {
  const optional = insertBefore(
    valid,
    '总体情况',
    '格式: 2021',
    '标题: 某局2024年政府信息公开工作年度报告',
    '前言: |',
    '  依据条例编制本报告。',
  );
  const signed = `${optional}落款: {机关: 某市某区某局, 日期: 2025-01-20}\n`;
  assert.deepEqual(codesOf(signed), []);
  const typo = insertBefore(valid, '总体情况', '前沿: |', '  依据条例编制本报告。');
  const f = onlyFinding(typo, 'unknown-key');
  assertRangeCovers(typo, f, '前沿');
  assert.ok(f.message.includes('「前言」'), f.message);
});

test('every unknown key is reported once, in text order', () => {
  let text = renameKey(valid, '规章', '规章制度');
  text = renameKey(text, '重复申请', '重复的申请');
  text = renameKey(text, '复议后起诉', '复议后再起诉');
  const found = findingsOf(text, 'unknown-key');
  assert.equal(found.length, 3);
  assertRangeCovers(text, found[0], '规章制度');
  assertRangeCovers(text, found[1], '重复的申请');
  assertRangeCovers(text, found[2], '复议后再起诉');
});
