// The editor's side of the Word export and the import: the server features
// (exportDocx.ts, importReport.ts) in process, and their wiring in server.ts
// over the protocol (xxgk/exportDocx, xxgk/import) with the BUILT server.
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';
import { renderDocx } from '../../server/src/core/export/docx';
import { exportDocx } from '../../server/src/exportDocx';
import { importReport } from '../../server/src/importReport';
import { exportDocxRequest, importReportRequest } from '../../server/src/shared/protocol';
import { LspClient, xxgkRequest } from '../protocol/lspClient';
import { buildServerUnderLock, ROOT, SERVER } from '../protocol/serverBuild';
import { exampleText, uriOf } from '../protocol/texts';
import { docxParts } from './exportHelpers';
import { useTempDir } from './helpers/tempDir';

const XICHENG = exampleText();

function newestSource(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs),
  );
}

/** dist/server.js as built from the sources now: rebuilt when older, under the protocol tests' build lock. */
function ensureFreshServer(): void {
  const stale = (): boolean => {
    try {
      return statSync(SERVER).mtimeMs < newestSource(join(ROOT, 'server/src'));
    } catch {
      return true;
    }
  };
  buildServerUnderLock(stale);
}

describe('server features: Word export and import', () => {
  let dir = '';
  useTempDir('xxgk-server-export-', (d) => (dir = d));

  test('exportDocx: the open text as the Word export, base64', async () => {
    const doc = TextDocument.create('file:///x.xxgk.yaml', 'xxgk-report', 1, XICHENG);
    const { base64 } = await exportDocx(doc);
    assert.equal(
      (await docxParts(Buffer.from(base64, 'base64'))).document,
      (await docxParts(await renderDocx(XICHENG))).document,
    );
  });

  test('import of a .docx: the YAML, the notes, nothing unmapped', async () => {
    const file = join(dir, '西城.docx');
    await writeFile(file, await renderDocx(XICHENG));
    const result = await importReport(file);
    assert.equal(result.error, undefined);
    assert.deepEqual(parse(result.yaml), parse(XICHENG));
    assert.deepEqual(result.unmapped, []);
    assert.ok(Array.isArray(result.notes));
    assert.match(result.yaml, /^# 由 xxgk import 导入自 西城\.docx/);
  });

  test('import of part of a report: imported, the missing parts in the notes', async () => {
    const file = join(dir, 'part.txt');
    await writeFile(file, '某局2024年政府信息公开工作年度报告\n一、总体情况\n本年度工作情况。\n');
    const result = await importReport(file);
    assert.equal(result.error, undefined);
    assert.match(result.yaml, /总体情况/);
    assert.match(result.notes.at(-1) ?? '', /^原文缺少：.*（已留空）。$/);
  });

  test('import errors are answers with a Chinese message, never exceptions', async () => {
    const notReport = join(dir, 'notes.txt');
    await writeFile(notReport, '这只是一段文字，不是年度报告。\n');
    const binary = join(dir, 'data.bin');
    await writeFile(binary, Buffer.from([1, 0, 2, 0, 3]));
    for (const [path, message] of [
      [join(dir, 'nope.docx'), /无法读取 nope\.docx：文件不存在/],
      [dir, /是文件夹，不是文件/],
      [notReport, /^notes\.txt：没有找到政府信息公开工作年度报告的内容/],
      [binary, /不是文字文件/],
    ] as const) {
      const result = await importReport(path);
      assert.match(result.error ?? '', message, path);
      assert.equal(result.yaml, '');
    }
  });
});

describe('wiring: xxgk/exportDocx and xxgk/import over the protocol', () => {
  let client: LspClient;
  let dir = '';
  const uri = uriOf('export-docx.xxgk.yaml');

  useTempDir('xxgk-server-wiring-', (d) => (dir = d));
  before(async () => {
    ensureFreshServer();
    client = await LspClient.start();
    await client.open(uri, XICHENG);
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  test('xxgk/exportDocx answers with the .docx of the open document; null for one it does not have', async () => {
    const result = await xxgkRequest(client, exportDocxRequest, { uri });
    assert.ok(result);
    assert.equal(
      (await docxParts(Buffer.from(result.base64, 'base64'))).document,
      (await docxParts(await renderDocx(XICHENG))).document,
    );
    assert.equal(await xxgkRequest(client, exportDocxRequest, { uri: uriOf('not-open.xxgk.yaml') }), null);
  });

  test('xxgk/import answers with the YAML, or with an error message', async () => {
    const file = join(dir, 'report.docx');
    await writeFile(file, await renderDocx(XICHENG));
    const result = await xxgkRequest(client, importReportRequest, { path: file });
    assert.deepEqual(parse(result.yaml), parse(XICHENG));
    const missing = await xxgkRequest(client, importReportRequest, { path: join(dir, 'missing.pdf') });
    assert.match(missing.error ?? '', /不存在/);
  });
});
