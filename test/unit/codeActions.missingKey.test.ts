// The missing-key quick fixes (server/src/codeActions.ts), without a server:
// each inserts the missing section, group, row or column at its official
// place; the result is compared with the expected text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixesFor } from '../../server/src/findingFixes';
import { combineFixes } from '../../server/src/fixAll';
import { checkText } from '../../server/src/core/engine';
import {
  CARRIED_IN,
  CARRIED_OUT,
  deleteLine,
  editLine,
  findingsOf,
  NOW,
  RECEIVED,
  removeCell,
  replaceOnce,
  setCell,
  validReport,
} from './helpers/reports';
import { actions, apply, finding, quickFix, URI } from './helpers/codeActions';
import { TextDocument } from 'vscode-languageserver-textdocument';

const valid = validReport();
const noTotals = validReport({ totals: false });

/** The main fix of every missing-key finding, combined as fix all combines fixes. */
function allMissingKeys(text: string): string {
  const result = checkText(text, { now: NOW });
  const fixes = result.findings.filter((f) => f.code === 'missing-key').map((f) => fixesFor(f, result)[0]!);
  const edits = combineFixes(fixes);
  const doc = TextDocument.create(URI, 'xxgk', 1, text);
  return TextDocument.applyEdits(
    doc,
    edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText })),
  );
}

test('missing-key: a missing column goes into its flow mapping in column order', () => {
  // (总计 is optional, so never missing.)
  for (const column of ['自然人', '科研机构', '其他']) {
    const text = removeCell(valid, RECEIVED, column);
    const { fixed } = quickFix(text, 'missing-key');
    assert.equal(fixed.replace(`${column}: 0`, `${column}: ${column === '自然人' ? 3 : 0}`), valid, column);
  }
  // Without a 总计 to stand before, the last column goes after the one before it.
  const text = removeCell(noTotals, RECEIVED, '其他');
  assert.equal(quickFix(text, 'missing-key').fixed, noTotals);
});

test('missing-key: a missing column after a blank cell keeps the blank', () => {
  const text = removeCell(setCell(noTotals, CARRIED_IN, '法律服务机构', ''), CARRIED_IN, '其他');
  const { fixed } = quickFix(text, 'missing-key');
  assert.match(fixed, /法律服务机构:, 其他: 0\}/);
});

test('missing-key: a missing row is inserted as zeros at its place, the first one before its next sibling', () => {
  for (const row of ['重复申请', '属于国家秘密', '其他', '复议后起诉', CARRIED_OUT]) {
    const text = deleteLine(noTotals, row);
    const expected = row === CARRIED_OUT ? setCell(noTotals, CARRIED_OUT, '自然人', '0') : noTotals;
    assert.equal(quickFix(text, 'missing-key').fixed, expected, row);
  }
});

test('missing-key: a missing group is inserted with its rows, at its indentation', () => {
  const text = deleteLine(deleteLine(deleteLine(valid, '第二十条第（六）项'), '行政处罚'), '行政强制');
  const { fixed } = quickFix(text, 'missing-key');
  assert.equal(fixed, setCell(valid, '行政处罚', undefined, '0'));
});

test('missing-key: a missing section goes to its official place', () => {
  const start = valid.indexOf('总体情况:');
  const end = valid.indexOf('主动公开政府信息情况:');
  const text = valid.slice(0, start) + valid.slice(end);
  const { fixed } = quickFix(text, 'missing-key');
  assert.equal(fixed, valid.slice(0, start) + '总体情况: |\n' + valid.slice(end));
  assert.deepEqual(findingsOf(fixed, 'missing-key'), []);
  assert.deepEqual(
    findingsOf(fixed).map((f) => f.code),
    ['empty-section'],
    'the new section is to be written',
  );
});

test('missing-key: a whole table inserted as a skeleton checks clean', () => {
  const start = valid.indexOf('政府信息公开行政复议、行政诉讼情况:');
  const end = valid.indexOf('存在的主要问题及改进情况:');
  const { fixed } = quickFix(valid.slice(0, start) + valid.slice(end), 'missing-key');
  assert.equal(
    fixed,
    valid.slice(0, start) +
      validReport({ totals: false }).slice(
        noTotals.indexOf('政府信息公开行政复议、行政诉讼情况:'),
        noTotals.indexOf('存在的主要问题及改进情况:'),
      ) +
      valid.slice(end),
  );
  assert.deepEqual(findingsOf(fixed), []);
});

