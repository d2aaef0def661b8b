// Last year's report in a real VS Code (code-server in headless Chromium),
// with the packaged xxgk.vsix: only this year's report is open; last year's
// lies closed in the same folder, found by its content.
//   a. the carryover squiggle sits on this year's 上年结转 line, and its hover
//      names both numbers and last year's file;
//   b. the hover on a number gives last year's value and the change;
//   c. the preview's toggle shows last year's figure beside each number, and
//      marks a cell that changed by more than the share (here 行政处罚 2 → 6).
// Screenshots: test-results/e2e/previous-year/.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lastYearReport, thisYearReport } from '../unit/helpers/pairs';
import { CARRIED_IN, CARRIED_OUT, replaceOnce, setCell } from '../unit/helpers/reports';
import { useExampleSession } from './exampleSession';
import { type Session } from './harness';
import { sleep, TIMEOUTS } from './e2eEnv';
import { lineOf, openPreview, previewCell, settledSquiggleLines, type Frame } from './xxgk';

const THIS_YEAR = '本年报告.xxgk.yaml';
const NOW = thisYearReport();
/** Last year's report: 商业企业 carried over 4 (this year's 上年结转 says 0), 50 licences (this year 54), 2 penalties (this year 6). */
const LAST = replaceOnce(
  replaceOnce(setCell(lastYearReport(), CARRIED_OUT, '商业企业', '4'), '行政许可: 54', '行政许可: 50'),
  '行政处罚: 6',
  '行政处罚: 2',
);
const LICENSING = '主动公开政府信息情况/第二十条第（五）项/行政许可';
const PENALTIES = '主动公开政府信息情况/第二十条第（六）项/行政处罚';

describe("last year's report (closed) beside this year's, in VS Code", { timeout: 600_000 }, () => {
  let s: Session;

  const step = useExampleSession(
    { name: 'previous-year', examples: [], extra: { [THIS_YEAR]: NOW, '上年报告.xxgk.yaml': LAST } },
    (session) => (s = session),
  );

  test("a. the carryover squiggle on this year's 上年结转, with last year's report closed", () =>
    step('carryover', async () => {
      const { wb } = s;
      await wb.openFile(THIS_YEAR);
      const line = lineOf(NOW, `${CARRIED_IN}:`);
      assert.deepEqual(await settledSquiggleLines(wb, 'warning', 1), [line]);
      const hover = await wb.hoverOn(wb.squiggles('warning').first(), /上年报告/);
      assert.match(hover, /商业企业列：上年结转 0，但上年报告（上年报告\.xxgk\.yaml）的结转下年度继续办理为 4/);
      await wb.screenshot('a-carryover');
      await wb.dismiss();
    }));

  test("b. the hover on a number: last year's value and the change", () =>
    step('hover', async () => {
      const { wb } = s;
      await wb.goTo(lineOf(NOW, '行政许可: 54'), 1);
      await wb.page.keyboard.press('End');
      await wb.page.keyboard.press('ArrowLeft');
      const hover = await wb.hoverAtCursor(undefined, undefined, /上年 50/);
      assert.match(hover, /上年 50 → 本年 54，\+4（\+8\.0%）/);
      await wb.screenshot('b-hover');
      await wb.dismiss();
    }));

  test("c. the preview's toggle: last year's figure beside each number, a large change marked", () =>
    step('preview', async () => {
      const { wb } = s;
      const frame: Frame = await openPreview(wb);
      assert.equal((await previewCell(frame, LICENSING))?.text, '54');
      await wb.runCommand("xxgk: Show or Hide Last Year's Figures in the Preview");
      const deadline = Date.now() + TIMEOUTS.diagnostics;
      let cell = await previewCell(frame, LICENSING);
      while (cell?.text !== '54上年 50' && Date.now() < deadline) {
        await sleep(200);
        cell = await previewCell(frame, LICENSING);
      }
      assert.equal(cell?.text, '54上年 50');
      assert.match(cell.title, /上年 50 → 本年 54，\+4（\+8\.0%）/);
      assert.doesNotMatch(cell.className, /\bchanged\b/);
      assert.match((await previewCell(frame, PENALTIES))?.className ?? '', /\bchanged\b/);
      await wb.screenshot('c-preview-previous-year');
    }));
});
