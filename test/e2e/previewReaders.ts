// The preview webview: finding its frame, reading its cells and findings,
// scrolling it, and timing keystroke → preview update.
import { TIMEOUTS } from './e2eEnv';
import { type DomEl, type PageDocument } from './pageDom';
import type { Frame } from 'playwright-core';
import { type Workbench } from './workbench';

// Page-side globals (see pageDom.ts), for this module only.
declare const document: PageDocument;
declare const performance: { timeOrigin: number; now(): number };
declare const window: Record<string, unknown>;
declare class MutationObserver {
  constructor(fn: () => void);
  observe(
    target: DomEl,
    opts: { subtree?: boolean; childList?: boolean; characterData?: boolean; attributes?: boolean },
  ): void;
  disconnect(): void;
}

export type { Frame };

/** Finds the preview's page (the innermost webview frame) by a text it shows. */
export async function findPreview(wb: Workbench, text: string | RegExp, timeout = 60_000): Promise<Frame> {
  return wb.findFrameByText(text, timeout);
}

/** Opens the preview of the report in the editor from the command palette; its page once it shows table 二. */
export async function openPreview(wb: Workbench): Promise<Frame> {
  await wb.focusEditor();
  await wb.runCommand('xxgk: Open Preview to the Side');
  return findPreview(wb, '二、主动公开政府信息情况');
}

export interface Cell {
  text: string;
  className: string;
  title: string;
  line: number;
}

/** The preview element whose `data-path` is `dataPath`, or undefined. */
export async function previewCell(frame: Frame, dataPath: string): Promise<Cell | undefined> {
  return frame.evaluate((p: string) => {
    const el = Array.from(document.querySelectorAll('[data-path]')).find((e) => e.getAttribute('data-path') === p);
    if (!el) return undefined;
    return {
      text: (el.textContent ?? '').trim(),
      className: el.className,
      title: el.getAttribute('title') ?? '',
      line: Number(el.getAttribute('data-line')),
    };
  }, dataPath);
}

/** Every preview element marked with a finding: its data-path, classes, title and source line. */
export async function previewFindings(frame: Frame): Promise<Array<Cell & { path: string }>> {
  return frame.evaluate(() => {
    return Array.from(document.querySelectorAll('.has-finding')).map((el) => ({
      path: el.getAttribute('data-path') ?? '',
      text: (el.textContent ?? '').trim(),
      className: el.className,
      title: el.getAttribute('title') ?? '',
      line: Number(el.getAttribute('data-line')),
    }));
  }, undefined);
}

/** Scrolls the preview so that the element with `dataPath` is in the middle. */
export async function scrollPreviewTo(frame: Frame, dataPath: string): Promise<void> {
  await frame.evaluate((p: string) => {
    Array.from(document.querySelectorAll('[data-path]'))
      .find((e) => e.getAttribute('data-path') === p)
      ?.scrollIntoView({ block: 'center' });
  }, dataPath);
}

/** CSS selector of the element with this data-path (quotes escaped). */
export function cellSelector(dataPath: string): string {
  return `[data-path="${dataPath.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"]`;
}

export interface EditTiming {
  /** keydown in the workbench → the cell's new text in the preview DOM, by the page clocks (ms). */
  domMs: number;
  /** The same, measured from Node around the key press and a poll of the preview (ms; coarser). */
  wallMs: number;
}

/**
 * Types one key into the active editor (the cursor/selection must already be
 * where it should go) and measures the time until the preview element with
 * `dataPath` reads `expect`. The webview frame records, with a
 * MutationObserver, the moment its DOM shows the new text; the workbench
 * records the keydown; both as performance.timeOrigin + now (one clock).
 */
export async function typeAndTimePreview(
  wb: Workbench,
  frame: Frame,
  key: string,
  dataPath: string,
  expect: string,
  timeout = TIMEOUTS.ui,
): Promise<EditTiming> {
  await frame.evaluate(
    ([p, want]: [string, string]) => {
      const root = document.querySelector('body');
      if (!root) throw new Error('preview has no body');
      // (No named inner functions here: tsx would wrap them in a __name()
      // helper that the page does not have.)
      window['__xxgkSeenAt'] = 0;
      const prev = window['__xxgkObserver'] as MutationObserver | undefined;
      prev?.disconnect();
      const observer = new MutationObserver(() => {
        const cell = Array.from(document.querySelectorAll('[data-path]')).find(
          (e) => e.getAttribute('data-path') === p,
        );
        if (!window['__xxgkSeenAt'] && (cell?.textContent ?? '').trim() === want) {
          window['__xxgkSeenAt'] = performance.timeOrigin + performance.now();
          observer.disconnect();
        }
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      window['__xxgkObserver'] = observer;
    },
    [dataPath, expect] as [string, string],
  );
  await wb.page.evaluate(() => {
    window['__xxgkKeyAt'] = 0;
    document.addEventListener(
      'keydown',
      (e) => {
        window['__xxgkKeyAt'] = performance.timeOrigin + e.timeStamp;
      },
      { capture: true, once: true },
    );
  }, undefined);
  const t0 = performance.timeOrigin + performance.now();
  await wb.page.keyboard.press(key);
  await frame.waitForFunction(() => (window['__xxgkSeenAt'] as number) > 0, undefined, { timeout, polling: 'raf' });
  const wallMs = performance.timeOrigin + performance.now() - t0;
  const seenAt = await frame.evaluate(() => window['__xxgkSeenAt'] as number, undefined);
  const keyAt = await wb.page.evaluate(() => window['__xxgkKeyAt'] as number, undefined);
  return { domMs: keyAt > 0 ? seenAt - keyAt : NaN, wallMs };
}