test('missing-key: a missing column of a row in block form goes on its own line in column order', () => {
  const text = editLine(noTotals, '行政复议', () => [
    '  行政复议:',
    '    结果维持: 0',
    '    结果纠正: 0',
    '    尚未审结: 0',
  ]);
  const { fixed } = quickFix(text, 'missing-key');
  assert.equal(
    fixed,
    editLine(noTotals, '行政复议', () => [
      '  行政复议:',
      '    结果维持: 0',
      '    结果纠正: 0',
      '    其他结果: 0',
      '    尚未审结: 0',
    ]),
  );
  assert.deepEqual(findingsOf(fixed), []);
});

test('missing-key: a row under a blank group (empty or ~) goes on the lines below the key', () => {
  for (const blank of ['', ' ~']) {
    const text = editLine(
      editLine(deleteLine(noTotals, '复议后起诉'), '未经复议直接起诉', () => []),
      '行政诉讼',
      () => `  行政诉讼:${blank}`,
    );
    const missing = findingsOf(text, 'missing-key');
    assert.equal(missing.length, 2);
    const fixed = apply(
      text,
      actions(text, [missing[0]!]).find((a) => a.isPreferred)!,
    );
    assert.match(
      fixed,
      /\n {2}行政诉讼:\n {4}未经复议直接起诉: \{结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0\}\n存在/,
    );
    assert.deepEqual(
      findingsOf(fixed, 'missing-key').map((f) => f.message),
      [missing[1]!.message],
      'the targeted finding is gone',
    );
  }
});

test('missing-key beside a misspelt row: correcting the name is the main fix, inserting the row the other', () => {
  const text = replaceOnce(valid, '其他法律行政法规禁止公开:', '其他法律行政止公开:');
  const f = finding(text, 'missing-key');
  const offered = actions(text, [f]);
  assert.deepEqual(
    offered.map((a) => [a.title, !!a.isPreferred]),
    [
      ['改为「其他法律行政法规禁止公开」', true],
      ['插入「2.其他法律行政法规禁止公开」', false],
      ['忽略此处的「missing-key」问题', false],
    ],
  );
  assert.equal(apply(text, offered[0]!), valid);
});

test('missing-key fixes combined: several missing columns of one row go in, in column order', () => {
  const text = removeCell(removeCell(valid, RECEIVED, '科研机构'), RECEIVED, '社会公益组织');
  assert.equal(allMissingKeys(text), valid);
});

test('missing-key fixes combined: several missing sections go in, in official order', () => {
  const cut = valid.indexOf('政府信息公开行政复议、行政诉讼情况:');
  const fixed = allMissingKeys(valid.slice(0, cut));
  assert.deepEqual(
    findingsOf(fixed).map((f) => f.code),
    ['empty-section', 'empty-section'],
  );
  assert.ok(
    fixed.indexOf('政府信息公开行政复议') < fixed.indexOf('存在的主要问题及改进情况') &&
      fixed.indexOf('存在的主要问题及改进情况') < fixed.indexOf('其他需要报告的事项'),
  );
});

// The skeleton leaves 机关 and 年度 blank: a missing-key and a year finding ask for them.
test('missing-key fixes combined on an empty file (or one with only a comment) write the whole skeleton, in official order', () => {
  for (const text of ['', '# 只有注释']) {
    const fixed = allMissingKeys(text);
    assert.ok(
      fixed.startsWith(`${text}${text ? '\n' : ''}机关:\n年度:\n总体情况: |\n主动公开政府信息情况:\n`),
      fixed.slice(0, 80),
    );
    assert.doesNotMatch(fixed, /\n\n/);
    assert.deepEqual(
      findingsOf(fixed)
        .map((f) => f.code)
        .sort(),
      ['empty-section', 'empty-section', 'empty-section', 'missing-key', 'year'],
    );
  }
});
