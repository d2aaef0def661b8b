// Soak: 50 generated hostile documents (test/unit/helpers/hostileReports.ts)
// through the CLI (lint, render to HTML and Word) and through the server
// (open, edit, format, preview, export). Nothing crashes or reports an
// internal error, the server answers at the end, and no process's peak
// memory reaches 1.5 GB.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DocumentFormattingRequest } from 'vscode-languageserver-protocol/node';
import { exportDocxRequest, renderExportRequest, renderPreviewRequest } from '../../server/src/shared/protocol';
import { hostileReports } from '../unit/helpers/hostileReports';
import { measuredRun, peakMbOf } from '../unit/helpers/measuredRun';
import { LspClient, xxgkRequest } from './lspClient';
import { ensureBuilt, ROOT } from './serverBuild';
import { exampleText, positionOf, uriOf } from './texts';

const COUNT = 50;
const PEAK_MB = 1536;
const reports = hostileReports(COUNT);
const INTERNAL_ERROR = /内部错误|这是 xxgk 的缺陷|RangeError|TypeError|FATAL/;

describe('soak: hostile documents', () => {
  let dir: string;

  before(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'xxgk-soak-'));
    for (const r of reports) writeFileSync(join(dir, r.name), r.text);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test(`through the CLI: lint all ${COUNT}, render every tenth to HTML and Word`, () => {
    const cli = join(ROOT, 'dist/cli.js');
    const lint = measuredRun(cli, ['lint', dir, '--format', 'json'], { cwd: dir });
    assert.ok(lint.status === 0 || lint.status === 1, `lint exit ${lint.status}: ${lint.stderr}`);
    assert.doesNotMatch(lint.stderr, INTERNAL_ERROR);
    assert.equal((JSON.parse(lint.stdout) as unknown[]).length, COUNT);
    assert.ok(lint.peakMb! < PEAK_MB, `lint peak ${lint.peakMb} MB`);
    for (const [i, r] of reports.entries()) {
      if (i % 10 !== 0) continue;
      const out = `${r.name}.${i % 20 === 0 ? 'html' : 'docx'}`;
      const render = measuredRun(cli, ['render', r.name, '-o', out], { cwd: dir });
      assert.equal(render.status, 0, `${r.name}: ${render.stderr}`);
      assert.doesNotMatch(render.stderr, INTERNAL_ERROR);
      assert.ok(existsSync(join(dir, out)));
      assert.ok(render.peakMb! < PEAK_MB, `${r.name}: peak ${render.peakMb} MB`);
    }
  });

  test(`through the server: open, edit, format, preview and export each of ${COUNT}; alive at the end`, async () => {
    const client = await LspClient.start();
    try {
      for (const [i, r] of reports.entries()) {
        const uri = uriOf(`soak/${r.name}`);
        await client.open(uri, r.text);
        const version = await client.change(uri, [
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# 改\n' },
        ]);
        await client.nextDiagnostics(uri, (p) => p.version === version, 30_000);
        await client.connection.sendRequest(DocumentFormattingRequest.type, {
          textDocument: { uri },
          options: { tabSize: 2, insertSpaces: true },
        });
        const preview = await xxgkRequest(client, renderPreviewRequest, { uri });
        assert.ok(preview && preview.body.length > 0, r.name);
        if (i % 2 === 0) assert.ok((await xxgkRequest(client, renderExportRequest, { uri }))?.html, r.name);
        else assert.ok((await xxgkRequest(client, exportDocxRequest, { uri }))?.base64, r.name);
        await client.close(uri);
      }
      const peak = peakMbOf(client.process.pid!);
      assert.ok(peak < PEAK_MB, `server peak ${peak} MB`);
      // Alive and answering.
      const uri = uriOf('soak/after.xxgk.yaml');
      await client.open(uri, exampleText());
      assert.ok(await client.hover(uri, positionOf(exampleText(), '行政许可: 54', 1)));
      assert.deepEqual(
        client.logs.filter((l) => INTERNAL_ERROR.test(l) || /出错/.test(l)),
        [],
      );
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
});
