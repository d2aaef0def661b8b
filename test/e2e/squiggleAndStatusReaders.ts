// Readings of the editor as a person sees them, by line: the lines that
// carry squiggles, the status bar (cursor position, problems, the language
// status hover), the margin's active line number.
import { sleep, TIMEOUTS } from './e2eEnv';
import { type PageDocument } from './pageDom';
import { type Workbench } from './workbench';

declare const document: PageDocument;

export type Kind = 'error' | 'warning';

/**
 * The 1-based editor lines that carry a squiggle of `kind` in the active
 * editor (rendered lines only), sorted, each once. A squiggle's line is the
 * margin's line number at the same `top` as the squiggle's overlay row.
 */
export async function squiggleLines(wb: Workbench, kind: Kind): Promise<number[]> {
  return wb.page.evaluate((k: string) => {
    const editor = '.editor-group-container.active .monaco-editor';
    const numbers = new Map<string, number>();
    for (const row of Array.from(document.querySelectorAll(`${editor} .margin-view-overlays > div`))) {
      const n = row.querySelector('.line-numbers');
      if (n) numbers.set(row.style.top, Number((n.textContent ?? '').trim()));
    }
    const lines = new Set<number>();
    for (const s of Array.from(document.querySelectorAll(`${editor} .squiggly-${k}`))) {
      const line = numbers.get(s.parentElement?.style.top ?? '');
      if (line) lines.add(line);
    }
    return [...lines].sort((a, b) => a - b);
  }, kind);
}

/**
 * Waits until the squiggle lines of `kind` have stayed the same for a while
 * (the server publishes diagnostics once per version; drawing lags a little)
 * and, when given, until they contain at least `min` lines.
 */
export async function settledSquiggleLines(
  wb: Workbench,
  kind: Kind,
  min = 0,
  timeout = TIMEOUTS.diagnostics,
): Promise<number[]> {
  const deadline = Date.now() + timeout;
  let last = '';
  let since = Date.now();
  for (;;) {
    const lines = await squiggleLines(wb, kind);
    const key = lines.join(',');
    if (key !== last) {
      last = key;
      since = Date.now();
    } else if (lines.length >= min && Date.now() - since >= 1_000) return lines;
    if (Date.now() > deadline)
      throw new Error(`${kind} squiggles did not settle on ≥${min} lines within ${timeout} ms; last lines: [${key}]`);
    await sleep(150);
  }
}

/** Text of a status bar item by its id (e.g. `status.editor.selection`), '' when absent. */
export async function statusBarText(wb: Workbench, id: string): Promise<string> {
  return wb.page.evaluate((i: string) => {
    const item = document.querySelector(`.statusbar-item[id="${i}"]`);
    return (item?.textContent ?? '').trim();
  }, id);
}

/** The status bar's aria-label of an item (e.g. `status.problems` → "Errors: 6, Warnings: 2"). */
export async function statusBarLabel(wb: Workbench, id: string): Promise<string> {
  return wb.page.evaluate(
    (i: string) => document.querySelector(`.statusbar-item[id="${i}"] a`)?.getAttribute('aria-label') ?? '',
    id,
  );
}

/**
 * The status bar's aria-label of an item once it reads `expected` (the
 * problems item follows the server: every report of the workspace is checked,
 * open or not), or whatever it reads after `timeout`, for the assertion to show.
 */
export async function settledStatusBarLabel(
  wb: Workbench,
  id: string,
  expected: string,
  timeout = TIMEOUTS.ui,
): Promise<string> {
  await wb.page
    .waitForFunction(
      ([i, e]: [string, string]) =>
        document.querySelector(`.statusbar-item[id="${i}"] a`)?.getAttribute('aria-label') === e,
      [id, expected] as [string, string],
      { timeout },
    )
    .catch(() => undefined);
  return statusBarLabel(wb, id);
}

/** The cursor as the status bar shows it: `Ln X, Col Y`. */
export async function cursorPosition(wb: Workbench): Promise<{ line: number; column: number; text: string }> {
  const text = await statusBarText(wb, 'status.editor.selection');
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  return { line: m ? Number(m[1]) : -1, column: m ? Number(m[2]) : -1, text };
}

/** Waits until the status bar shows the cursor on 1-based `line`; returns what it shows. */
export async function waitForCursorLine(wb: Workbench, line: number, timeout = TIMEOUTS.ui): Promise<string> {
  await wb.page.waitForFunction(
    (l: number) => {
      const t = document.querySelector('.statusbar-item[id="status.editor.selection"]')?.textContent ?? '';
      return new RegExp(`Ln ${l},`).test(t);
    },
    line,
    { timeout },
  );
  return (await cursorPosition(wb)).text;
}

/** The active line number drawn in the editor's margin (the line the cursor is on). */
export async function activeLineNumber(wb: Workbench): Promise<number> {
  return wb.page.evaluate(() => {
    const n = document.querySelector('.editor-group-container.active .monaco-editor .line-numbers.active-line-number');
    return Number((n?.textContent ?? '').trim()) || -1;
  }, undefined);
}

/** The text of the visible, settled hover (e.g. after wb.hoverOn / a status bar click) matching `until`. */
export async function waitForHoverText(
  wb: Workbench,
  selector: string,
  until: RegExp,
  timeout = TIMEOUTS.ui,
): Promise<string> {
  await wb.page.waitForFunction(
    ([sel, src]: [string, string]) => {
      const re = new RegExp(src);
      return Array.from(document.querySelectorAll(sel)).some((e) => re.test(e.innerText));
    },
    [selector, until.source] as [string, string],
    { timeout },
  );
  return wb.page.evaluate(
    ([sel, src]: [string, string]) => {
      const re = new RegExp(src);
      return Array.from(document.querySelectorAll(sel)).find((e) => re.test(e.innerText))?.innerText ?? '';
    },
    [selector, until.source] as [string, string],
  );
}

/**
 * Clicks the language status item (`{}` in the status bar) and returns the
 * text of the hover it opens, once it shows `until` (e.g. /个错误/).
 */
export async function openLanguageStatus(wb: Workbench, until: RegExp): Promise<string> {
  await wb.page.locator('.statusbar-item[id="status.languageStatus"] a').first().click({ timeout: TIMEOUTS.ui });
  return waitForHoverText(wb, '.hover-language-status', until);
}
