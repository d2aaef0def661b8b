// Code actions as an editor uses them, over the protocol: open a report,
// ask for actions (for some diagnostics, of some kinds), apply one action's
// WorkspaceEdit and send the new text, and wait for its diagnostics.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CodeActionRequest, Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lspClient';
import { uriOf } from './texts';

let opened = 0;

/** Opens `text` under a new name; resolves with its uri and first diagnostics. */
export async function openReport(client: LspClient, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = uriOf(`actions-${process.pid}-${opened++}.xxgk.yaml`);
  const published = await client.open(uri, text);
  return { uri, diagnostics: published.diagnostics };
}

export function requestActions(
  client: LspClient,
  uri: string,
  diagnostics: Diagnostic[],
  only?: string[],
): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range,
    context: { diagnostics, only },
  }) as Promise<CodeAction[]>;
}

/**
 * Applies an action's edit to a document just opened (version 1), sends the
 * whole new text, and resolves with the text and its diagnostics.
 */
export async function applyAction(
  client: LspClient,
  uri: string,
  text: string,
  action: CodeAction,
): Promise<{ text: string; diagnostics: Diagnostic[] }> {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits, `${action.title}: no edit for the document`);
  assert.deepEqual(Object.keys(action.edit!.changes!), [uri]);
  const next = TextDocument.applyEdits(TextDocument.create(uri, 'xxgk', 1, text), edits);
  const published = client.nextDiagnostics(uri, (p) => p.version === 2);
  await client.change(uri, [{ text: next }]);
  return { text: next, diagnostics: (await published).diagnostics };
}
