// The Getting Started walkthrough of the packaged extension in a real VS Code
// (code-server), as a new user meets it: opened from the Welcome page's list,
// its three steps shown with their Markdown media, and its buttons running the
// commands — Export as Word on the report open behind the Welcome page (the
// walkthrough has the focus, no text editor is active), New Annual Report
// asking how to start. Screenshots: test-results/e2e/walkthrough/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { useExampleSession } from './exampleSession';
import { PROJECT_ROOT, TIMEOUTS, type Session } from './harness';
import { WITH_ERRORS } from './xxgk';

const nls = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
/** A phrase of the first step's media, to find the frame it is shown in. */
const NEW_REPORT_MEDIA = /the quickest start/;

describe('the Getting Started walkthrough (from xxgk.vsix)', { timeout: 600_000 }, () => {
  let s: Session;
  const step = useExampleSession({ name: 'walkthrough', examples: [WITH_ERRORS] }, (session) => (s = session));

  test("a. opened from the Welcome page: its title, three steps and the first step's media", () =>
    step('open', async () => {
      const { wb } = s;
      assert.match(
        readFileSync(path.join(PROJECT_ROOT, nls['walkthrough.newReport.media']!), 'utf8'),
        NEW_REPORT_MEDIA,
      );
      await wb.openFile(WITH_ERRORS);
      await wb.page.keyboard.press('F1');
      await wb.page.keyboard.insertText('Welcome: Open Walkthrough');
      await wb.page.locator('.quick-input-widget .monaco-list-row.focused').first().waitFor({ timeout: TIMEOUTS.ui });
      await wb.page.keyboard.press('Enter');
      await wb.page.keyboard.insertText(nls['walkthrough.title']!);
      await wb.page
        .locator('.quick-input-widget .monaco-list-row.focused', { hasText: nls['walkthrough.title']! })
        .first()
        .waitFor({ timeout: TIMEOUTS.ui });
      await wb.page.keyboard.press('Enter');
      for (const key of ['walkthrough.newReport.title', 'walkthrough.fillTables.title', 'walkthrough.exportWord.title'])
        await wb.page.getByText(nls[key]!, { exact: true }).first().waitFor({ timeout: TIMEOUTS.ui });
      await wb.findFrameByText(NEW_REPORT_MEDIA, TIMEOUTS.ui);
      await wb.screenshot('a-walkthrough');
    }));

  test('b. Export as Word from its step saves the report open behind the Welcome page', () =>
    step('export', async () => {
      const { wb } = s;
      await wb.page.getByText(nls['walkthrough.exportWord.title']!, { exact: true }).first().click();
      await wb.page.getByRole('button', { name: 'Export as Word (.docx)' }).first().click();
      // The save dialog (code-server's own, in the quick input) proposes the report's name as .docx.
      const input = wb.page.locator('.quick-input-widget .quick-input-box input').first();
      await input.waitFor({ state: 'visible', timeout: TIMEOUTS.diagnostics });
      // The dialog shows the folder first, then adds the proposed name.
      let proposed = await input.inputValue();
      const deadline = Date.now() + TIMEOUTS.ui;
      while (!proposed.endsWith('.docx') && Date.now() < deadline) {
        await wb.page.waitForTimeout(200);
        proposed = await input.inputValue();
      }
      assert.match(proposed, /\/带错误的示例\.docx$/);
      await wb.screenshot('b-save-dialog');
      await wb.dismiss();
    }));

  test('c. New Annual Report from its step asks how to start', () =>
    step('new-report', async () => {
      const { wb } = s;
      await wb.page.getByText(nls['walkthrough.newReport.title']!, { exact: true }).first().click();
      await wb.page.getByRole('button', { name: 'New Annual Report' }).first().click();
      await wb.page
        .locator('.quick-input-widget .monaco-list-row', { hasText: 'From the report of the year before' })
        .first()
        .waitFor({ state: 'visible', timeout: TIMEOUTS.ui });
      await wb.screenshot('c-new-report');
      await wb.dismiss();
    }));
});
