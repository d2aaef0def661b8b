// Who gets workspace diagnostics, and how much: a client that does not pull
// gets publishDiagnostics for its open reports only; a long first answer can
// be cancelled while it checks; workspace folders added and removed are
// followed.
import assert from 'node:assert/strict';
import { mkdir, realpath, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import {
  CancellationTokenSource,
  DidChangeWorkspaceFoldersNotification,
  LSPErrorCodes,
  ResponseError,
  WorkspaceDiagnosticRequest,
  WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { useTempDir } from '../unit/helpers/tempDir';
import { LspClient, useLspClient } from './lspClient';
import { exampleText } from './texts';
import { pullWorkspace } from './workspacePull';

describe('a client that does not pull', () => {
  let client: LspClient;
  let dir = '';
  useTempDir('xxgk-lsp-push-', async (d) => {
    dir = await realpath(d);
    await writeFile(join(dir, 'closed.xxgk.yaml'), exampleText());
  });
  useLspClient(
    (c) => (client = c),
    {},
    () => ({ root: dir, watch: true }),
  );

  test('gets no pull provider, the open report pushed, and nothing for closed ones', async () => {
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
    const published = await client.open(pathToFileURL(join(dir, 'open.xxgk.yaml')).href, exampleText());
    assert.equal(published.diagnostics.length, 7);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(
      client.published.map((p) => p.uri),
      [pathToFileURL(join(dir, 'open.xxgk.yaml')).href],
    );
  });
});

describe('a long workspace answer', () => {
  let client: LspClient;
  let dir = '';
  const COUNT = 60;
  useTempDir('xxgk-lsp-long-', async (d) => {
    dir = await realpath(d);
    for (let i = 0; i < COUNT; i++) await writeFile(join(dir, `r${i}.xxgk.yaml`), exampleText());
  });
  useLspClient(
    (c) => (client = c),
    {},
    () => ({ root: dir, pull: true }),
  );

  test('is cancellable while it checks; the next request still answers every report', async () => {
    const source = new CancellationTokenSource();
    const first = client.connection.sendRequest(
      WorkspaceDiagnosticRequest.type,
      { previousResultIds: [] },
      source.token,
    );
    source.cancel();
    await assert.rejects(
      first,
      (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled,
    );
    const answer = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    assert.equal(answer.items.length, COUNT);
    for (const item of answer.items) assert.equal(item.kind === 'full' && item.items.length, 7);
  });
});

describe('workspace folders added and removed', () => {
  let client: LspClient;
  let first = '';
  let second = '';
  useTempDir('xxgk-lsp-folders-', async (d) => {
    const dir = await realpath(d);
    first = join(dir, 'first');
    second = join(dir, 'second');
    await mkdir(first);
    await mkdir(second);
    await writeFile(join(first, 'a.xxgk.yaml'), exampleText());
    await writeFile(join(second, 'b.xxgk.yaml'), exampleText());
  });
  useLspClient(
    (c) => (client = c),
    {},
    () => ({ root: first, pull: true, folders: true }),
  );
  const folder = (path: string) => ({ uri: pathToFileURL(path).href, name: path });
  const pull = async (held: Map<string, string>): Promise<Map<string, WorkspaceDocumentDiagnosticReport>> =>
    new Map((await pullWorkspace(client, held)).map((i) => [decodeURIComponent(i.uri).split('/').pop()!, i]));

  test("an added folder's reports are listed; a removed folder's are cleared", async () => {
    const held = new Map<string, string>();
    assert.deepEqual([...(await pull(held)).keys()], ['a.xxgk.yaml']);
    await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
      event: { added: [folder(second)], removed: [folder(first)] },
    });
    const items = await pull(held);
    const b = items.get('b.xxgk.yaml');
    assert.ok(b?.kind === 'full' && b.items.length === 7, JSON.stringify(b));
    const a = items.get('a.xxgk.yaml');
    assert.ok(a?.kind === 'full' && a.items.length === 0, JSON.stringify(a));
  });
});
