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
import { exampleText, LspClient, useLspClient, xxgkRequest } from './lspClient';
import { useTempDir } from '../unit/helpers/tempDir';

describe('xxgk/workspaceSummary', () => {
  let client: LspClient;
  let dir = '';
  const url = (name: string): string => pathToFileURL(join(dir, name)).toString();

  useTempDir('xxgk-ws-summary-', (d) => (dir = d));
  before(async () => {
    await writeFile(join(dir, 'a.xxgk.yaml'), exampleText());
    await writeFile(join(dir, 'b.xxgk.yaml'), exampleText().replace(/^机关: .*$/m, '机关: 某区某局'));
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
});
