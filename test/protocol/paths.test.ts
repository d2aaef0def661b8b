// Paths as the editor spells them, over the protocol: a workspace in a folder
// whose name has spaces, brackets, `&`, `#`, `%` and Chinese, with the URIs
// VS Code sends (vscode-uri's spelling: `(` as %28, `&` as %26). Last year's
// report is found on disk by the URI's path, its cell is pointed at by the
// very URI the editor has for it, and the workspace summary reads files by URI.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { URI } from 'vscode-uri';
import { lastYearReport, thisYearReport } from '../unit/helpers/pairs';
import { CARRIED_OUT, setCell } from '../unit/helpers/reports';
import { useTempDir } from '../unit/helpers/tempDir';
import { WorkspaceDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import { workspaceSummaryRequest } from '../../server/src/shared/protocol';
import { LspClient, useLspClient, xxgkRequest } from './lspClient';

describe('paths with spaces, brackets, # and Chinese, in the URIs the editor sends', () => {
  let client: LspClient;
  let lastUri = '';
  let nowUri = '';

  useTempDir('xxgk-lsp-paths-', async (d) => {
    const folder = join(realpathSync(d), '报告 (1) & [副本] #2 100%');
    await mkdir(folder);
    const lastPath = join(folder, '去年的 报告.xxgk.yaml');
    await writeFile(lastPath, setCell(lastYearReport(), CARRIED_OUT, '商业企业', '4'));
    lastUri = URI.file(lastPath).toString();
    nowUri = URI.file(join(folder, '今年.xxgk.yaml')).toString();
  });
  useLspClient((c) => (client = c));

  before(() => assert.match(lastUri, /%281%29%20%26%20%5B/));

  test("last year's report on disk is found, and its cell related by the editor's own URI for it", async () => {
    const published = await client.open(nowUri, thisYearReport());
    const carryover = published.diagnostics.find((d) => d.code === 'carryover');
    assert.ok(carryover, JSON.stringify(published.diagnostics));
    assert.equal(carryover.relatedInformation?.[0]?.location.uri, lastUri);
  });

  test('the workspace summary reads a closed file by its URI', async () => {
    const result = await xxgkRequest(client, workspaceSummaryRequest, {
      files: [{ uri: lastUri, label: '去年的 报告.xxgk.yaml' }],
    });
    assert.ok(result);
    assert.equal(result.grid.rows.length, 1);
    const row = result.grid.rows[0]!;
    assert.ok(row.includes('去年的 报告.xxgk.yaml'), JSON.stringify(row));
    assert.equal(row[result.grid.header.indexOf('机关')], '某市某区某局');
    assert.ok(row.some((cell) => typeof cell === 'number'));
  });
});

describe('workspace diagnostics in such a folder', () => {
  let client: LspClient;
  let folder = '';

  useTempDir('xxgk-lsp-paths-ws-', async (d) => {
    folder = join(realpathSync(d), '年报 (1) & [副本] #2');
    await mkdir(folder);
    await writeFile(join(folder, '去年的 报告.xxgk.yaml'), setCell(lastYearReport(), CARRIED_OUT, '商业企业', '4'));
    await writeFile(join(folder, '今年.xxgk.yaml'), thisYearReport());
  });
  useLspClient(
    (c) => (client = c),
    {},
    () => ({ root: folder, pull: true }),
  );

  test('each closed report is reported under the URI the editor has for it, paired with last year’s', async () => {
    const answer = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const uris = answer.items.map((i) => i.uri).sort();
    assert.deepEqual(
      uris,
      ['今年.xxgk.yaml', '去年的 报告.xxgk.yaml'].map((n) => URI.file(join(folder, n)).toString()).sort(),
    );
    const now = answer.items.find((i) => i.uri === URI.file(join(folder, '今年.xxgk.yaml')).toString());
    assert.ok(now?.kind === 'full');
    assert.deepEqual(
      now.items.map((d) => d.code),
      ['carryover'],
    );
  });
});
