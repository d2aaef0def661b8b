// Readings of the active editor as a person sees them: squiggles, the
// problems item of the status bar, hovers and the suggest list. The
// Workbench (workbench.ts) gets them by extending EditorReaders; they need
// only its page and the two actions declared abstract here.
import { sleep, TIMEOUTS } from './e2eEnv';
import { type PageDocument } from './pageDom';
import type { Locator, Page } from 'playwright-core';

declare const document: PageDocument;

export type SquiggleKind = 'error' | 'warning' | 'info' | 'hint';

export abstract class EditorReaders {
  constructor(readonly page: Page) {}

  /** Focuses the active editor's text area (see Workbench). */
  abstract focusEditor(): Promise<void>;

  /** Moves the cursor of the active editor to 1-based line/column (see Workbench). */
  abstract goTo(line: number, column?: number): Promise<void>;

  /** Squiggle decorations of the active editor (visible lines only). */
  squiggles(kind: SquiggleKind = 'error'): Locator {
    return this.page.locator(`.editor-group-container.active .monaco-editor .squiggly-${kind}`);
  }

  /** Waits until at least `min` squiggles of `kind` show; returns how many. */
  async waitForSquiggles(kind: SquiggleKind = 'error', min = 1, timeout = TIMEOUTS.diagnostics): Promise<number> {
    await this.page.waitForFunction(
      ([k, n]: [string, number]) =>
        document.querySelectorAll(`.editor-group-container.active .monaco-editor .squiggly-${k}`).length >= n,
      [kind, min] as [string, number],
      { timeout },
    );
    return this.squiggles(kind).count();
  }

  /** Waits until no squiggle of `kind` shows. */
  async waitForNoSquiggles(kind: SquiggleKind = 'error', timeout = TIMEOUTS.diagnostics): Promise<void> {
    await this.page.waitForFunction(
      (k: string) =>
        document.querySelectorAll(`.editor-group-container.active .monaco-editor .squiggly-${k}`).length === 0,
      kind,
      { timeout },
    );
  }

  /** The status bar's problems item, e.g. "1 0" / its aria-label "Errors: 1, Warnings: 0". */
  async problemsStatus(): Promise<string> {
    const item = this.page.locator('.statusbar-item[id="status.problems"] a, #status\\.problems a').first();
    return (await item.getAttribute('aria-label')) ?? (await item.innerText());
  }

  private visibleHover(): Locator {
    return this.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /\S/ });
  }

  /**
   * Polls `read` until it returns the same value `stableReads` times in a row
   * (100 ms apart) and, if given, `until` matches it. Hovers and the suggest
   * list fill in as each provider answers (the diagnostic first, then the
   * language server's hover), so the first text seen is often incomplete.
   */
  private async settle<T>(
    read: () => Promise<T>,
    show: (v: T) => string,
    until?: string | RegExp | ((v: T) => boolean),
    what = 'widget',
    stableReads = 4,
  ): Promise<T> {
    const ok = (v: T): boolean =>
      until === undefined
        ? true
        : typeof until === 'function'
          ? until(v)
          : typeof until === 'string'
            ? show(v).includes(until)
            : until.test(show(v));
    const deadline = Date.now() + TIMEOUTS.ui;
    let last: string | undefined;
    let same = 0;
    let value: T | undefined;
    for (;;) {
      try {
        value = await read();
        const text = show(value);
        same = text === last ? same + 1 : 1;
        last = text;
        if (same >= stableReads && ok(value)) return value;
      } catch {
        same = 0; // re-rendering
      }
      if (Date.now() > deadline) {
        throw new Error(
          `${what} did not settle${until === undefined ? '' : ` on ${String(until)}`} within ${TIMEOUTS.ui} ms; last: ${JSON.stringify(last)}`,
        );
      }
      await sleep(100);
    }
  }

  /** Closes any hover / suggest widget / quick input. */
  async dismiss(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  private async readHover(until?: string | RegExp): Promise<string> {
    const hover = this.visibleHover().first();
    await hover.waitFor({ state: 'visible', timeout: TIMEOUTS.ui });
    return this.settle(
      async () => (await this.visibleHover().first().innerText({ timeout: 1_000 })).trim(),
      (t) => t,
      until,
      'hover',
    );
  }

  /**
   * Moves the mouse onto `target` (e.g. `wb.squiggles('error').first()`) and
   * returns the text of the editor hover that opens, once it has stopped
   * changing (and matches `until`, when given).
   */
  async hoverOn(target: Locator, until?: string | RegExp): Promise<string> {
    await target.waitFor({ state: 'attached', timeout: TIMEOUTS.ui });
    const box = await target.boundingBox({ timeout: TIMEOUTS.ui });
    if (!box) throw new Error('hoverOn: target has no box (not rendered?)');
    // Move in from outside so Monaco sees a fresh mouse-move on the target.
    await this.page.mouse.move(box.x + box.width / 2, box.y - 40);
    await this.page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2, { steps: 5 });
    return this.readHover(until);
  }

  /** Hover at the cursor (editor.action.showHover, Ctrl+K Ctrl+I); returns its settled text. */
  async hoverAtCursor(line?: number, column?: number, until?: string | RegExp): Promise<string> {
    if (line !== undefined) await this.goTo(line, column ?? 1);
    await this.focusEditor();
    await this.page.keyboard.press('Control+K');
    await this.page.keyboard.press('Control+I');
    return this.readHover(until);
  }

  /**
   * Ctrl+Space (optionally at line/column first) and returns the labels of
   * the suggest widget's rendered rows once they have stopped changing (and
   * include `until`, when given). The list is virtualised: about the first
   * dozen rows only.
   */
  async complete(line?: number, column?: number, until?: string): Promise<string[]> {
    if (line !== undefined) await this.goTo(line, column ?? 1);
    await this.focusEditor();
    await this.page.keyboard.press('Control+Space');
    await this.page.waitForSelector('.suggest-widget.visible .monaco-list-row', { timeout: TIMEOUTS.ui });
    return this.settle(
      () =>
        this.page.evaluate(() => {
          const rows = [...document.querySelectorAll('.suggest-widget.visible .monaco-list-row')];
          return rows
            .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
            .map((r) => (r.querySelector('.label-name')?.textContent ?? r.getAttribute('aria-label') ?? '').trim());
        }, undefined),
      (items) => items.join('\n'),
      until === undefined ? undefined : (items) => items.includes(until),
      'suggest list',
    );
  }
}
