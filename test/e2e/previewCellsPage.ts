// The preview's page with its real script (client/src/webview/preview.ts,
// bundled as the build does) in headless Chromium, without VS Code: a stand-in
// for VS Code's webview API records what the page posts, and messages are
// posted to it as the extension would. Bodies come from the engine's renderer
// and checks, so the page holds what the preview shows of a report.
import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import { checkText } from '../../server/src/core/engine';
import { renderReport } from '../../server/src/core/render';
import { REPORT_CSS } from '../../server/src/core/render/styles';
import { PROJECT_ROOT } from './e2eEnv';

export const SOURCE = 'file:///ws/report.xxgk.yaml';

/** The preview's body of a report text, with its findings marked. */
export function previewBody(text: string): string {
  const result = checkText(text);
  return renderReport(result.report!, result.findings).body;
}

let bundle: string | undefined;

function script(): string {
  bundle ??= buildSync({
    entryPoints: ['client/src/webview/preview.ts'],
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
  }).outputFiles[0]!.text;
  return bundle;
}

// Page-side globals, for this module only.
declare const window: Record<string, unknown> & { postMessage(m: unknown, origin: string): void };

/** Loads the page of `text` and starts its script; what it posts collects in `window.posted`. */
export async function loadPreviewPage(page: Page, text: string): Promise<void> {
  const state = JSON.stringify({ uri: SOURCE }).replace(/"/g, '&quot;');
  await page.setContent(
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>${REPORT_CSS}</style></head>` +
      `<body class="xxgk-webview" data-state="${state}"><main id="xxgk-root" data-version="1">${previewBody(text)}</main></body></html>`,
  );
  await page.addScriptTag({
    content: `window.posted = []; window.acquireVsCodeApi = () => ({
      postMessage: (m) => window.posted.push(m), setState() {}, getState() { return undefined; } });`,
  });
  await page.addScriptTag({ content: script() });
}

/** What the page posted since the last call, 'ready' and scrolling left out. */
export async function takePosted(page: Page): Promise<Array<Record<string, unknown>>> {
  const posted = await page.evaluate(() => (window['posted'] as unknown[]).splice(0));
  return (posted as Array<Record<string, unknown>>).filter((m) => m['type'] !== 'ready' && m['type'] !== 'didScroll');
}

/** Posts a message to the page as the extension does. */
export async function toPage(page: Page, message: Record<string, unknown>): Promise<void> {
  await page.evaluate((m) => window.postMessage({ ...m, source: 'file:///ws/report.xxgk.yaml' }, '*'), message);
}
