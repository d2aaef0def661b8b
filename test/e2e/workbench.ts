// The workbench in the browser page and what a person does in it: open the
// folder, open a file (Ctrl+P), run a command (F1), move the cursor, type,
// save, take screenshots, find a webview's frame. Readings of the editor
// (squiggles, hovers, completion) come from EditorReaders (editorReaders.ts).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { EditorReaders } from './editorReaders';
import { sleep, TIMEOUTS } from './e2eEnv';
import { type PageDocument } from './pageDom';
import type { Frame, Locator, Page } from 'playwright-core';

declare const document: PageDocument;

export class Workbench extends EditorReaders {
  private shot = 0;
  readonly consoleErrors: string[] = [];

  constructor(
    page: Page,
    readonly artifactsDir: string,
  ) {
    super(page);
    page.on('console', (m) => {
      if (m.type() === 'error') this.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => this.consoleErrors.push(String(e)));
  }

  /** Saves `test-results/e2e/<test>/<NN>-<step>.png` and returns its path. */
  async screenshot(step: string): Promise<string> {
    this.shot += 1;
    const safe = step.replace(/[^\w\u4e00-\u9fff.-]+/g, '-').replace(/^-+|-+$/g, '') || 'step';
    const file = path.join(this.artifactsDir, `${String(this.shot).padStart(2, '0')}-${safe}.png`);
    mkdirSync(this.artifactsDir, { recursive: true });
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Opens the workbench on `folder` and waits for it to be usable. */
  async open(serverUrl: string, folder: string): Promise<void> {
    await this.page.goto(`${serverUrl}/?folder=${encodeURIComponent(path.resolve(folder))}`, {
      timeout: TIMEOUTS.workbench,
      waitUntil: 'domcontentloaded',
    });
    await this.page.waitForSelector('.monaco-workbench', { timeout: TIMEOUTS.workbench });
    // The workbench's parts are laid out once the remote connection is up.
    await this.page.waitForSelector('.part.statusbar', {
      timeout: TIMEOUTS.workbench,
    });
  }

  private quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  private async waitQuickInputClosed(): Promise<void> {
    await this.quickInput().first().waitFor({ state: 'hidden', timeout: TIMEOUTS.ui });
  }

  /** Focuses the active editor's text area (after a quick input, a click elsewhere…). */
  override async focusEditor(): Promise<void> {
    await this.page
      .locator('.editor-instance .monaco-editor textarea, .editor-instance .monaco-editor .native-edit-context')
      .first()
      .waitFor({ state: 'attached', timeout: TIMEOUTS.ui });
    await this.page.evaluate(() => {
      const el = document.querySelector(
        '.editor-group-container.active .monaco-editor .native-edit-context, .editor-group-container.active .monaco-editor textarea.inputarea',
      );
      el?.focus();
    }, undefined);
  }

  /** Ctrl+P, type the file name, Enter; waits for its tab to be active. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.first().waitFor({ state: 'visible', timeout: TIMEOUTS.ui });
    await this.page.keyboard.insertText(name);
    const base = path.basename(name);
    // Wait until the focused row is the file (search results can lag behind typing).
    await this.page.waitForFunction(
      (b: string) => {
        const row = document.querySelector('.quick-input-widget .monaco-list-row.focused');
        return !!row && (row.getAttribute('aria-label') ?? row.textContent ?? '').includes(b);
      },
      base,
      { timeout: TIMEOUTS.ui },
    );
    await this.page.keyboard.press('Enter');
    await this.waitQuickInputClosed();
    await this.page
      .locator('.tabs-container .tab.active')
      .filter({ hasText: base })
      .first()
      .waitFor({ state: 'visible', timeout: TIMEOUTS.ui });
    await this.page
      .locator('.editor-group-container.active .monaco-editor .view-lines')
      .first()
      .waitFor({ state: 'visible', timeout: TIMEOUTS.ui });
  }

  /**
   * F1, type `label` (a command's title, category included or not), wait
   * until the focused row matches it, Enter.
   */
  async runCommand(label: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.first().waitFor({ state: 'visible', timeout: TIMEOUTS.ui });
    await this.page.keyboard.insertText(label);
    await this.page.waitForFunction(
      (l: string) => {
        const row = document.querySelector('.quick-input-widget .monaco-list-row.focused');
        const text = (row?.getAttribute('aria-label') ?? row?.textContent ?? '').toLowerCase();
        return l
          .toLowerCase()
          .split(/\s+/)
          .filter(Boolean)
          .every((w) => text.includes(w));
      },
      label,
      { timeout: TIMEOUTS.ui },
    );
    await this.page.keyboard.press('Enter');
    await this.waitQuickInputClosed();
  }

  /** Moves the cursor of the active editor to 1-based line/column (Ctrl+G `line:col`). */
  override async goTo(line: number, column = 1): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    await this.page
      .locator('.quick-input-widget .quick-input-box input')
      .first()
      .waitFor({ state: 'visible', timeout: TIMEOUTS.ui });
    await this.page.keyboard.insertText(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.waitQuickInputClosed();
    await this.page.waitForFunction(
      ([l, c]: [number, number]) => {
        const item = document.querySelector(
          '#status\\.editor\\.selection a, .statusbar-item[id="status.editor.selection"]',
        );
        const t = item?.textContent ?? '';
        const m = /(\d+)\D+(\d+)/.exec(t);
        return !!m && Number(m[1]) === l && Number(m[2]) === c;
      },
      [line, column] as [number, number],
      { timeout: TIMEOUTS.ui },
    );
  }

  /**
   * Types `text` at line/column of the active editor. `raw: true` inserts
   * the text as-is (no auto-indent, auto-closing, suggestions); the default
   * sends key presses like a person typing.
   */
  async typeAt(line: number, column: number, text: string, opts: { raw?: boolean } = {}): Promise<void> {
    await this.goTo(line, column);
    await this.focusEditor();
    if (opts.raw) await this.page.keyboard.insertText(text);
    else await this.page.keyboard.type(text, { delay: 10 });
  }

  /** Ctrl+S on the active editor; waits for the tab to lose its dirty mark. */
  async save(): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+S');
    await this.page.waitForSelector('.tabs-container .tab.active:not(.dirty)', { timeout: TIMEOUTS.ui });
  }

  /** Text of the visible lines of the active editor (virtualised: off-screen lines are absent). */
  async visibleText(): Promise<string> {
    return this.page.evaluate(() => {
      const lines = [
        ...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line'),
      ];
      return lines
        .map((l) => ({ top: parseFloat(l.style.top || '0'), text: (l.textContent ?? '').replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text)
        .join('\n');
    }, undefined);
  }

  /**
   * Finds the frame (webviews are nested iframes) other than the workbench's
   * own whose body text contains `text`, polling until `timeout`.
   */
  async findFrameByText(text: string | RegExp, timeout = TIMEOUTS.ui): Promise<Frame> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const main = this.page.mainFrame();
      for (const f of this.page.frames()) {
        if (f === main) continue; // the workbench itself (editor text, tab titles…)
        let body: string;
        try {
          body = await f.evaluate(() => document.body?.innerText ?? '');
        } catch {
          continue; // detached or navigating
        }
        if (typeof text === 'string' ? body.includes(text) : text.test(body)) return f;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `no frame with text ${String(text)} within ${timeout} ms (${this.page.frames().length} frames)`,
        );
      }
      await sleep(250);
    }
  }
}
