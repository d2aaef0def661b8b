// Diagnostics over the protocol: the example's seven blank cells on open, a
// failing balance after an incremental edit (with its related cells), results
// published with the version they were computed on and never stale, and the
// edit-to-diagnostics time.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticSeverity, TextDocumentSyncKind } from 'vscode-languageserver-protocol/node';
import { LspClient, useLspClient } from './lspClient';
import { exampleText, positionOf, uriOf } from './texts';
import { positionAt } from '../unit/helpers/positions';

describe('diagnostics', () => {
  let client: LspClient;
  const text = exampleText();
  const carriedOut = '  结转下年度继续办理: {自然人: 0';

  useLspClient((c) => (client = c));

  test('the server announces incremental sync, completion, hover and outline', () => {
    const caps = client.initializeResult.capabilities;
    const sync = caps.textDocumentSync;
    assert.equal(typeof sync === 'object' ? sync.change : sync, TextDocumentSyncKind.Incremental);
    assert.ok(caps.completionProvider);
    assert.ok(caps.hoverProvider);
    assert.ok(caps.documentSymbolProvider);
    assert.equal(client.initializeResult.serverInfo?.name, 'xxgk-language-server');
  });

  test('opening the example publishes its 7 blank cells for version 1', async () => {
    const uri = uriOf('diag-open.xxgk.yaml');
    const published = await client.open(uri, text);
    assert.equal(published.version, 1);
    assert.equal(published.diagnostics.length, 7);
    for (const d of published.diagnostics) {
      assert.equal(d.code, 'blank-cell');
      assert.equal(d.source, 'xxgk');
      assert.equal(d.severity, DiagnosticSeverity.Warning);
      assert.match(d.message, /科研机构/);
      // The range is the 科研机构 key of the blank cell.
      const line = text.split('\n')[d.range.start.line]!;
      assert.equal(line.slice(d.range.start.character, d.range.end.character), '科研机构');
    }
    assert.deepEqual(
      published.diagnostics.map((d) => d.range.start.line),
      [45, 46, 47, 49, 50, 51, 52],
    );
  });

  test('an incremental edit that breaks the balance is reported for the new version, with its related cells', async () => {
    const uri = uriOf('diag-edit.xxgk.yaml');
    await client.open(uri, text);
    // 结转下年度继续办理 › 自然人: 0 → 5, and its 总计 too, so only the 勾稽关系 fails.
    const valueAt = positionOf(text, carriedOut, carriedOut.length - 1);
    const total = positionAt(text, text.indexOf('总计: 0', text.indexOf(carriedOut)) + '总计: '.length);
    const published = client.nextDiagnostics(uri, (p) => p.version === 2);
    const version = await client.change(uri, [
      { range: { start: total, end: { line: total.line, character: total.character + 1 } }, text: '5' },
      { range: { start: valueAt, end: { line: valueAt.line, character: valueAt.character + 1 } }, text: '5' },
    ]);
    assert.equal(version, 2);
    const diagnostics = (await published).diagnostics;
    // The 自然人 column and the 总计 column both fail; no row total does.
    const balance = diagnostics.filter((d) => d.code === 'balance');
    assert.deepEqual(
      balance.map((d) => d.message.slice(0, d.message.indexOf('列'))),
      ['自然人', '总计'],
    );
    assert.equal(diagnostics.filter((d) => d.code === 'row-total').length, 0);
    const d = balance[0];
    assert.equal(d!.severity, DiagnosticSeverity.Error);
    assert.deepEqual(d!.range, {
      start: { line: valueAt.line, character: 14 },
      end: { line: valueAt.line, character: 17 },
    });
    assert.match(d!.message, /结转下年度 5/);
    const related = d!.relatedInformation ?? [];
    assert.equal(related.length, 3);
    for (const r of related) assert.equal(r.location.uri, uri);
    const lines = text.split('\n');
    assert.match(lines[related[0]!.location.range.start.line]!, /本年新收政府信息公开申请数量/);
    assert.match(lines[related[1]!.location.range.start.line]!, /上年结转政府信息公开申请数量/);
    assert.match(lines[related[2]!.location.range.start.line]!, /^ {4}总计:/);
  });

  test('a burst of edits ends with the latest version, and versions never go backwards', async () => {
    const uri = uriOf('diag-burst.xxgk.yaml');
    await client.open(uri, text);
    const valueAt = positionOf(text, carriedOut, carriedOut.length - 1);
    const last = client.nextDiagnostics(uri, (p) => p.version === 11);
    for (let i = 1; i <= 10; i++) {
      // Each edit rewrites the same cell, 0 → 1 → … → 10, without waiting for diagnostics.
      const previous = String(i - 1).length;
      void client.change(uri, [
        {
          range: { start: valueAt, end: { line: valueAt.line, character: valueAt.character + previous } },
          text: String(i),
        },
      ]);
    }
    const final = await last;
    assert.equal(final.version, 11);
    assert.ok(final.diagnostics.some((d) => d.code === 'balance' && /结转下年度 10/.test(d.message)));
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
    );
    // Nothing older arrives afterwards.
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(client.published.filter((p) => p.uri === uri).at(-1)!.version, 11);
  });

  test('each of 40 one-digit edits in a row gets the findings of exactly its own version', async () => {
    // Speed is measured by `npm run bench` (bench/server.bench.ts), not asserted here.
    const uri = uriOf('diag-sequence.xxgk.yaml');
    await client.open(uri, text);
    const valueAt = positionOf(text, carriedOut, carriedOut.length - 1);
    for (let i = 0; i < 40; i++) {
      const version = i + 2;
      const next = client.nextDiagnostics(uri, (p) => p.version === version);
      await client.change(uri, [
        {
          range: { start: valueAt, end: { line: valueAt.line, character: valueAt.character + 1 } },
          text: String(i % 10),
        },
      ]);
      const published = await next;
      // The digit i % 10 is 结转下年度 of 自然人; 0 balances the example, any other digit does not.
      const unbalanced = published.diagnostics.some((d) => d.code === 'balance');
      assert.equal(unbalanced, i % 10 !== 0, `version ${version}`);
    }
  });

  test('closing a document clears its diagnostics', async () => {
    const uri = uriOf('diag-close.xxgk.yaml');
    await client.open(uri, text);
    const cleared = client.nextDiagnostics(uri);
    await client.close(uri);
    assert.deepEqual((await cleared).diagnostics, []);
  });
});
