// The preview's in-place patch (client/src/webview/morph.ts) in a real
// browser (headless Chromium, no VS Code): bodies rendered by the engine from
// the 西城 report, before and after an edit, patched into a live page. The
// page must end as a fresh page of the new body would be, and the elements
// the renderer keys by data-path must be the same nodes afterwards, also when
// a whole section is inserted or removed ahead of them (an index-based patch
// replaced every element after the change).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildSync } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { renderHtml } from '../../server/src/core/render';
import { launchBrowser } from './browser';
import { PROJECT_ROOT, requireE2EEnv } from './e2eEnv';
import { exampleText, XICHENG } from './examples';

const text = exampleText(XICHENG);
const PREAMBLE = /前言: \|\n {2}[^\n]*\n/;

/** The report body the preview shows (the <article>), as the renderer makes it. */
function bodyOf(source: string): string {
  const html = renderHtml(source, { standalone: false });
  return html.slice(html.indexOf('<article'), html.lastIndexOf('</article>') + '</article>'.length);
}

interface PatchOutcome {
  /** Keyed elements before the patch that are still in the page after it (the same nodes). */
  kept: number;
  keyedBefore: number;
  /** The page after the patch equals a fresh page of the new body. */
  sameAsFresh: boolean;
}

declare const document: {
  getElementById(id: string): { innerHTML: string; querySelectorAll(s: string): ArrayLike<object> };
  createElement(tag: string): { innerHTML: string };
};
declare const window: { patchChildren(root: unknown, body: string): void };

async function patch(page: Page, from: string, to: string): Promise<PatchOutcome> {
  return page.evaluate(
    ({ from, to }) => {
      const root = document.getElementById('xxgk-root');
      root.innerHTML = from;
      const keyed = Array.from(root.querySelectorAll('[data-path]'));
      window.patchChildren(root, to);
      const now = new Set(Array.from(root.querySelectorAll('[data-path]')));
      const fresh = document.createElement('main');
      fresh.innerHTML = to;
      return {
        kept: keyed.filter((el) => now.has(el)).length,
        keyedBefore: keyed.length,
        sameAsFresh: root.innerHTML === fresh.innerHTML,
      };
    },
    { from, to },
  );
}

describe('the preview patches its page in place, matching elements by data-path', { timeout: 120_000 }, () => {
  let browser: Browser;
  let page: Page;

  before(async () => {
    browser = await launchBrowser(requireE2EEnv());
    page = await browser.newPage();
    await page.setContent('<main id="xxgk-root"></main>');
    const bundle = buildSync({
      stdin: {
        contents:
          "import { patchChildren } from './client/src/webview/morph';\nObject.assign(window, { patchChildren });",
        resolveDir: PROJECT_ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
    });
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  });

  after(async () => {
    await browser?.close();
  });

  test('one number edited: the page is the new body, every keyed element kept', async () => {
    const outcome = await patch(page, bodyOf(text), bodyOf(text.replace('行政许可: 54', '行政许可: 55')));
    assert.ok(outcome.sameAsFresh);
    assert.ok(outcome.keyedBefore > 200, `${outcome.keyedBefore} keyed elements`);
    assert.equal(outcome.kept, outcome.keyedBefore);
  });

  test('a section inserted before the others: the elements after it are kept, not replaced', async () => {
    assert.match(text, PREAMBLE);
    const outcome = await patch(page, bodyOf(text.replace(PREAMBLE, '')), bodyOf(text));
    assert.ok(outcome.sameAsFresh);
    assert.equal(outcome.kept, outcome.keyedBefore);
  });

  test('a section removed: every element that stays is kept', async () => {
    const outcome = await patch(page, bodyOf(text), bodyOf(text.replace(PREAMBLE, '')));
    assert.ok(outcome.sameAsFresh);
    // Only the preamble's paragraph goes.
    assert.equal(outcome.kept, outcome.keyedBefore - 1);
  });
});
