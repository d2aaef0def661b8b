// Quick fixes and "fix all" (server/src/codeActions.ts), without a server:
// each fix is applied to the text, the result compared with the expected
// text, and the targeted finding checked gone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND, provideCodeActions } from '../../server/src/codeActions';
import { fixesFor } from '../../server/src/findingFixes';
import { combineFixes } from '../../server/src/fixAll';
import { checkText } from '../../server/src/core/engine';
import { Finding } from '../../server/src/core/findings';
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

const URI = 'file:///test/报告.xxgk.yaml';

function diagnosticOf(f: Finding): Diagnostic {
  return { range: f.range, message: f.message, code: f.code, source: 'xxgk' };
}

function actions(text: string, diagnostics: Finding[], only?: string[]): CodeAction[] {
  const doc = TextDocument.create(URI, 'xxgk', 1, text);
  const result = checkText(text, { now: NOW });
  const params: CodeActionParams = {
    textDocument: { uri: URI },
    range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: diagnostics.map(diagnosticOf), only },
  };
  return provideCodeActions(doc, result, params, (next) => checkText(next, { now: NOW }));
}

function apply(text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[URI];
  assert.ok(edits, `action ${action.title} has no edit for the document`);
  assert.deepEqual(Object.keys(action.edit!.changes!), [URI], 'one document only');
  return TextDocument.applyEdits(TextDocument.create(URI, 'xxgk', 1, text), edits);
}

/** The one finding of `code` (or the one whose message contains `about`). */
function finding(text: string, code: Finding['code'], about?: string): Finding {
  const found = findingsOf(text, code).filter((f) => about === undefined || f.message.includes(about));
  assert.equal(found.length, 1, JSON.stringify(found, null, 1));
  return found[0]!;
}

/** Applies the preferred quick fix for one finding; asserts it is offered, preferred and carries its diagnostic. */
function quickFix(text: string, code: Finding['code'], about?: string): { fixed: string; action: CodeAction } {
  const f = finding(text, code, about);
  const offered = actions(text, [f]);
  const preferred = offered.filter((a) => a.isPreferred);
  assert.equal(preferred.length, 1, JSON.stringify(offered.map((a) => a.title)));
  const action = preferred[0]!;
  assert.equal(action.kind, 'quickfix');
  assert.deepEqual(
    action.diagnostics?.map((d) => d.code),
    [code],
  );
  assert.match(action.title, /[\u4e00-\u9fff]/, 'titles are Chinese');
  return { fixed: apply(text, action), action };
}

const valid = validReport();
const noTotals = validReport({ totals: false });

test('row-total: the 总计 is set to the computed sum', () => {
  const text = setCell(valid, RECEIVED, '总计', '7');
  const { fixed, action } = quickFix(text, 'row-total');
  assert.equal(action.title, '改为计算值 4');
  assert.equal(fixed, valid);
});

test('result-total: 本年度办理结果 › 总计 is set to the sum of the result rows', () => {
  const text = setCell(valid, '总计', '自然人', '9');
  assert.equal(quickFix(text, 'result-total').fixed, valid);
});

test('not-a-count: full-width digits and a unit become plain digits', () => {
  for (const raw of ['５４', '54件']) {
    const text = setCell(valid, '行政许可', undefined, raw);
    const { fixed, action } = quickFix(text, 'not-a-count');
    assert.equal(action.title, '改为 54');
    assert.equal(fixed, valid);
  }
});

test('blank-cell: a blank cell is filled with 0, with a single space, in flow and block mappings', () => {
  const flow = setCell(valid, CARRIED_IN, '科研机构', '');
  assert.match(flow, /科研机构:,/);
  assert.equal(quickFix(flow, 'blank-cell').fixed, valid);
  const spaced = replaceOnce(
    valid,
    '上年结转政府信息公开申请数量: {自然人: 1, 商业企业: 0, 科研机构: 0',
    '上年结转政府信息公开申请数量: {自然人: 1, 商业企业: 0, 科研机构: ',
  );
  assert.equal(quickFix(spaced, 'blank-cell').fixed, valid);
  const block = setCell(valid, '行政许可', undefined, '');
  assert.equal(quickFix(block, 'blank-cell').fixed, setCell(valid, '行政许可', undefined, '0'));
});

test('unknown-key: a near-miss key is replaced by the statutory label', () => {
  const text = replaceOnce(valid, '  行政许可:', '  行政许诺:');
  const { fixed, action } = quickFix(text, 'unknown-key');
  assert.equal(action.title, '改为「行政许可」');
  assert.equal(fixed, valid);
});

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

