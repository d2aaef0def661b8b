// The workspace's reports for workspace diagnostics, in process: which files
// are reports of the workspace (found, created, deleted; never under
// node_modules or outside the folders), their diagnostics from disk with a
// result id that changes exactly when the diagnostics do, last year's report
// found among them, and the setting that turns it off.
import assert from 'node:assert/strict';
import { mkdir, realpath, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, test } from 'node:test';
import { FileChangeType, FileEvent } from 'vscode-languageserver';
import { PreviousReports } from '../../server/src/previousReports';
import { Settings } from '../../server/src/settings';
import { EMPTY_RESULT_ID, resultIdOf, WorkspaceReports } from '../../server/src/workspaceReports';
import { lastYearReport, thisYearReport } from './helpers/pairs';
import { CARRIED_OUT, setCell, validReport } from './helpers/reports';
import { useTempDir } from './helpers/tempDir';

describe('the workspace reports of workspace diagnostics', () => {
  let dir = '';
  let reports: WorkspaceReports;
  let previous: PreviousReports;
  const settings = new Settings();
  const logged: string[] = [];
  const path = (name: string): string => join(dir, name);
  const event = (name: string, type: FileChangeType) => ({ uri: pathToFileURL(path(name)).href, type });
  const codes = (name: string): string[] | undefined =>
    reports.diagnostics(path(name))?.items?.map((d) => String(d.code));

  useTempDir('xxgk-workspace-reports-', async (d) => {
    dir = await realpath(d);
    await mkdir(join(dir, 'node_modules'));
    await mkdir(join(dir, 'a'));
    await writeFile(path('a/clean.xxgk.yaml'), validReport({ agency: '另一个局' }));
    await writeFile(path('2023.xxgk.yml'), setCell(lastYearReport(), CARRIED_OUT, '商业企业', '4'));
    await writeFile(path('2024.xxgk.yaml'), thisYearReport());
    await writeFile(path('node_modules/dep.xxgk.yaml'), validReport());
  });
  before(async () => {
    previous = new PreviousReports(
      () => undefined,
      () => [],
      (uris) => reports.invalidate(uris),
    );
    reports = new WorkspaceReports(settings, previous, (m) => logged.push(m));
    await Promise.all([previous.indexFolders([dir]), reports.find([dir])]);
  });

  test('finds the reports of the folder, .yml too, none under node_modules', () => {
    assert.deepEqual(reports.paths(), [path('2023.xxgk.yml'), path('2024.xxgk.yaml'), path('a/clean.xxgk.yaml')]);
    assert.deepEqual(logged, []);
  });

  test("checks a closed report from disk beside last year's; a clean one has the empty result id", () => {
    assert.deepEqual(codes('2024.xxgk.yaml'), ['carryover']);
    assert.deepEqual(codes('a/clean.xxgk.yaml'), []);
    assert.equal(reports.diagnostics(path('a/clean.xxgk.yaml'))?.resultId, EMPTY_RESULT_ID);
  });

  test('the result id is a function of the diagnostics alone', () => {
    const first = reports.diagnostics(path('2024.xxgk.yaml'))!;
    reports.invalidate([pathToFileURL(path('2024.xxgk.yaml')).href]);
    const again = reports.diagnostics(path('2024.xxgk.yaml'))!;
    assert.notEqual(again, first);
    assert.equal(again.resultId, first.resultId);
    assert.equal(resultIdOf(first.items!), first.resultId);
    assert.notEqual(first.resultId, EMPTY_RESULT_ID);
  });

  test('released once the client has them, the diagnostics are left out for that id and checked again for any other', () => {
    const file = path('2024.xxgk.yaml');
    const { resultId, items } = reports.diagnostics(file)!;
    reports.release(file);
    assert.deepEqual(reports.diagnostics(file, resultId), { resultId });
    const again = reports.diagnostics(file, 'another id')!;
    assert.equal(again.resultId, resultId);
    assert.deepEqual(again.items, items);
  });

  test('created reports inside the folder are added; outside it, under node_modules or not reports, ignored', async () => {
    await writeFile(path('a/new.xxgk.yaml'), 'x: [');
    assert.equal(reports.filesChanged([event('a/new.xxgk.yaml', FileChangeType.Created)]), true);
    assert.ok(codes('a/new.xxgk.yaml')?.includes('yaml-syntax'));
    const ignored: FileEvent[] = [
      event('node_modules/other.xxgk.yaml', FileChangeType.Created),
      event('a/plain.yaml', FileChangeType.Created),
      { uri: pathToFileURL(join(dir, '..', 'elsewhere.xxgk.yaml')).href, type: FileChangeType.Created },
    ];
    assert.equal(reports.filesChanged(ignored), false);
    assert.equal(reports.paths().length, 4);
  });

  test("a pass checks last year's report just before this year's, whose check takes its parse unless the file changed since", async () => {
    const uriOf = (name: string): string => pathToFileURL(path(name)).href;
    const order = reports.passOrder();
    assert.deepEqual([...order].sort(), [...reports.paths()].sort());
    assert.equal(order.indexOf(path('2024.xxgk.yaml')), order.indexOf(path('2023.xxgk.yml')) + 1);
    reports.invalidate([uriOf('2023.xxgk.yml'), uriOf('2024.xxgk.yaml')]);
    for (const p of order) reports.diagnostics(p);
    assert.deepEqual(codes('2024.xxgk.yaml'), ['carryover']);
    // Last year's report checked, then changed on disk before this year's is checked (no event yet).
    const before = setCell(lastYearReport(), CARRIED_OUT, '商业企业', '4');
    reports.invalidate([uriOf('2023.xxgk.yml'), uriOf('2024.xxgk.yaml')]);
    reports.diagnostics(path('2023.xxgk.yml'));
    await writeFile(path('2023.xxgk.yml'), `${lastYearReport()}# 已改\n`);
    assert.deepEqual(codes('2024.xxgk.yaml'), []);
    await writeFile(path('2023.xxgk.yml'), before);
    reports.invalidate([uriOf('2023.xxgk.yml'), uriOf('2024.xxgk.yaml')]);
    assert.deepEqual(codes('2024.xxgk.yaml'), ['carryover']);
  });

  test("last year's report changing on disk re-checks this year's (through the previous-year index)", async () => {
    await writeFile(path('2023.xxgk.yml'), lastYearReport());
    reports.filesChanged([event('2023.xxgk.yml', FileChangeType.Changed)]);
    // Still as cached: the file's own event concerns only that file.
    assert.deepEqual(codes('2024.xxgk.yaml'), ['carryover']);
    // The index hears of it as the server tells it: this year's report depends on it and is checked again.
    await previous.fileChanged(pathToFileURL(path('2023.xxgk.yml')).href, false);
    assert.deepEqual(codes('2024.xxgk.yaml'), []);
  });

  test("a second report of last year's appearing makes this year's closed report's pairing ambiguous, and gone, plain again", async () => {
    const copy = pathToFileURL(path('copy-2023.xxgk.yaml')).href;
    await writeFile(path('copy-2023.xxgk.yaml'), lastYearReport());
    reports.filesChanged([event('copy-2023.xxgk.yaml', FileChangeType.Created)]);
    await previous.fileChanged(copy, false);
    assert.deepEqual(codes('2024.xxgk.yaml'), ['previous-ambiguous']);
    await rm(path('copy-2023.xxgk.yaml'));
    reports.filesChanged([event('copy-2023.xxgk.yaml', FileChangeType.Deleted)]);
    await previous.fileChanged(copy, true);
    assert.deepEqual(codes('2024.xxgk.yaml'), []);
  });

  test('a deleted report, or one gone without an event, is no longer listed', async () => {
    assert.equal(reports.filesChanged([event('a/new.xxgk.yaml', FileChangeType.Deleted)]), true);
    assert.equal(reports.diagnostics(path('a/new.xxgk.yaml')), undefined);
    await rm(path('a'), { recursive: true });
    reports.invalidate([pathToFileURL(path('a/clean.xxgk.yaml')).href]);
    assert.equal(reports.diagnostics(path('a/clean.xxgk.yaml')), undefined);
    assert.deepEqual(reports.paths(), [path('2023.xxgk.yml'), path('2024.xxgk.yaml')]);
  });

  test('a report that cannot be read gets one error saying why', async () => {
    await mkdir(path('folder.xxgk.yaml'));
    reports.filesChanged([event('folder.xxgk.yaml', FileChangeType.Created)]);
    const items = reports.diagnostics(path('folder.xxgk.yaml'))!.items!;
    assert.equal(items.length, 1);
    assert.match(items[0]!.message, /^无法读取此报告：/);
  });
});

describe('xxgk.diagnostics.workspace', () => {
  test('on by default and when true; off when false; anything else warned about and on', () => {
    const settings = new Settings();
    assert.equal(settings.workspaceDiagnostics, true);
    assert.deepEqual(settings.update({ diagnostics: { workspace: false } }), []);
    assert.equal(settings.workspaceDiagnostics, false);
    assert.deepEqual(settings.update({}), []);
    assert.equal(settings.workspaceDiagnostics, true);
    const warnings = settings.update({ diagnostics: { workspace: 'no' } });
    assert.equal(settings.workspaceDiagnostics, true);
    assert.match(warnings[0]!, /xxgk\.diagnostics\.workspace 应是 true 或 false/);
  });
});
