// Pull diagnostics over the protocol (LSP 3.17): a client that declares
// textDocument.diagnostic gets every report of its workspace folder from
// workspace/diagnostic, the first answer complete and clean reports with an
// empty list, and never a publishDiagnostics; later answers mark unchanged
// reports `unchanged` with their result id, and follow open documents,
// changes on disk (didChangeWatchedFiles: change, delete, a rename that makes
// a report), last year's report, the severities and xxgk.diagnostics.workspace.
// (Push clients, cancellation and workspace folders: workspaceDiagnostics.scope.test.ts.)
import assert from 'node:assert/strict';
import { mkdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import {
  CancellationTokenSource,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReport,
  DocumentDiagnosticRequest,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { lastYearReport, thisYearReport } from '../unit/helpers/pairs';
import { CARRIED_OUT, setCell, validReport } from '../unit/helpers/reports';
import { useTempDir } from '../unit/helpers/tempDir';
import { LspClient, useLspClient } from './lspClient';
import { exampleText } from './texts';
import { pullWorkspace } from './workspacePull';

type Item = WorkspaceDocumentDiagnosticReport;

/** The workspace of these tests: reports in a folder tree, a plain YAML file, and a report under node_modules. */
async function makeWorkspace(dir: string): Promise<void> {
  await mkdir(join(dir, 'sub'));
  await mkdir(join(dir, 'node_modules'));
  await writeFile(join(dir, 'clean.xxgk.yaml'), validReport({ agency: '另一个局' }));
  await writeFile(join(dir, 'example.xxgk.yaml'), exampleText());
  await writeFile(join(dir, 'sub', 'broken.xxgk.yaml'), '年度: [2024\n');
  await writeFile(join(dir, 'notes.yaml'), exampleText());
  await writeFile(join(dir, 'node_modules', 'skipped.xxgk.yaml'), exampleText());
  // Last year's report says 4 are carried over; this year's carries 0 in: a carryover finding.
  await writeFile(join(dir, '2023.xxgk.yaml'), setCell(lastYearReport(), CARRIED_OUT, '商业企业', '4'));
  await writeFile(join(dir, 'sub', '2024.xxgk.yaml'), thisYearReport());
}

describe('workspace diagnostics (pull)', () => {
  let client: LspClient;
  let dir = '';
  const uri = (name: string): string => pathToFileURL(join(dir, name)).href;
  /** The result ids the client holds, as VS Code sends them back. */
  const held = new Map<string, string>();

  const pull = (token?: CancellationTokenSource): Promise<Item[]> => pullWorkspace(client, held, token);

  const byName = (items: Item[]): Map<string, Item> =>
    new Map(items.map((i) => [decodeURIComponent(i.uri.slice(pathToFileURL(dir).href.length + 1)), i]));
  const codes = (item: Item | undefined): string[] =>
    item?.kind === 'full' ? item.items.map((d) => String(d.code)) : [`(${String(item?.kind)})`];
  const notify = (changes: { name: string; type: FileChangeType }[]): Promise<void> =>
    client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: changes.map((c) => ({ uri: uri(c.name), type: c.type })),
    });
  const documentPull = (u: string, previousResultId?: string): Promise<DocumentDiagnosticReport> =>
    client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: u }, previousResultId });

  useTempDir('xxgk-lsp-workspace-', async (d) => {
    dir = await realpath(d);
    await makeWorkspace(dir);
  });
  useLspClient(
    (c) => (client = c),
    {},
    () => ({ root: dir, pull: true, watch: true }),
  );

  test('the server offers pull diagnostics for the workspace and watches report files', () => {
    const provider = client.initializeResult.capabilities.diagnosticProvider;
    assert.ok(provider && 'workspaceDiagnostics' in provider);
    assert.equal(provider.workspaceDiagnostics, true);
    assert.equal(provider.interFileDependencies, true);
  });

  test('the first answer lists every report, clean ones with an empty list; none under node_modules', async () => {
    const items = byName(await pull());
    assert.deepEqual([...items.keys()].sort(), [
      '2023.xxgk.yaml',
      'clean.xxgk.yaml',
      'example.xxgk.yaml',
      'sub/2024.xxgk.yaml',
      'sub/broken.xxgk.yaml',
    ]);
    for (const item of items.values()) {
      assert.equal(item.kind, 'full');
      assert.equal(item.version, null);
      assert.ok(item.resultId);
    }
    assert.deepEqual(codes(items.get('clean.xxgk.yaml')), []);
    assert.deepEqual(codes(items.get('example.xxgk.yaml')), Array(7).fill('blank-cell'));
    assert.ok(codes(items.get('sub/broken.xxgk.yaml')).includes('yaml-syntax'));
    // This year's closed report is paired with last year's closed report.
    assert.deepEqual(codes(items.get('sub/2024.xxgk.yaml')), ['carryover']);
    assert.ok(client.registrations.includes('workspace/didChangeWatchedFiles'));
  });

  test('a pull that would bring nothing new is held until cancelled', async () => {
    const source = new CancellationTokenSource();
    let settled = false;
    const pending = pull(source).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(settled, false);
    source.cancel();
    await assert.rejects(
      pending,
      (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled,
    );
  });

  test('an open report follows its editor text; the others stay unchanged with their result ids', async () => {
    const before = new Map(held);
    const text = exampleText().replace(/科研机构: ,/g, '科研机构: 0,');
    await client.openOnly(uri('example.xxgk.yaml'), text);
    const report = await documentPull(uri('example.xxgk.yaml'));
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.kind === 'full' && report.items, []);
    assert.equal((await documentPull(uri('example.xxgk.yaml'), report.resultId)).kind, 'unchanged');
    const items = byName(await pull());
    const example = items.get('example.xxgk.yaml');
    assert.equal(example?.kind, 'full');
    assert.equal(example?.version, 1);
    assert.deepEqual(codes(example), []);
    for (const [name, item] of items) {
      if (name === 'example.xxgk.yaml') continue;
      assert.equal(item.kind, 'unchanged', name);
      assert.equal(item.resultId, before.get(item.uri), name);
    }
  });

  test('closing it brings back the diagnostics of the file on disk', async () => {
    await client.close(uri('example.xxgk.yaml'));
    const items = byName(await pull());
    assert.deepEqual(codes(items.get('example.xxgk.yaml')), Array(7).fill('blank-cell'));
    assert.equal(items.get('example.xxgk.yaml')?.version, null);
  });

  test('a change on disk: that report anew, the others unchanged, and a refresh asked for', async () => {
    const refreshes = client.refreshes;
    await writeFile(join(dir, 'sub', 'broken.xxgk.yaml'), validReport({ agency: '第三个局' }));
    await notify([{ name: 'sub/broken.xxgk.yaml', type: FileChangeType.Changed }]);
    const items = byName(await pull());
    assert.deepEqual(codes(items.get('sub/broken.xxgk.yaml')), []);
    assert.deepEqual(
      [...items]
        .filter(([, i]) => i.kind === 'unchanged')
        .map(([n]) => n)
        .sort(),
      ['2023.xxgk.yaml', 'clean.xxgk.yaml', 'example.xxgk.yaml', 'sub/2024.xxgk.yaml'],
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(client.refreshes > refreshes);
  });

  test("last year's report changed on disk: this year's closed report is checked again", async () => {
    await writeFile(join(dir, '2023.xxgk.yaml'), lastYearReport());
    await notify([{ name: '2023.xxgk.yaml', type: FileChangeType.Changed }]);
    const items = byName(await pull());
    assert.deepEqual(codes(items.get('sub/2024.xxgk.yaml')), []);
  });

  test("last year's report edited in the editor: this year's closed report follows its unsaved text", async () => {
    await client.openOnly(uri('2023.xxgk.yaml'), setCell(lastYearReport(), CARRIED_OUT, '商业企业', '6'));
    let items = byName(await pull());
    assert.deepEqual(codes(items.get('sub/2024.xxgk.yaml')), ['carryover']);
    assert.match((items.get('sub/2024.xxgk.yaml') as { items: { message: string }[] }).items[0]!.message, /为 6/);
    await client.close(uri('2023.xxgk.yaml'));
    items = byName(await pull());
    assert.deepEqual(codes(items.get('sub/2024.xxgk.yaml')), []);
  });

  test('a deleted report is cleared once, then no longer listed; a .yaml renamed to .xxgk.yaml becomes a report', async () => {
    await rm(join(dir, 'example.xxgk.yaml'));
    await notify([{ name: 'example.xxgk.yaml', type: FileChangeType.Deleted }]);
    let items = byName(await pull());
    const cleared = items.get('example.xxgk.yaml');
    assert.equal(cleared?.kind, 'full');
    assert.deepEqual(codes(cleared), []);
    await rename(join(dir, 'notes.yaml'), join(dir, 'notes.xxgk.yaml'));
    await notify([{ name: 'notes.xxgk.yaml', type: FileChangeType.Created }]);
    items = byName(await pull());
    assert.equal(items.has('example.xxgk.yaml'), false);
    assert.deepEqual(codes(items.get('notes.xxgk.yaml')), Array(7).fill('blank-cell'));
  });

  test('the severities apply to the closed reports', async () => {
    await client.changeSettings({ severity: { 'blank-cell': 'error' } });
    const items = byName(await pull());
    const notes = items.get('notes.xxgk.yaml');
    assert.ok(notes?.kind === 'full' && notes.items.length === 7 && notes.items.every((d) => d.severity === 1));
  });

  test('xxgk.diagnostics.workspace off: closed reports are cleared and not listed; open ones are still checked', async () => {
    await client.changeSettings({ diagnostics: { workspace: false } });
    const items = byName(await pull());
    assert.deepEqual([...items.keys()], ['notes.xxgk.yaml']);
    assert.deepEqual(codes(items.get('notes.xxgk.yaml')), []);
    await client.openOnly(uri('clean.xxgk.yaml'), exampleText());
    const open = await documentPull(uri('clean.xxgk.yaml'));
    assert.equal(open.kind === 'full' && open.items.length, 7);
    const closed = await documentPull(uri('sub/2024.xxgk.yaml'));
    assert.deepEqual(closed.kind === 'full' && closed.items, []);
    // Closed again: its editor's list is replaced by an empty one.
    await client.close(uri('clean.xxgk.yaml'));
    const cleared = byName(await pull());
    assert.deepEqual([...cleared.keys()], ['clean.xxgk.yaml']);
    assert.deepEqual(codes(cleared.get('clean.xxgk.yaml')), []);
  });

  test('turned on again: every report is listed again; never a publishDiagnostics', async () => {
    await client.changeSettings({ diagnostics: { workspace: true } });
    const items = byName(await pull());
    assert.deepEqual([...items.keys()].sort(), [
      '2023.xxgk.yaml',
      'clean.xxgk.yaml',
      'notes.xxgk.yaml',
      'sub/2024.xxgk.yaml',
      'sub/broken.xxgk.yaml',
    ]);
    assert.deepEqual(client.published, []);
  });
});
