// Format Document over the protocol, against the built server: the edit
// gives the canonical layout, a second request has nothing to do, values and
// diagnostics are unchanged, and a file with syntax errors is not touched.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseDocument } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DocumentFormattingRequest, TextEdit } from 'vscode-languageserver-protocol/node';
import { MESSY, MESSY_FORMATTED } from '../unit/helpers/messyReport';
import { LspClient, useLspClient } from './lspClient';
import { ROOT } from './serverBuild';
import { exampleText, uriOf } from './texts';

describe('formatting', () => {
  let client: LspClient;
  let count = 0;

  useLspClient((c) => (client = c));

  const format = (uri: string): Promise<TextEdit[] | null> =>
    client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options: { tabSize: 4, insertSpaces: true },
    });

  const describeDiagnostics = (list: Diagnostic[]): string[] => list.map((d) => `${d.code} ${d.message}`).sort();

  /** Opens `text`, formats it, sends the result; returns the new text and both sets of diagnostics. */
  async function formatted(
    text: string,
  ): Promise<{ text: string; before: Diagnostic[]; after: Diagnostic[]; again: TextEdit[] | null }> {
    const uri = uriOf(`format-${count++}.xxgk.yaml`);
    const before = (await client.open(uri, text)).diagnostics;
    const edits = (await format(uri)) ?? [];
    const next = TextDocument.applyEdits(TextDocument.create(uri, 'xxgk', 1, text), edits);
    if (next === text) return { text, before, after: before, again: edits };
    const published = client.nextDiagnostics(uri, (p) => p.version === 2);
    await client.change(uri, [{ text: next }]);
    const after = (await published).diagnostics;
    return { text: next, before, after, again: await format(uri) };
  }

  test('the server offers document formatting', () => {
    assert.equal(client.initializeResult.capabilities.documentFormattingProvider, true);
  });

  test('a messy report gets the canonical layout; formatting again changes nothing; the findings stay', async () => {
    const result = await formatted(MESSY);
    assert.equal(result.text, MESSY_FORMATTED);
    assert.deepEqual(result.again, []);
    assert.deepEqual(describeDiagnostics(result.after), describeDiagnostics(result.before));
  });

  test('the Xicheng example is already formatted', async () => {
    const uri = uriOf(`format-${count++}.xxgk.yaml`);
    await client.open(uri, exampleText());
    assert.deepEqual(await format(uri), []);
  });

  test('the example with errors keeps every value and every finding', async () => {
    const text = readFileSync(join(ROOT, 'examples', '带错误的示例.xxgk.yaml'), 'utf8');
    const result = await formatted(text);
    assert.notEqual(result.text, text);
    assert.deepEqual(parseDocument(result.text).toJS(), parseDocument(text).toJS());
    assert.deepEqual(describeDiagnostics(result.after), describeDiagnostics(result.before));
    assert.deepEqual(result.again, []);
  });

  test('a file with syntax errors is not touched', async () => {
    const uri = uriOf(`format-${count++}.xxgk.yaml`);
    await client.open(uri, '年度: 2023\n机关: [未闭合\n');
    assert.deepEqual(await format(uri), []);
  });
});
