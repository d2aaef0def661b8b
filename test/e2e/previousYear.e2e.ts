// Last year's report in a real VS Code (code-server in headless Chromium),
// with the packaged xxgk.vsix: only this year's report is open; last year's
// lies closed in the same folder, found by its content.
//   a. the carryover squiggle sits on this year's 上年结转 line, and its hover
//      names both numbers and last year's file;
//   b. the hover on a number gives last year's value and the change.
// Screenshots: test-results/e2e/previous-year/.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lastYearReport, thisYearReport } from '../unit/helpers/pairs';
import { CARRIED_IN, CARRIED_OUT, replaceOnce, setCell } from '../unit/helpers/reports';
import { useExampleSession } from './exampleSession';
import { type Session } from './harness';
import { lineOf, settledSquiggleLines } from './xxgk';

const THIS_YEAR = '本年报告.xxgk.yaml';
const NOW = thisYearReport();
/** Last year's report: 商业企业 carried over 4 (this year's 上年结转 says 0), and 50 licences (this year 54). */
const LAST = replaceOnce(setCell(lastYearReport(), CARRIED_OUT, '商业企业', '4'), '行政许可: 54', '行政许可: 50');

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
});
