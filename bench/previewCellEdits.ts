// The preview benchmark's cell edits: a key pressed in a cell of the preview
// (Enter after typing `0` into a blank cell; Delete to empty it again) →
// the cell as rendered from the report's new version in the preview, and the
// editor's warning squiggles one fewer (or one more). Timed from the keydown
// in the webview (test/e2e/previewEditReaders.ts), each press > 300 ms after
// the last update.
import type { Frame } from 'playwright-core';
import { selectCell, timeCellKey, type CellKeyTiming } from '../test/e2e/previewEditReaders';
import type { Workbench } from '../test/e2e/workbench';

/** A blank cell of the 西城 report (one of its 7 warnings). */
const BLANK = '收到和处理政府信息公开申请情况/本年度办理结果/无法提供/本机关不掌握相关政府信息/科研机构';

export async function measureCellEdits(
  wb: Workbench,
  frame: Frame,
  pairs: number,
  spacingMs: number,
): Promise<{ typed: CellKeyTiming[]; emptied: CellKeyTiming[] }> {
  const typed: CellKeyTiming[] = [];
  const emptied: CellKeyTiming[] = [];
  // One warm-up pair, then `pairs` measured.
  for (let i = 0; i <= pairs; i++) {
    await selectCell(frame, BLANK);
    await wb.page.keyboard.press('0');
    await frame.locator('input.cell-editor').waitFor({ state: 'visible' });
    const t = await timeCellKey(wb, frame, 'Enter', { dataPath: BLANK, text: '0', finding: false, warnings: 6 });
    await wb.page.waitForTimeout(spacingMs);
    await selectCell(frame, BLANK);
    const d = await timeCellKey(wb, frame, 'Delete', { dataPath: BLANK, text: '', finding: true, warnings: 7 });
    await wb.page.waitForTimeout(spacingMs);
    if (i > 0) {
      typed.push(t);
      emptied.push(d);
    }
  }
  return { typed, emptied };
}
