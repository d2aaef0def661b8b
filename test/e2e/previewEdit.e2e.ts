// Filling the tables in the preview of a real VS Code (the xxgk.vsix that vsce
// made, in code-server), on the 西城区民政局 2023 report with its 7 blank
// cells (7 warnings):
//   a. the report and its preview;
//   b. a blank cell selected by a click (its focus ring), `0` typed, Enter:
//      one warning fewer, the YAML holds 0 in that cell, the file is dirty,
//      and the selection has moved down and stays there after the update;
//   c. a row of 7 cells pasted (Ctrl+V, tab-separated as a spreadsheet copies
//      it) onto 予以公开 › 自然人: the row is filled, 总计 as pasted;
//   d. Ctrl+Z twice in the editor: each edit taken back in one step, the file
//      exactly as it was (its whole text, and no longer dirty).
// Screenshots: test-results/e2e/preview-edit/.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useExampleSession } from './exampleSession';
import { TIMEOUTS, type Session } from './harness';
import { reportLines, selectCell, timeCellKey, warningSquiggles } from './previewEditReaders';
import {
  exampleText,
  openPreview,
  previewCell,
  settledSquiggleLines,
  statusBarLabel,
  XICHENG,
  type Frame,
} from './xxgk';

const original = exampleText(XICHENG);
const BASE = '收到和处理政府信息公开申请情况/本年度办理结果';
const BLANK_ROW = '本机关不掌握相关政府信息';
const BLANK = `${BASE}/无法提供/${BLANK_ROW}/科研机构`;
const BELOW = `${BASE}/无法提供/没有现成信息需要另行制作/科研机构`;
const PUBLISHED = `${BASE}/予以公开`;
const PASTED_ROW =
  '    予以公开: {自然人: 1, 商业企业: 2, 科研机构: 3, 社会公益组织: 4, 法律服务机构: 5, 其他: 6, 总计: 99}';
const BLANK_LINE = original.split('\n').find((l) => l.includes(`${BLANK_ROW}:`))!;

declare const navigator: { clipboard: { writeText(t: string): Promise<void>; readText(): Promise<string> } };

