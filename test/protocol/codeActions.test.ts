// Code actions over the protocol, against the built server: for each kind of
// quick fix, the client asks with the published diagnostic, applies the
// preferred action's WorkspaceEdit, sends the new text, and the next
// diagnostics no longer hold the finding. Also the suppression and "fix all".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { applyAction as applyActionOver, openReport, requestActions } from './codeActionSession';
import {
  CARRIED_IN,
  deleteLine,
  RECEIVED,
  removeCell,
  replaceOnce,
  setCell,
  validReport,
} from '../unit/helpers/reports';
import { LspClient, useLspClient } from './lspClient';
import { ROOT } from './serverBuild';

describe('code actions', () => {
  let client: LspClient;

  useLspClient((c) => (client = c));

  const open = (text: string) => openReport(client, text);
  const request = (uri: string, diagnostics: Diagnostic[], only?: string[]) =>
    requestActions(client, uri, diagnostics, only);
  const applyAction = (uri: string, text: string, action: CodeAction) => applyActionOver(client, uri, text, action);

  /** The preferred quick fix for the one diagnostic of `code`, applied; the diagnostic must be gone. */
  async function fixOne(
    text: string,
    code: string,
  ): Promise<{ text: string; diagnostics: Diagnostic[]; action: CodeAction }> {
    const { uri, diagnostics } = await open(text);
    const targets = diagnostics.filter((d) => d.code === code);
    assert.equal(targets.length, 1, JSON.stringify(diagnostics));
    const offered = await request(uri, targets);
    const preferred = offered.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, JSON.stringify(offered.map((a) => a.title)));
    const action = preferred[0]!;
    assert.equal(action.kind, 'quickfix');
    assert.deepEqual(action.diagnostics, targets);
    const result = await applyAction(uri, text, action);
    assert.ok(
      !result.diagnostics.some((d) => d.code === code && d.message === targets[0]!.message),
      `${code} should be gone`,
    );
    return { ...result, action };
  }

  const valid = validReport();
  const noTotals = validReport({ totals: false });

  test('the server offers quick fixes and the fix-all source action', () => {
    const provider = client.initializeResult.capabilities.codeActionProvider;
    assert.ok(typeof provider === 'object' && provider.codeActionKinds);
    assert.deepEqual([...provider.codeActionKinds!].sort(), ['quickfix', 'source.fixAll.xxgk']);
  });

  test('row-total → the computed sum', async () => {
    const { text, action } = await fixOne(setCell(valid, RECEIVED, '总计', '7'), 'row-total');
    assert.equal(action.title, '改为计算值 4');
    assert.equal(text, valid);
  });

  test('result-total → the sum of the result rows', async () => {
    assert.equal((await fixOne(setCell(valid, '总计', '自然人', '9'), 'result-total')).text, valid);
  });

  test('not-a-count → plain digits, for １２-style and 12件-style cells', async () => {
    assert.equal((await fixOne(setCell(valid, '行政许可', undefined, '５４'), 'not-a-count')).text, valid);
    assert.equal((await fixOne(setCell(valid, '行政许可', undefined, '54件'), 'not-a-count')).text, valid);
  });

  test('blank-cell → 0', async () => {
    assert.equal((await fixOne(setCell(valid, CARRIED_IN, '科研机构', ''), 'blank-cell')).text, valid);
  });

  test('unknown-key → the statutory label', async () => {
    assert.equal((await fixOne(replaceOnce(valid, '  行政许可:', '  行政许诺:'), 'unknown-key')).text, valid);
  });

  test('missing-key → a column in column order, a row and a section at their official place', async () => {
    assert.equal((await fixOne(removeCell(noTotals, RECEIVED, '科研机构'), 'missing-key')).text, noTotals);
    assert.equal((await fixOne(deleteLine(noTotals, '重复申请'), 'missing-key')).text, noTotals);
    const start = valid.indexOf('总体情况:');
    const end = valid.indexOf('主动公开政府信息情况:');
    const fixed = await fixOne(valid.slice(0, start) + valid.slice(end), 'missing-key');
    assert.equal(fixed.text, valid.slice(0, start) + '总体情况: |\n' + valid.slice(end));
    assert.deepEqual(
      fixed.diagnostics.map((d) => d.code),
      ['empty-section'],
    );
  });

  test('suppress → a comment on the line above, indented like it; nothing left to report', async () => {
    const text = setCell(valid, RECEIVED, '总计', '7');
    const { uri, diagnostics } = await open(text);
    const offered = await request(uri, diagnostics);
    const suppress = offered.find((a) => a.title === '忽略此处的「row-total」问题');
    assert.ok(suppress && !suppress.isPreferred);
    const result = await applyAction(uri, text, suppress);
    assert.match(result.text, /\n {2}# xxgk-disable-next-line row-total\n {2}本年新收政府信息公开申请数量: /);
    assert.deepEqual(result.diagnostics, []);
  });

  test('quick fixes only when source actions are not asked for; fix all only when they are', async () => {
    const { uri, diagnostics } = await open(setCell(valid, RECEIVED, '总计', '7'));
    assert.ok((await request(uri, diagnostics)).every((a) => a.kind === 'quickfix'));
    assert.deepEqual(
      (await request(uri, diagnostics, ['source.fixAll'])).map((a) => a.kind),
      ['source.fixAll.xxgk'],
    );
    assert.deepEqual(
      (await request(uri, diagnostics, ['source'])).map((a) => a.kind),
      ['source.fixAll.xxgk'],
    );
  });

  test('fix all on the example with errors: one edit, leaving only what needs a person', async () => {
    const text = readFileSync(join(ROOT, 'examples', '带错误的示例.xxgk.yaml'), 'utf8');
    const { uri, diagnostics } = await open(text);
    const [fixAll, ...more] = await request(uri, diagnostics, ['source.fixAll']);
    assert.ok(fixAll && more.length === 0);
    assert.equal(fixAll.title, '修复所有可自动修复的问题');
    const result = await applyAction(uri, text, fixAll);
    // The blank cell is left to a person: a 0 there is a figure the author never stated.
    assert.deepEqual(result.diagnostics.map((d) => d.code).sort(), [
      'balance',
      'balance',
      'blank-cell',
      'empty-section',
    ]);
    assert.doesNotMatch(result.text, /xxgk-disable/);
  });
});
