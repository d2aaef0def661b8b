// Quick fixes and "fix all" (server/src/codeActions.ts), without a server:
// each fix is applied to the text, the result compared with the expected
// text, and the targeted finding checked gone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { FIX_ALL_KIND } from '../../server/src/codeActions';
import {
  CARRIED_IN,
  CARRIED_OUT,
  deleteLine,
  editLine,
  findingsOf,
  RECEIVED,
  removeCell,
  replaceOnce,
  setCell,
  validReport,
} from './helpers/reports';
import { actions, apply, finding, quickFix } from './helpers/codeActions';

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

test('fix all leaves missing keys to a person: their skeletons hold zeros the author never stated', () => {
  const text = removeCell(valid, RECEIVED, '科研机构');
  assert.deepEqual(actions(text, [], ['source.fixAll']), []);
  assert.equal(quickFix(text, 'missing-key').fixed, setCell(valid, RECEIVED, '科研机构', '0'));
});

test('no fix-all action when there is nothing to fix', () => {
  assert.deepEqual(actions(valid, [], ['source.fixAll']), []);
});
