// Editing cells in the preview webview of a real VS Code, for the e2e test and
// the preview benchmark: selecting a cell, and timing a key pressed in a cell
// (Enter after typing, Delete) until both the preview and the editor's
// squiggles show the report's new state.
import { TIMEOUTS } from './e2eEnv';
import type { Frame } from 'playwright-core';
import { cellSelector } from './previewReaders';
import { type Workbench } from './workbench';

// Page-side globals, for this module only (both the workbench and the webview page).
interface El {
  readonly textContent: string | null;
  readonly style: { top: string };
  readonly classList: { contains(c: string): boolean };
  getAttribute(name: string): string | null;
}
declare const document: {
  body: El;
  querySelector(s: string): El | null;
  querySelectorAll(s: string): ArrayLike<El>;
  addEventListener(
    type: string,
    fn: (e: { timeStamp: number }) => void,
    opts: { capture: boolean; once: boolean },
  ): void;
};
declare const performance: { timeOrigin: number; now(): number };
declare const window: Record<string, unknown>;
declare class MutationObserver {
  constructor(fn: () => void);
  observe(
    target: El,
    opts: { subtree: boolean; childList: boolean; characterData: boolean; attributes: boolean },
  ): void;
  disconnect(): void;
}

/** Clicks a cell of the preview and waits for its focus ring. */
export async function selectCell(frame: Frame, dataPath: string): Promise<void> {
  await frame.locator(cellSelector(dataPath)).first().click({ timeout: TIMEOUTS.ui });
  await frame.waitForFunction(
    (p: string) => document.querySelector(`[data-path="${p}"]`)?.classList.contains('cell-selected') === true,
    dataPath,
    { timeout: TIMEOUTS.ui },
  );
}

/** The visible lines of the report's text editor, whichever group is active (the preview's, after a click in it). */
export async function reportLines(wb: Workbench): Promise<string[]> {
  return wb.page.evaluate(() => {
    const lines = Array.from(document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line'));
    return lines
      .map((l) => ({ top: parseFloat(l.style.top || '0'), text: (l.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text);
  }, undefined);
}

/** The number of warning squiggles in the workbench's text editors (every group). */
export async function warningSquiggles(wb: Workbench): Promise<number> {
  return wb.page.evaluate(() => document.querySelectorAll('.monaco-editor .squiggly-warning').length, undefined);
}

export interface CellKeyTiming {
  /** Key down in the preview → the cell shows the report's new state (rendered by the server). */
  previewMs: number;
  /** Key down → the editor shows the new number of warning squiggles. */
  squigglesMs: number;
  /** The later of the two: updated diagnostics and preview. */
  ms: number;
}

/**
 * Presses `key` in the preview (its cell editor or a selected cell) and times
 * it until the cell `dataPath` reads `text` as rendered from the new version
 * of the report (a newer data-version, no pending mark, marked with a finding
 * or not as `finding` says) and the editor shows `warnings` warning squiggles.
 * One clock for both frames: performance.timeOrigin + now.
 */
export async function timeCellKey(
  wb: Workbench,
  frame: Frame,
  key: string,
  expect: { dataPath: string; text: string; finding: boolean; warnings: number },
): Promise<CellKeyTiming> {
  await frame.evaluate(({ dataPath, text, finding }) => {
    const root = document.querySelector('#xxgk-root')!;
    const version = root.getAttribute('data-version');
    window['__cellKeyAt'] = 0;
    window['__cellSeenAt'] = 0;
    document.addEventListener(
      'keydown',
      (e) => {
        window['__cellKeyAt'] = performance.timeOrigin + e.timeStamp;
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      const cell = document.querySelector(`[data-path="${dataPath}"]`);
      if (
        root.getAttribute('data-version') !== version &&
        cell &&
        (cell.textContent ?? '').trim() === text &&
        !cell.classList.contains('cell-pending') &&
        cell.classList.contains('has-finding') === finding
      ) {
        window['__cellSeenAt'] = performance.timeOrigin + performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  }, expect);
  await wb.page.evaluate((warnings: number) => {
    window['__squigglesAt'] = 0;
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('.monaco-editor .squiggly-warning').length === warnings) {
        window['__squigglesAt'] = performance.timeOrigin + performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: false, attributes: true });
  }, expect.warnings);
  await wb.page.keyboard.press(key);
  await frame.waitForFunction(() => (window['__cellSeenAt'] as number) > 0, undefined, {
    timeout: TIMEOUTS.ui,
    polling: 'raf',
  });
  await wb.page.waitForFunction(() => (window['__squigglesAt'] as number) > 0, undefined, { timeout: TIMEOUTS.ui });
  const { keyAt, seenAt } = await frame.evaluate(
    () => ({ keyAt: window['__cellKeyAt'] as number, seenAt: window['__cellSeenAt'] as number }),
    undefined,
  );
  const squigglesAt = await wb.page.evaluate(() => window['__squigglesAt'] as number, undefined);
  return { previewMs: seenAt - keyAt, squigglesMs: squigglesAt - keyAt, ms: Math.max(seenAt, squigglesAt) - keyAt };
}