describe('filling the tables in the preview (xxgk.vsix in code-server)', { timeout: 600_000 }, () => {
  let s: Session;
  let frame: Frame;
  const step = useExampleSession({ name: 'preview-edit', examples: [XICHENG] }, (session) => (s = session));

  /** The editor's whole text, as Ctrl+A Ctrl+C copies it from the report's editor. */
  async function editorText(): Promise<string> {
    const { wb } = s;
    await wb.runCommand('View: Focus First Editor Group');
    await wb.focusEditor();
    await wb.page.keyboard.press('Control+A');
    await wb.page.keyboard.press('Control+C');
    const text = await wb.page.evaluate(() => navigator.clipboard.readText(), undefined);
    await wb.page.keyboard.press('Escape');
    return text;
  }

  async function waitForWarnings(count: number): Promise<void> {
    const deadline = Date.now() + TIMEOUTS.diagnostics;
    while ((await statusBarLabel(s.wb, 'status.problems')) !== `Warnings: ${count}` && Date.now() < deadline)
      await s.wb.page.waitForTimeout(100);
    assert.match(await statusBarLabel(s.wb, 'status.problems'), new RegExp(`^(Errors: 0, )?Warnings: ${count}$`));
  }

  test('a. the report with its 7 warnings, and its preview', () =>
    step('open', async () => {
      const { wb } = s;
      await wb.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(wb.page.url()).origin,
      });
      await wb.openFile(XICHENG);
      assert.equal((await settledSquiggleLines(wb, 'warning', 7)).length, 7);
      frame = await openPreview(wb);
      assert.equal((await previewCell(frame, BLANK))?.text, '');
      await wb.screenshot('a-preview');
    }));

  test('b. a blank cell selected, `0` typed, Enter: one warning fewer, 0 in the YAML', () =>
    step('type', async () => {
      const { wb } = s;
      await selectCell(frame, BLANK);
      await wb.screenshot('b-selected');
      await wb.page.keyboard.press('0');
      await frame.locator('input.cell-editor').waitFor({ state: 'visible', timeout: TIMEOUTS.ui });
      await wb.screenshot('b-typing');
      const timing = await timeCellKey(wb, frame, 'Enter', { dataPath: BLANK, text: '0', finding: false, warnings: 6 });
      console.log(
        `[e2e] Enter in a preview cell → preview ${timing.previewMs.toFixed(0)} ms, squiggles ${timing.squigglesMs.toFixed(0)} ms`,
      );
      await waitForWarnings(6);
      assert.equal(await warningSquiggles(wb), 6);
      assert.match(
        (await reportLines(wb)).join('\n'),
        new RegExp(`^ {6}${BLANK_ROW}: \\{自然人: 0, 商业企业: 0, 科研机构: 0, 社会公益组织: 0,`, 'm'),
      );
      assert.equal(await wb.page.locator('.tabs-container .tab.dirty').filter({ hasText: XICHENG }).count(), 1);
      // Enter moved the selection down; the update kept it there, with the focus.
      const below = await previewCell(frame, BELOW);
      assert.match(below?.className ?? '', /\bcell-selected\b/);
      assert.equal(
        await frame.evaluate(
          () =>
            (
              globalThis as unknown as {
                document: { activeElement: { getAttribute(n: string): string | null } | null };
              }
            ).document.activeElement?.getAttribute('data-path') ?? null,
          undefined,
        ),
        BELOW,
      );
      await wb.screenshot('b-after-enter');
    }));

  test('c. a row of 7 cells pasted onto 予以公开 › 自然人: the row is filled', () =>
    step('paste', async () => {
      const { wb } = s;
      await wb.page.evaluate(() => navigator.clipboard.writeText('1\t2\t3\t4\t5\t6\t99\r\n'), undefined);
      await selectCell(frame, `${PUBLISHED}/自然人`);
      await wb.page.keyboard.press('Control+V');
      const deadline = Date.now() + TIMEOUTS.ui;
      while (!(await reportLines(wb)).includes(PASTED_ROW) && Date.now() < deadline) await wb.page.waitForTimeout(100);
      assert.ok((await reportLines(wb)).includes(PASTED_ROW), 'the YAML row holds the pasted cells');
      const columns = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
      for (const [i, c] of columns.entries()) {
        const deadlineCell = Date.now() + TIMEOUTS.ui;
        const want = String([1, 2, 3, 4, 5, 6, 99][i]);
        while ((await previewCell(frame, `${PUBLISHED}/${c}`))?.text !== want && Date.now() < deadlineCell)
          await wb.page.waitForTimeout(100);
        assert.equal((await previewCell(frame, `${PUBLISHED}/${c}`))?.text, want);
      }
      await wb.screenshot('c-pasted');
    }));

  test('d. Ctrl+Z twice in the editor restores the file exactly', () =>
    step('undo', async () => {
      const { wb } = s;
      await wb.runCommand('View: Focus First Editor Group');
      await wb.focusEditor();
      await wb.page.keyboard.press('Control+Z');
      // One step: the paste only.
      const once = await editorText();
      assert.ok(once.includes(BLANK_LINE.replace('科研机构: ,', '科研机构: 0,')), 'the typed 0 is still there');
      assert.equal(once, original.replace(BLANK_LINE, BLANK_LINE.replace('科研机构: ,', '科研机构: 0,')));
      await wb.focusEditor();
      await wb.page.keyboard.press('Control+Z');
      assert.equal(await editorText(), original);
      await wb.page
        .locator('.tabs-container .tab:not(.dirty)')
        .filter({ hasText: XICHENG })
        .first()
        .waitFor({ state: 'visible', timeout: TIMEOUTS.ui });
      await waitForWarnings(7);
      await wb.screenshot('d-undone');
    }));
});
