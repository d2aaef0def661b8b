// The summary of every report in the workspace (xxgk.showSummary) in a real
// VS Code (code-server in headless Chromium), with the packaged xxgk.vsix, on a
// workspace of four reports: 西城 2023, a copy of it (a duplicate 机关 and
// 年度), 带错误的示例 (errors) and 淮安 2024 (imported from its published text).
//   a. the command palette opens the table: a row per report with its figures
//      (淮安's as published, read off by hand), its errors and problems, and
//      the total row;
//   b. a click on a header sorts by it, numbers as numbers, and again the
//      other way;
//   c. the filter box keeps only the rows that match;
//   d. a click on a row opens its report in the editor.
// Screenshots: test-results/e2e/summary/.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Frame } from 'playwright-core';
import { huaianReport } from '../unit/helpers/summaryFixtures';
import { useExampleSession } from './exampleSession';
import { TIMEOUTS, type PageDocument, type Session } from './harness';
import { exampleText, WITH_ERRORS, XICHENG } from './xxgk';

// Page-side globals (see pageDom.ts), for this module only.
declare const document: PageDocument;

const HUAIAN = '淮安.xxgk.yaml';
const COPY = '西城-副本.xxgk.yaml';
/** The table's columns, as `xxgk summary` writes them. */
const COLUMNS = [
  '机关',
  '年度',
  '本年新收',
  '上年结转',
  '办理结果总计',
  '结转下年度',
  '行政复议',
  '行政诉讼',
  '行政许可',
  '行政处罚',
  '错误',
  '警告',
  '问题',
  '文件',
];
const col = (name: string): number => COLUMNS.indexOf(name);

/** A table row as the page has it (types only: the callbacks run in the page). */
interface RowEl {
  hidden: boolean;
  cells: ArrayLike<{ textContent: string | null }>;
}

/** The rows of the table the page shows (hidden ones left out), each as its cells' texts; and the total row. */
async function shownTable(frame: Frame): Promise<{ header: string[]; rows: string[][]; total: string[] }> {
  // No named functions inside: the bundler would wrap them in a helper the page does not have.
  const [header, total, ...rows] = await frame.evaluate(
    () =>
      ['#summary thead tr', '#summary tfoot tr', '#summary tbody tr']
        .flatMap((selector) => Array.from(document.querySelectorAll(selector)) as unknown as RowEl[])
        .filter((r) => !r.hidden)
        .map((r) => Array.from(r.cells).map((c) => c.textContent ?? '')),
    undefined,
  );
  return { header: header!, rows, total: total! };
}

