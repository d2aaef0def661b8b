// The features of server.ts that other modules provide, checked only for
// their wiring over the protocol: quick fixes and fix-all, Format Document,
// inlay hints, and the client's custom requests (preview, export, new report).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CodeAction,
  CodeActionKind,
  CodeActionRequest,
  Diagnostic,
  DocumentFormattingRequest,
  InlayHintRequest,
} from 'vscode-languageserver-protocol/node';
import { newReportRequest, renderExportRequest, renderPreviewRequest } from '../../server/src/shared/protocol';
import { LspClient, useLspClient, xxgkRequest } from './lspClient';
import { exampleText, uriOf } from './texts';

describe('wiring of code actions, formatting, inlay hints and custom requests', () => {
  let client: LspClient;
  let diagnostics: Diagnostic[];
  const uri = uriOf('wiring.xxgk.yaml');
  const text = exampleText();
  const whole = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };

  useLspClient(async (c) => {
    client = c;
    diagnostics = (await client.open(uri, text)).diagnostics;
  });

  test('capabilities announce quick fixes, fix-all, formatting and inlay hints', () => {
    const caps = client.initializeResult.capabilities;
    const kinds = typeof caps.codeActionProvider === 'object' ? caps.codeActionProvider.codeActionKinds : [];
    assert.deepEqual(kinds, [CodeActionKind.QuickFix, 'source.fixAll.xxgk']);
    assert.ok(caps.documentFormattingProvider);
    assert.ok(caps.inlayHintProvider);
  });

  test('a blank cell gets a quick fix; fix-all is offered when asked for and there is a fix it may apply', async () => {
    const blank = diagnostics[0]!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: blank.range,
      context: { diagnostics: [blank] },
    })) as CodeAction[];
    assert.ok(actions.some((a) => a.kind === CodeActionKind.QuickFix && a.edit));
    const fixAll = (target: string): Promise<CodeAction[]> =>
      client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: target },
        range: whole,
        context: { diagnostics: [], only: ['source.fixAll.xxgk'] },
      }) as Promise<CodeAction[]>;
    // A 0 in a blank cell is for a person to write, so the example's blanks alone give no fix-all.
    assert.deepEqual(await fixAll(uri), []);
    const wrongTotal = text.replace(
      /(行政复议: \{[^}]*总计: )(\d+)\}/,
      (_, row: string, total: string) => `${row}${Number(total) + 1}}`,
    );
    assert.notEqual(wrongTotal, text);
    const other = uriOf('wiring-fix-all.xxgk.yaml');
    await client.open(other, wrongTotal);
    assert.ok((await fixAll(other)).some((a) => a.kind === 'source.fixAll.xxgk'));
  });

  test('formatting and inlay hints are wired: a file out of order gets edits, a row without 总计 gets its hint', async () => {
    // Keys out of official order (年度 before 机关) and 行政复议 without 总计.
    const shuffled = text
      .replace(/^(机关: .*)\n(年度: .*)\n/m, '$2\n$1\n')
      .replace(/(行政复议: \{[^}]*), 总计: \d+\}/, '$1}');
    assert.notEqual(shuffled, text);
    const other = uriOf('wiring-format.xxgk.yaml');
    await client.open(other, shuffled);
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri: other },
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.ok(edits && edits.length > 0, 'formatting edits');
    const hints = await client.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri: other },
      range: whole,
    });
    assert.ok(
      hints?.some((h) =>
        String(typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')).includes('总计'),
      ),
      'a 总计 hint',
    );
  });

  test('unknown documents get empty answers here too', async () => {
    const other = uriOf('wiring-unknown.xxgk.yaml');
    assert.deepEqual(
      await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: other },
        range: whole,
        context: { diagnostics: [] },
      }),
      [],
    );
    assert.deepEqual(
      await client.connection.sendRequest(DocumentFormattingRequest.type, {
        textDocument: { uri: other },
        options: { tabSize: 2, insertSpaces: true },
      }),
      [],
    );
    assert.deepEqual(
      await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: other }, range: whole }),
      [],
    );
    assert.equal(await xxgkRequest(client, renderPreviewRequest, { uri: other }), null);
  });

  test('the custom requests: preview of the open version, HTML export, a new report', async () => {
    const preview = await xxgkRequest(client, renderPreviewRequest, { uri });
    assert.ok(preview);
    assert.equal(preview.version, 1);
    assert.match(preview.body, /不予公开/);
    const exported = await xxgkRequest(client, renderExportRequest, { uri });
    assert.match(exported?.html ?? '', /<html/i);
    const report = await xxgkRequest(client, newReportRequest, { agency: '某某市某某局', year: 2024 });
    assert.match(report, /机关: 某某市某某局/);
    assert.match(report, /年度: 2024/);
  });
});
