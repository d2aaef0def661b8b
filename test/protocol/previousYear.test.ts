// Last year's report in the language server: found by content on disk (the
// report's own folder) or among the open documents; the carryover squiggle
// with last year's cell as related information; its quick fixes (not fix-all);
// editing, closing or changing last year's report on disk re-checks this
// year's; hovers with the year-over-year change.
import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeAction,
  CodeActionRequest,
  Diagnostic,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { lastYearReport, thisYearReport } from '../unit/helpers/pairs';
import { CARRIED_OUT, lineOfKey, setCell } from '../unit/helpers/reports';
import { newReportFromRequest, renderPreviewRequest, workspaceSummaryRequest } from '../../server/src/shared/protocol';
import { LspClient, useLspClient, xxgkRequest } from './lspClient';
import { positionOf } from './texts';
import { useTempDir } from '../unit/helpers/tempDir';

const carryovers = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.code === 'carryover');

describe("last year's report in the language server", () => {
  let client: LspClient;
  let dir = '';
  let lastPath = '';
  let lastUri = '';
  let nowUri = '';
  const NOW = thisYearReport();

  useTempDir('xxgk-lsp-previous-', (d) => (dir = realpathSync(d)));
  before(async () => {
    lastPath = join(dir, '去年.xxgk.yaml');
    lastUri = pathToFileURL(lastPath).href;
    nowUri = pathToFileURL(join(dir, '今年.xxgk.yaml')).href;
    await writeFile(lastPath, setCell(lastYearReport(), CARRIED_OUT, '商业企业', '4'));
  });
  useLspClient((c) => (client = c));

  test("this year's report, last year's closed on disk: one carryover on its cell, related to last year's cell", async () => {
    const published = await client.open(nowUri, NOW);
    const found = carryovers(published.diagnostics);
    assert.equal(found.length, 1, JSON.stringify(published.diagnostics));
    const d = found[0]!;
    assert.equal(d.severity, 2);
    assert.deepEqual(d.range.start, positionOf(NOW, '商业企业', 0, 1));
    assert.match(d.message, /上年结转 0，但上年报告（去年\.xxgk\.yaml）的结转下年度继续办理为 4/);
    assert.equal(d.relatedInformation?.[0]?.location.uri, lastUri);
    assert.equal(d.relatedInformation?.[0]?.location.range.start.line, lineOfKey(lastYearReport(), CARRIED_OUT));
  });

  test("hover on a cell: last year's value and the change; on 上年结转: last year's carry-over", async () => {
    const hover = await client.hover(nowUri, positionOf(NOW, '54'));
    assert.match((hover!.contents as MarkupContent).value, /上年 54 → 本年 54，无变化（上年报告：去年\.xxgk\.yaml）/);
    const carried = await client.hover(nowUri, positionOf(NOW, '商业企业', 0, 1));
    assert.match((carried!.contents as MarkupContent).value, /结转下年度继续办理 · 商业企业：4　✗ 不符/);
  });

  test("the quick fixes take last year's value; fix-all leaves carryover alone", async () => {
    const d = carryovers(client.published.filter((p) => p.uri === nowUri).at(-1)!.diagnostics)[0]!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: nowUri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    const take = actions.find((a) => a.title.includes('改为上年报告的结转下年度继续办理 4'));
    assert.ok(take, JSON.stringify(actions.map((a) => a.title)));
    const fixAll = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: nowUri },
      range: d.range,
      context: { diagnostics: [d], only: ['source.fixAll'] },
    })) as CodeAction[];
    const all = fixAll.flatMap((a) => a.edit?.changes?.[nowUri] ?? []);
    assert.ok(!all.some((e) => e.newText === '4'), JSON.stringify(all));
    const doc = TextDocument.create(nowUri, 'xxgk', 1, NOW);
    const fixed = TextDocument.applyEdits(doc, take.edit!.changes![nowUri]!);
    const next = client.nextDiagnostics(nowUri, (p) => p.version === 2);
    await client.change(nowUri, [{ text: fixed }]);
    assert.deepEqual(carryovers((await next).diagnostics), []);
    const back = client.nextDiagnostics(nowUri, (p) => p.version === 3);
    await client.change(nowUri, [{ text: NOW }]);
    assert.equal(carryovers((await back).diagnostics).length, 1);
  });

  test("the preview shows last year's figures only with xxgk.preview.showPreviousYear", async () => {
    const before = await xxgkRequest(client, renderPreviewRequest, { uri: nowUri });
    assert.doesNotMatch(before!.body, /previous-year/);
    const republished = client.nextDiagnostics(nowUri);
    await client.changeSettings({ preview: { showPreviousYear: true, previousYearChangeShare: 0.5 } });
    await republished;
    const after = await xxgkRequest(client, renderPreviewRequest, { uri: nowUri });
    assert.match(after!.body, /<span class="previous-year">上年 54<\/span>/);
    const off = client.nextDiagnostics(nowUri);
    await client.changeSettings({});
    await off;
  });

  test("the workspace summary checks a closed report beside last year's, as the Problems panel and the CLI do", async () => {
    const closed = join(dir, '今年-未打开.xxgk.yaml');
    await writeFile(closed, NOW);
    try {
      const summary = await xxgkRequest(client, workspaceSummaryRequest, {
        files: [{ uri: pathToFileURL(closed).href, label: '今年-未打开.xxgk.yaml' }],
      });
      const warnings = summary!.grid.header.indexOf('警告');
      assert.equal(summary!.grid.rows[0]![warnings], 1, JSON.stringify(summary!.grid.rows[0]));
    } finally {
      await rm(closed);
    }
  });

  test("the preview's own view, sent with the request, wins over the server's settings (no wait for them)", async () => {
    const shown = await xxgkRequest(client, renderPreviewRequest, {
      uri: nowUri,
      view: { showPreviousYear: true, previousYearChangeShare: 0.5 },
    });
    assert.match(shown!.body, /<span class="previous-year">上年 54<\/span>/);
    const hidden = await xxgkRequest(client, renderPreviewRequest, { uri: nowUri, view: { showPreviousYear: false } });
    assert.doesNotMatch(hidden!.body, /previous-year/);
    const refused = await xxgkRequest(client, renderPreviewRequest, {
      uri: nowUri,
      view: { showPreviousYear: true, previousYearChangeShare: 'viel' },
    });
    assert.match(refused!.body, /<span class="previous-year">上年 54<\/span>/);
  });

  test("xxgk/newReportFrom makes next year's report from last year's file, or says why not", async () => {
    const made = await xxgkRequest(client, newReportFromRequest, { path: lastPath });
    assert.ok(!('error' in made), JSON.stringify(made));
    assert.equal(made.year, 2024);
    assert.match(made.text, /商业企业: 4/);
    const missing = await xxgkRequest(client, newReportFromRequest, { path: join(dir, 'nope.xxgk.yaml') });
    assert.ok('error' in missing && missing.error.includes('找不到文件'));
  });

  test("editing last year's report (open, unsaved) re-checks this year's; closing it goes back to the disk", async () => {
    const recheck = client.nextDiagnostics(nowUri, (p) => carryovers(p.diagnostics).length === 2);
    const edited = setCell(setCell(lastYearReport(), CARRIED_OUT, '商业企业', '4'), CARRIED_OUT, '其他', '2');
    await client.open(lastUri, edited);
    await recheck;
    const back = client.nextDiagnostics(nowUri, (p) => carryovers(p.diagnostics).length === 1);
    await client.close(lastUri);
    await back;
  });

  test("last year's report changed on disk (workspace/didChangeWatchedFiles) re-checks this year's", async () => {
    await writeFile(lastPath, lastYearReport());
    const clean = client.nextDiagnostics(nowUri, (p) => carryovers(p.diagnostics).length === 0);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: lastUri, type: FileChangeType.Changed }],
    });
    await clean;
    const gone = client.nextDiagnostics(nowUri, () => true);
    await rm(lastPath);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: lastUri, type: FileChangeType.Deleted }],
    });
    assert.deepEqual(carryovers((await gone).diagnostics), []);
    const hover = await client.hover(nowUri, positionOf(NOW, '自然人', 0, 1));
    assert.match((hover!.contents as MarkupContent).value, /没有找到上一年度的报告.*上年报告: 上年报告的相对路径/s);
  });

  test('an open document of last year (not on disk) is a candidate too; two are ambiguous', async () => {
    const a = pathToFileURL(join(dir, 'a.xxgk.yaml')).href;
    const b = pathToFileURL(join(dir, 'b.xxgk.yaml')).href;
    const paired = client.nextDiagnostics(nowUri, (p) => carryovers(p.diagnostics).length === 1);
    await client.open(a, setCell(lastYearReport(), CARRIED_OUT, '自然人', '3'));
    await paired;
    const ambiguous = client.nextDiagnostics(nowUri, (p) => p.diagnostics.some((d) => d.code === 'previous-ambiguous'));
    await client.open(b, lastYearReport());
    const d = (await ambiguous).diagnostics;
    assert.deepEqual(carryovers(d), []);
    assert.match(
      d.find((x) => x.code === 'previous-ambiguous')!.message,
      /a\.xxgk\.yaml、b\.xxgk\.yaml|b\.xxgk\.yaml、a\.xxgk\.yaml/,
    );
    await client.close(a);
    await client.close(b);
  });
});
