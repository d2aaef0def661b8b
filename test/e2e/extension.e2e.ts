// The real xxgk extension in a real VS Code (code-server in headless
// Chromium), installed from THE package a user gets: xxgk.vsix made by
// `npm run package` (vsce), rebuilt first when missing or stale, or the file
// in XXGK_E2E_VSIX. A person's steps on the example with errors:
//   a. the error squiggles sit on exactly the lines with errors, warnings too;
//   b. the hover over the `12件` squiggle reads the Chinese message;
//   g. the language status (and the status bar once pinned) counts the errors,
//      and follows an edit that fixes one;
//   c. completion on a blank line under 不予公开 offers the missing row, and
//      accepting it clears the error.
// The preview (d, e, f) is in preview.e2e.ts. Screenshots: test-results/e2e/extension/.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useExampleSession } from './exampleSession';
import { TIMEOUTS, type Session } from './harness';
import {
  cursorPosition,
  exampleText,
  lineOf,
  openLanguageStatus,
  settledSquiggleLines,
  settledStatusBarLabel,
  squiggleLines,
  WITH_ERRORS,
  XICHENG,
} from './xxgk';

const errorsText = exampleText(WITH_ERRORS);
/** The line of `行政许可: 12件` (not-a-count), 1-based like the editor's. */
const PERMITS_LINE = lineOf(errorsText, '行政许可: 12件');
/** The lines of the example's 6 errors (see its comments) and of its 2 warnings. */
const ERROR_LINES = [
  PERMITS_LINE,
  lineOf(errorsText, '本年新收政府信息公开申请数量:'), // row-total
  lineOf(errorsText, '    不予公开:'), // missing-key
  lineOf(errorsText, '其他法律行政止公开:'), // unknown-key
  lineOf(errorsText, '  结转下年度继续办理:'), // balance
  lineOf(errorsText, '行政复议: {结果维持: ３'), // not-a-count (full-width digit)
];
const WARNING_LINES = [lineOf(errorsText, '科研机构: , 社会公益组织'), lineOf(errorsText, '存在的主要问题及改进情况:')];
/** The 西城 report without its 属于行政执法案卷 row: one missing-key error under 不予公开. */
const MISSING_ROW = '缺一行.xxgk.yaml';
const missingRowText = exampleText(XICHENG)
  .split('\n')
  .filter((l) => !l.includes('属于行政执法案卷:'))
  .join('\n');

describe('xxgk extension (from xxgk.vsix) on the example with errors', { timeout: 600_000 }, () => {
  let s: Session;

  const step = useExampleSession(
    { name: 'extension', examples: [WITH_ERRORS], extra: { [MISSING_ROW]: missingRowText } },
    (session) => (s = session),
  );

  test('a. error squiggles on exactly the lines with errors, warnings on the others', () =>
    step('squiggles', async () => {
      const { wb } = s;
      await wb.openFile(WITH_ERRORS);
      assert.deepEqual(await settledSquiggleLines(wb, 'error', ERROR_LINES.length), ERROR_LINES);
      assert.deepEqual(await settledSquiggleLines(wb, 'warning', WARNING_LINES.length), WARNING_LINES);
      // The problems of the whole workspace: this report's, and 缺一行's (never opened): 1 error, 7 warnings.
      const problems = 'Errors: 7, Warnings: 9';
      assert.equal(await settledStatusBarLabel(wb, 'status.problems', problems), problems);
      await wb.screenshot('a-squiggles');
    }));

  test('b. hovering the 12件 squiggle shows its Chinese message', () =>
    step('hover', async () => {
      const { wb } = s;
      assert.equal((await squiggleLines(wb, 'error'))[0], PERMITS_LINE, 'the first error squiggle is the 12件 line');
      const hover = await wb.hoverOn(wb.squiggles('error').first(), /应为非负整数/);
      assert.match(hover, /「第二十条第（五）项 · 行政许可」应为非负整数，只写阿拉伯数字/);
      assert.match(hover, /这里是「12件」。是否应为 12？/);
      await wb.screenshot('b-hover');
      await wb.dismiss();
    }));

  test('g. the language status counts the errors, pinned to the status bar, and follows a fix', () =>
    step('language-status', async () => {
      const { wb } = s;
      const hover = await openLanguageStatus(wb, /6 个错误/);
      assert.match(hover, /6 个错误/);
      assert.match(hover, /xxgk checks/);
      await wb.screenshot('g-language-status');
      // "Add to Status Bar": the item then stands in the status bar by itself.
      await wb.page.locator('.hover-language-status .codicon-pin').first().click({ timeout: TIMEOUTS.ui });
      await wb.dismiss();
      const pinned = wb.page
        .locator('.statusbar-item')
        .filter({ hasText: /6 个错误/ })
        .first();
      await pinned.waitFor({ state: 'visible', timeout: TIMEOUTS.ui });
      // Fix `12件` → `12`: the count goes down to 5 as the user types. (Ctrl+G
      // `line:col` counts CJK characters as two columns: go to the line's end.)
      await wb.goTo(PERMITS_LINE, 1);
      await wb.page.keyboard.press('End');
      await wb.page.keyboard.press('Backspace');
      await wb.page
        .locator('.statusbar-item')
        .filter({ hasText: /5 个错误/ })
        .first()
        .waitFor({ state: 'visible', timeout: TIMEOUTS.diagnostics });
      assert.deepEqual(await settledSquiggleLines(wb, 'error', 5), ERROR_LINES.slice(1));
      assert.match(await wb.visibleText(), /^ {4}行政许可: 12$/m);
      await wb.screenshot('g-status-bar-after-fix');
    }));

  test('c. completion under 不予公开 offers the missing statutory row; accepting it clears the error', () =>
    step('completion', async () => {
      const { wb } = s;
      await wb.openFile(MISSING_ROW);
      const group = lineOf(missingRowText, '    不予公开:');
      assert.deepEqual(await settledSquiggleLines(wb, 'error', 1), [group]);
      // A new line after the last row of the group, indented as its rows are.
      const next = lineOf(missingRowText, '属于行政查询事项:');
      await wb.goTo(next, 1);
      await wb.page.keyboard.press('Enter');
      await wb.page.keyboard.press('ArrowUp');
      await wb.page.keyboard.type('      ', { delay: 10 });
      const items = await wb.complete(undefined, undefined, '属于行政执法案卷');
      // Only what the group lacks: the rows already there are not offered again.
      assert.deepEqual(items, ['属于行政执法案卷'], `suggest list: ${items.join(', ')}`);
      await wb.screenshot('c-completion');
      await wb.page.keyboard.press('Tab'); // accept (acceptSuggestionOnEnter is off in the harness)
      await wb.waitForNoSquiggles('error');
      assert.match(
        await wb.visibleText(),
        /^ {6}属于行政执法案卷: \{自然人: 0, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0\}/m,
      );
      assert.equal((await cursorPosition(wb)).line, next);
      await wb.screenshot('c-completion-accepted');
    }));
});
