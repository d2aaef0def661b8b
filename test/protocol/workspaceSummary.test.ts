// xxgk/workspaceSummary, the request behind xxgk.showSummary: files on disk
// and open documents alike, one row per file in the order asked, open reports
// as the editor has them (unsaved edits included), files that cannot be read
// listed with their problem, and the total row; the table exported as .csv
// and .xlsx from its cells.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, test } from 'node:test';
import { summaryExportRequest, workspaceSummaryRequest } from '../../server/src/shared/protocol';
import { LspClient, useLspClient, xxgkRequest } from './lspClient';
import { exampleText } from './texts';
import { useTempDir } from '../unit/helpers/tempDir';
import { encodeGb18030, sparseFile } from '../unit/helpers/cli';
import { WITH_ERRORS } from '../unit/helpers/summaryFixtures';

describe('xxgk/workspaceSummary', () => {
  let client: LspClient;
  let dir = '';
  const url = (name: string): string => pathToFileURL(join(dir, name)).toString();

  useTempDir('xxgk-ws-summary-', (d) => (dir = d));
  before(async () => {
    await writeFile(join(dir, 'a.xxgk.yaml'), exampleText());
    await writeFile(join(dir, 'b.xxgk.yaml'), exampleText().replace(/^机关: .*$/m, '机关: 某区某局'));
    // The bad inputs of a real batch, each to be a row with its problem.
    await writeFile(join(dir, 'gb.xxgk.yaml'), encodeGb18030(exampleText().replace(/^机关: .*$/m, '机关: 某县民政局')));
    await sparseFile(join(dir, 'big.xxgk.yaml'), 11 * 1024 * 1024);
    await writeFile(join(dir, 'broken.xxgk.yaml'), 'a: [\n');
    await writeFile(join(dir, 'a-copy.xxgk.yaml'), exampleText());
    await writeFile(join(dir, 'faulty.xxgk.yaml'), WITH_ERRORS);
  });

  useLspClient(async (c) => {
    client = c;
  });

  test('every file a row in order; an open report as edited; a missing file listed; the total', async () => {
    // b is open with an unsaved edit: 行政许可 54 → 60.
    await client.open(
      url('b.xxgk.yaml'),
      exampleText()
        .replace(/^机关: .*$/m, '机关: 某区某局')
        .replace('行政许可: 54', '行政许可: 60'),
    );
    const summary = await xxgkRequest(client, workspaceSummaryRequest, {
      files: [
        { uri: url('a.xxgk.yaml'), label: 'a.xxgk.yaml' },
        { uri: url('b.xxgk.yaml'), label: 'b.xxgk.yaml' },
        { uri: url('gone.xxgk.yaml'), label: 'gone.xxgk.yaml' },
      ],
    });
    assert.ok(summary);
    const { grid, tableHtml } = summary;
    // 机关, 年度, 行政许可 (column 8), the problems and the file (last two columns).
    assert.deepEqual(
      grid.rows.map((r) => [r[0], r[1], r[8], r[13]]),
      [
        ['北京市西城区民政局', 2023, 54, 'a.xxgk.yaml'],
        ['某区某局', 2023, 60, 'b.xxgk.yaml'],
        [null, null, null, 'gone.xxgk.yaml'],
      ],
    );
    assert.equal(grid.rows[2]![12], '无法读取：文件不存在');
    assert.equal(grid.total[0], '合计（2 份报告）');
    assert.equal(grid.total[8], 114);
    assert.deepEqual(
      [...tableHtml.matchAll(/<tr data-index="(\d)"/g)].map((m) => m[1]),
      ['0', '1', '2'],
    );

    const csv = await xxgkRequest(client, summaryExportRequest, { grid, format: 'csv' });
    const text = Buffer.from(csv!.base64, 'base64').toString('utf8');
    assert.ok(text.startsWith('\uFEFF机关,年度,'));
    assert.equal(text.trimEnd().split('\r\n').length, 5);
    const xlsx = await xxgkRequest(client, summaryExportRequest, { grid, format: 'xlsx' });
    // A zip (the .xlsx container), from the exceljs bundle the server loads only now.
    assert.equal(Buffer.from(xlsx!.base64, 'base64').subarray(0, 2).toString('latin1'), 'PK');
  });

  test('bad inputs are rows with their problem, never dropped, and the rest still summed', async () => {
    const names = [
      'a.xxgk.yaml',
      'gb.xxgk.yaml',
      'big.xxgk.yaml',
      'broken.xxgk.yaml',
      'a-copy.xxgk.yaml',
      'faulty.xxgk.yaml',
      'gone.xxgk.yaml',
    ];
    const summary = await xxgkRequest(client, workspaceSummaryRequest, {
      files: names.map((name) => ({ uri: url(name), label: name })),
    });
    assert.ok(summary);
    const { grid } = summary;
    assert.deepEqual(
      grid.rows.map((r) => r[13]),
      names,
    );
    const problems = new Map(grid.rows.map((r) => [r[13], String(r[12])]));
    assert.match(problems.get('gb.xxgk.yaml')!, /不是 UTF-8 编码，已按 GB18030 读取/);
    assert.match(problems.get('big.xxgk.yaml')!, /超过 10 MB/);
    assert.match(problems.get('broken.xxgk.yaml')!, /有 \d+ 个错误/);
    assert.match(problems.get('a.xxgk.yaml')!, /与 a-copy\.xxgk\.yaml 重复/);
    assert.match(problems.get('a-copy.xxgk.yaml')!, /与 a\.xxgk\.yaml 重复/);
    assert.match(problems.get('faulty.xxgk.yaml')!, /有 6 个错误/);
    assert.equal(problems.get('gone.xxgk.yaml'), '无法读取：文件不存在');
    // The GB18030 file read as such: its 机关 and figures, like the UTF-8 one's.
    const gb = grid.rows[1]!;
    assert.deepEqual([gb[0], gb[1], gb[8], gb[9]], ['某县民政局', 2023, 54, 6]);
    // Readable: a, gb, broken, a-copy, faulty — the faulty and duplicate ones counted, and said so.
    assert.equal(grid.total[0], '合计（5 份报告）');
    // 行政许可: 54 (a) + 54 (gb) + 54 (a-copy); faulty's "12件" is no count, broken has none.
    assert.equal(grid.total[8], 54 * 3);
    // 本年新收: 0 + 0 + 0 + 26 (faulty's 总计 as given).
    assert.equal(grid.total[2], 26);
    const total = String(grid.total[12]);
    assert.match(total, /2 份有错误，已计入/);
    assert.match(total, /2 份机关和年度重复，已计入/);
    assert.match(total, /另有 2 个文件无法读取，未计入/);
  });
});