/** Waits until the shown rows satisfy `ok`; returns them. */
async function waitForRows(frame: Frame, ok: (rows: string[][]) => boolean): Promise<string[][]> {
  const deadline = Date.now() + TIMEOUTS.ui;
  for (;;) {
    const { rows } = await shownTable(frame);
    if (ok(rows) || Date.now() > deadline) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const fileOf = (row: string[]): string => row[col('文件')]!;
const figure = (row: string[], name: string): number | undefined =>
  row[col(name)] === '' ? undefined : Number(row[col(name)]);

describe('the summary of the workspace’s reports, in VS Code', { timeout: 600_000 }, () => {
  let s: Session;
  let frame: Frame;

  const step = useExampleSession(
    {
      name: 'summary',
      examples: [XICHENG, WITH_ERRORS],
      extra: { [HUAIAN]: huaianReport(), [COPY]: exampleText(XICHENG) },
    },
    (session) => (s = session),
  );

  test('a. the command opens the table: every report with its figures, problems and the total', () =>
    step('open', async () => {
      const { wb } = s;
      // As a user would: a report open, its check shown (the extension is up), then the command palette.
      await wb.openFile(HUAIAN);
      await wb.waitForSquiggles('warning', 1);
      await wb.runCommand('xxgk: Summary of All Reports in the Workspace');
      frame = await wb.findFrameByText('合计（', TIMEOUTS.diagnostics);
      const { header, rows, total } = await shownTable(frame);
      assert.deepEqual(header, COLUMNS);
      assert.deepEqual(rows.map(fileOf), [XICHENG, WITH_ERRORS, HUAIAN, COPY]);
      const [xicheng, faulty, huaian, copy] = rows as [string[], string[], string[], string[]];

      // 淮安市人民政府 2024 as published: table 三's rows 一、二、（七）、四, table 四, 行政许可, 行政处罚.
      assert.deepEqual(huaian.slice(0, 12), [
        '淮安市人民政府',
        '2024',
        '3119',
        '34',
        '3050',
        '103',
        '351',
        '46',
        '447228',
        '3985758',
        '0',
        '1',
      ]);
      assert.equal(huaian[col('问题')], '');
      // 西城 2023: no applications; 行政许可 54, 行政处罚 6; its copy repeats its 机关 and 年度.
      assert.deepEqual(
        ['本年新收', '行政许可', '行政处罚'].map((c) => figure(xicheng, c)),
        [0, 54, 6],
      );
      assert.match(xicheng[col('问题')]!, new RegExp(`与 ${COPY} 重复`));
      assert.match(copy[col('问题')]!, new RegExp(`与 ${XICHENG} 重复`));
      // 带错误的示例: its errors counted and named, its given 总计 26 taken, 行政许可 "12件" no figure.
      assert.equal(figure(faulty, '错误'), 6);
      assert.match(faulty[col('问题')]!, /有 6 个错误/);
      assert.equal(figure(faulty, '本年新收'), 26);
      assert.equal(figure(faulty, '行政许可'), undefined);

      // The total counts all four, the faulty one and the duplicates included, and says so.
      assert.equal(total[0], '合计（4 份报告）');
      assert.equal(figure(total, '本年新收'), 3119 + 26);
      assert.equal(figure(total, '行政许可'), 447228 + 54 + 54);
      assert.match(total[col('问题')]!, /1 份有错误，已计入/);
      assert.match(total[col('问题')]!, /2 份机关和年度重复，已计入/);
      await wb.screenshot('a-summary');
    }));

  test('b. a click on a header sorts by it, numbers as numbers; another click the other way', () =>
    step('sort', async () => {
      const header = frame.locator('#summary thead th', { hasText: /^本年新收/ });
      await header.click();
      const received = (rows: string[][]): (number | undefined)[] => rows.map((r) => figure(r, '本年新收'));
      let rows = await waitForRows(frame, (r) => fileOf(r[0]!) !== XICHENG || received(r)[3] === 3119);
      assert.deepEqual(received(rows), [0, 0, 26, 3119]);
      assert.equal(await header.getAttribute('aria-sort'), 'ascending');
      await s.wb.screenshot('b-sorted-ascending');
      await header.click();
      rows = await waitForRows(frame, (r) => fileOf(r[0]!) === HUAIAN);
      assert.deepEqual(received(rows), [3119, 26, 0, 0]);
      assert.equal(await header.getAttribute('aria-sort'), 'descending');
      await s.wb.screenshot('b-sorted-descending');
    }));

  test('c. the filter keeps the rows that match, and says how many', () =>
    step('filter', async () => {
      await frame.fill('#filter', '淮安');
      let rows = await waitForRows(frame, (r) => r.length === 1);
      assert.deepEqual(rows.map(fileOf), [HUAIAN]);
      assert.equal((await frame.locator('#shown').textContent())?.trim(), '1 of 4 reports shown');
      await s.wb.screenshot('c-filtered');
      await frame.fill('#filter', '重复');
      rows = await waitForRows(frame, (r) => r.length === 2);
      assert.deepEqual(rows.map(fileOf).sort(), [COPY, XICHENG].sort());
      await frame.fill('#filter', '');
      rows = await waitForRows(frame, (r) => r.length === 4);
      assert.equal(rows.length, 4);
    }));

  test('d. a click on a row opens its report in the editor', () =>
    step('open-report', async () => {
      const { wb } = s;
      await frame.locator('#summary tbody tr', { hasText: WITH_ERRORS }).click();
      await wb.page
        .locator('.tabs-container .tab.active')
        .filter({ hasText: WITH_ERRORS })
        .first()
        .waitFor({ state: 'visible', timeout: TIMEOUTS.ui });
      const text = await wb.visibleText();
      assert.match(text, /带错误/);
      await wb.screenshot('d-report-opened');
    }));
});