test("suppress: a comment above the finding's line, with its indentation; the finding is gone and nothing is unused", () => {
  const text = setCell(valid, RECEIVED, '总计', '7');
  const f = finding(text, 'row-total');
  const suppress = actions(text, [f]).find((a) => a.title === '忽略此处的「row-total」问题')!;
  assert.equal(suppress.isPreferred, undefined);
  const fixed = apply(text, suppress);
  assert.equal(
    fixed,
    editLine(text, RECEIVED, (line) => ['  # xxgk-disable-next-line row-total', line]),
  );
  assert.deepEqual(findingsOf(fixed), []);
});

test('suppress: a second code joins the suppression comment already above the line', () => {
  // 自然人 2 breaks both the row's 总计 (row-total) and the 勾稽关系 of its column (balance), on one line.
  const text = editLine(setCell(valid, CARRIED_OUT, '自然人', '2'), CARRIED_OUT, (line) => [
    '  # xxgk-disable-next-line row-total',
    line,
  ]);
  const f = finding(text, 'balance');
  const fixed = apply(
    text,
    actions(text, [f]).find((a) => a.title.startsWith('忽略'))!,
  );
  assert.match(fixed, /# xxgk-disable-next-line row-total, balance\n {2}结转下年度/);
  assert.deepEqual(findingsOf(fixed), []);
});

test('suppress: a missing section is suppressed for the whole file', () => {
  const text = valid.slice(0, valid.indexOf('其他需要报告的事项:'));
  const f = finding(text, 'missing-key');
  const fixed = apply(
    text,
    actions(text, [f]).find((a) => a.title.startsWith('在整个文件中'))!,
  );
  assert.ok(fixed.startsWith('# xxgk-disable missing-key\n'));
  assert.deepEqual(findingsOf(fixed), []);
});

test('CRLF files get CRLF in inserted lines', () => {
  const text = deleteLine(noTotals, '重复申请').replace(/\n/g, '\r\n');
  assert.equal(quickFix(text, 'missing-key').fixed, noTotals.replace(/\n/g, '\r\n'));
  const suppressed = apply(
    text,
    actions(text, [finding(text, 'missing-key')]).find((a) => a.title.startsWith('忽略'))!,
  );
  assert.match(suppressed, /\r\n {4}# xxgk-disable-next-line missing-key\r\n {4}不予处理:/);
});

test('no fix-all unless asked for by kind; quick fixes not returned when only source actions are asked for', () => {
  const text = setCell(valid, RECEIVED, '总计', '7');
  const f = finding(text, 'row-total');
  assert.ok(actions(text, [f]).every((a) => a.kind === 'quickfix'));
  for (const only of [['source'], ['source.fixAll'], [FIX_ALL_KIND]]) {
    const got = actions(text, [f], only);
    assert.deepEqual(
      got.map((a) => a.kind),
      [FIX_ALL_KIND],
      only.join(),
    );
  }
  assert.deepEqual(actions(text, [f], ['refactor']), []);
  assert.deepEqual(
    actions(text, [f], ['quickfix'])
      .map((a) => a.kind)
      .sort(),
    ['quickfix', 'quickfix'],
  );
});

test('fix all: the example with errors is left with only what needs a person', () => {
  const text = readFileSync('examples/带错误的示例.xxgk.yaml', 'utf8');
  const [fixAll] = actions(text, [], ['source.fixAll']);
  assert.ok(fixAll);
  assert.equal(fixAll.title, '修复所有可自动修复的问题');
  const fixed = apply(text, fixAll);
  // The 商业企业 imbalance is on purpose; with the wrong 总计 of 本年新收 corrected, the 总计 column shows it too.
  // The blank cell stays blank: writing 0 into it is a fact only a person can state.
  assert.deepEqual(
    findingsOf(fixed)
      .map((f) => `${f.code} ${f.message.slice(0, 5)}`)
      .sort(),
    ['balance 商业企业列', 'balance 总计列：本', 'blank-cell 「本年度办', 'empty-section 第五部分「'],
  );
  assert.match(fixed, /行政许可: 12\n/);
  assert.match(fixed, /其他: 1, 总计: 25\}/);
  assert.match(fixed, /其他法律行政法规禁止公开: \{/);
  assert.match(fixed, /重复申请: \{自然人: 1, 商业企业: 0, 科研机构: , /);
  assert.match(fixed, /行政复议: \{结果维持: 3, /);
  // Suppressions are never part of fix all.
  assert.doesNotMatch(fixed, /xxgk-disable/);
});

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

test('fix all leaves missing keys to a person: their skeletons hold zeros the author never stated', () => {
  const text = removeCell(valid, RECEIVED, '科研机构');
  assert.deepEqual(actions(text, [], ['source.fixAll']), []);
  assert.equal(quickFix(text, 'missing-key').fixed, setCell(valid, RECEIVED, '科研机构', '0'));
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

test('no fix-all action when there is nothing to fix', () => {
  assert.deepEqual(actions(valid, [], ['source.fixAll']), []);
});

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
      ['empty-section', 'empty-section', 'empty-section', 'year'],
    );
  }
});
