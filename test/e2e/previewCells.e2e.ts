// Filling the tables in the preview, in headless Chromium with the preview's
// real script but without VS Code (previewCellsPage.ts): a click selects a
// cell, typing opens its editor, Enter and Tab write and move on, arrows
// move, Escape cancels, Delete empties (null: a blank), paste fills a block
// right and down clipped to the table, copy gives tab-separated text and an
// HTML table; a refused value comes back into the editor with its message;
// after a patch the selection stays on the same cell; double-click reveals.
// What VS Code adds (the edit of the YAML, undo) is in previewEdit.e2e.ts.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { applyEdits, cellEdits } from '../../server/src/core/edit/cellEdit';
import { launchBrowser } from './browser';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR, requireE2EEnv } from './e2eEnv';
import { exampleText, XICHENG } from './examples';
import { cellSelector } from './previewReaders';
import { loadPreviewPage, previewBody, takePosted, toPage } from './previewCellsPage';

const text = exampleText(XICHENG);
const BASE = '收到和处理政府信息公开申请情况/本年度办理结果';
const BLANK = `${BASE}/无法提供/本机关不掌握相关政府信息/科研机构`;
const BLANK_BELOW = `${BASE}/无法提供/没有现成信息需要另行制作/科研机构`;
const PUBLISHED = `${BASE}/予以公开`;
const COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

declare const document: {
  activeElement: { getAttribute(n: string): string | null; tagName: string; value?: string } | null;
  querySelector(s: string): { className: string; textContent: string | null } | null;
  dispatchEvent(e: unknown): boolean;
};
declare class DataTransfer {
  setData(type: string, data: string): void;
  getData(type: string): string;
}
declare class ClipboardEvent {
  constructor(type: string, init: { clipboardData: DataTransfer; bubbles: boolean; cancelable: boolean });
}

describe('the preview: selecting, typing, pasting and copying cells', { timeout: 120_000 }, () => {
  let browser: Browser;
  let page: Page;

  before(async () => {
    browser = await launchBrowser(requireE2EEnv());
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  });
  after(async () => browser?.close());
  beforeEach(async () => loadPreviewPage(page, text));

  const cell = (path: string) => page.locator(cellSelector(path)).first();
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-path') ?? null);
  const classes = async (path: string) => (await cell(path).getAttribute('class')) ?? '';
  const edits = async () => (await takePosted(page)).filter((m) => m['type'] === 'editCells');

  test('a click selects a cell with a focus ring; typing and Enter send the value and move down', async () => {
    await cell(BLANK).click();
    assert.match(await classes(BLANK), /\bcell-selected\b/);
    assert.equal(await focused(), BLANK);
    await page.keyboard.press('0');
    assert.equal(await page.locator('input.cell-editor').inputValue(), '0');
    await page.keyboard.press('Enter');
    const [sent] = await edits();
    assert.deepEqual(sent?.['cells'], [{ path: BLANK, value: '0' }]);
    assert.equal(await focused(), BLANK_BELOW);
    // Shown at once, marked as waiting for the report.
    assert.equal((await cell(BLANK).textContent())?.trim(), '0');
    assert.match(await classes(BLANK), /\bcell-pending\b/);
    assert.match(await classes(BLANK), /\bhas-finding\b/, 'the finding stays marked until the report says otherwise');
  });

  test('after the patch of the new body the selection and focus stay on the same cell; the finding is gone', async () => {
    await cell(BLANK).click();
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    const [sent] = await edits();
    const outcome = cellEdits(text, [{ path: BLANK.split('/'), value: '0' }]);
    assert.ok(outcome.ok);
    await toPage(page, { type: 'editResult', id: sent!['id'] });
    await toPage(page, { type: 'update', body: previewBody(applyEdits(text, outcome.edits)), version: 2 });
    await page.waitForFunction(() => document.querySelector('#xxgk-root[data-version="2"]') !== null);
    assert.doesNotMatch(await classes(BLANK), /has-finding|cell-pending/);
    assert.match(await classes(BLANK_BELOW), /\bcell-selected\b/);
    assert.equal(await focused(), BLANK_BELOW);
  });

  test('Tab moves right, Shift+Tab back, arrows move, Shift+Enter moves up', async () => {
    await cell(`${PUBLISHED}/自然人`).click();
    await page.keyboard.press('Tab');
    assert.equal(await focused(), `${PUBLISHED}/商业企业`);
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focused(), `${PUBLISHED}/自然人`);
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), `${BASE}/部分公开/自然人`);
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(), `${BASE}/部分公开/商业企业`);
    await page.keyboard.press('Shift+Enter');
    assert.equal(await focused(), `${PUBLISHED}/商业企业`);
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    assert.deepEqual((await edits())[0]?.['cells'], [{ path: `${PUBLISHED}/商业企业`, value: '3' }]);
    assert.equal(await focused(), `${PUBLISHED}/科研机构`);
  });

  test('Escape cancels: nothing is sent, the value is back', async () => {
    await cell(`${PUBLISHED}/自然人`).click();
    await page.keyboard.type('42');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('input.cell-editor').count(), 0);
    assert.equal((await cell(`${PUBLISHED}/自然人`).textContent())?.trim(), '0');
    assert.deepEqual(await edits(), []);
    assert.equal(await focused(), `${PUBLISHED}/自然人`);
    // F2 edits the value as it is.
    await page.keyboard.press('F2');
    assert.equal(await page.locator('input.cell-editor').inputValue(), '0');
    await page.keyboard.press('Escape');
    assert.deepEqual(await edits(), []);
  });

  test('Delete empties the selected cells: null, a blank, never 0', async () => {
    await cell(`${PUBLISHED}/自然人`).click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Delete');
    assert.deepEqual((await edits())[0]?.['cells'], [
      { path: `${PUBLISHED}/自然人`, value: null },
      { path: `${PUBLISHED}/商业企业`, value: null },
    ]);
  });

  test("a refused value: the editor opens again with it, the engine's message under the cell", async () => {
    await cell(`${PUBLISHED}/自然人`).click();
    await page.keyboard.type('12件');
    await page.keyboard.press('Enter');
    const [sent] = await edits();
    const message =
      '「本年度办理结果 · 予以公开 · 自然人」应为非负整数，只写阿拉伯数字，如 0、7、120，这里是「12件」。是否应为 12？';
    await toPage(page, { type: 'editResult', id: sent!['id'], refused: message, path: `${PUBLISHED}/自然人` });
    await page.locator('.cell-message').waitFor({ state: 'visible' });
    assert.equal(await page.locator('.cell-message').textContent(), message);
    assert.equal(await page.locator('input.cell-editor').inputValue(), '12件');
    assert.match(await classes(`${PUBLISHED}/自然人`), /\bcell-refused\b/);
    const shots = path.join(RESULTS_DIR, 'preview-cells');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'refused.png') });
  });

  test('a pasted spreadsheet row fills the cells right from the selected one, clipped to the table', async () => {
    await cell(`${PUBLISHED}/自然人`).click();
    const paste = (type: string, data: string) =>
      page.evaluate(
        ([t, d]) => {
          const clipboardData = new DataTransfer();
          clipboardData.setData(t!, d!);
          document.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
        },
        [type, data],
      );
    await paste('text/plain', '1\t2\t3\t4\t5\t6\t21\t99\r\n');
    assert.deepEqual(
      (await edits())[0]?.['cells'],
      COLUMNS.map((c, i) => ({ path: `${PUBLISHED}/${c}`, value: String([1, 2, 3, 4, 5, 6, 21][i]) })),
    );
    // An HTML table (a web page, Word): two rows from 商业企业 of the last row but one, clipped below.
    await cell(`${BASE}/总计/其他`).click();
    await paste(
      'text/html',
      '<table><tr><td>7</td><td>8</td></tr><tr><td> 9 </td><td></td></tr><tr><td>1</td></tr></table>',
    );
    assert.deepEqual((await edits())[0]?.['cells'], [
      { path: `${BASE}/总计/其他`, value: '7' },
      { path: `${BASE}/总计/总计`, value: '8' },
      { path: '收到和处理政府信息公开申请情况/结转下年度继续办理/其他', value: '9' },
      { path: '收到和处理政府信息公开申请情况/结转下年度继续办理/总计', value: '' },
    ]);
  });

  test('copy: a block as tab-separated values and an HTML table; Ctrl+A and copy: the whole table', async () => {
    const copy = () =>
      page.evaluate(() => {
        const clipboardData = new DataTransfer();
        document.dispatchEvent(new ClipboardEvent('copy', { clipboardData, bubbles: true, cancelable: true }));
        return { text: clipboardData.getData('text/plain'), html: clipboardData.getData('text/html') };
      });
    await cell(`${BASE}/无法提供/本机关不掌握相关政府信息/商业企业`).click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    assert.match(await classes(`${BASE}/无法提供/没有现成信息需要另行制作/科研机构`), /\bcell-in-range\b/);
    const block = await copy();
    assert.equal(block.text, '0\t\r\n0\t');
    assert.match(
      block.html,
      /<table[^>]*><tbody><tr><td>0<\/td><td><\/td><\/tr><tr><td>0<\/td><td><\/td><\/tr><\/tbody><\/table>/,
    );
    await page.keyboard.press('Control+a');
    const whole = await copy();
    assert.match(whole.text, /^（本列数据的勾稽关系为：[^\t]*\t申请人情况\r\n自然人\t法人或其他组织\t总计\r\n/);
    assert.match(whole.text, /\r\n四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0$/);
    assert.match(whole.html, /<th colspan="3" rowspan="3">（本列数据的勾稽关系为/);
    assert.match(whole.html, /<td rowspan="22">三、本年度办理结果<\/td>/);
    assert.doesNotMatch(whole.html, /class=|data-path|has-finding/);
  });

  test('a double-click reveals the source line; a single click does not', async () => {
    await cell(`${PUBLISHED}/自然人`).click();
    assert.deepEqual(await takePosted(page), []);
    await cell(`${PUBLISHED}/自然人`).dblclick();
    const reveal = (await takePosted(page)).find((m) => m['type'] === 'reveal');
    assert.equal(
      reveal?.['line'],
      text.split('\n').findIndex((l) => l.startsWith('    予以公开:')),
    );
  });
});
