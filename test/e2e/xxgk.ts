// What the xxgk e2e tests and the preview benchmark share on top of
// harness.ts: the vsce-made package, a workspace of examples, and readings
// of the workbench as a person sees it (squiggles by line, the status bar,
// the language status hover, the preview webview's cells, keystroke →
// preview timing, activation time from "Developer: Show Running Extensions").
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { E2ESetupError, makeTempDir, PROJECT_ROOT, TIMEOUTS, type PwFrame, type Workbench } from './harness';

export const XICHENG = '2023-西城区民政局.xxgk.yaml';
export const WITH_ERRORS = '带错误的示例.xxgk.yaml';

// ---------------------------------------------------------------------------
// The package: xxgk.vsix as `npm run package` (vsce) makes it.

export const PACKAGE_PATH = path.join(PROJECT_ROOT, 'xxgk.vsix');
/** What goes into the package; the .vsix must be newer than each of these. */
const PACKAGED_INPUTS = ['dist/client.js', 'dist/server.js', 'media/preview.js', 'package.json', 'package.nls.json', 'package.nls.zh-cn.json'];

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function packageIsFresh(): boolean {
  const made = mtime(PACKAGE_PATH);
  return made > 0 && PACKAGED_INPUTS.every((f) => mtime(path.join(PROJECT_ROOT, f)) <= made);
}

/** Reads one entry of a zip file (stored or deflated; enough for a .vsix). */
export function readZipEntry(zipFile: string, name: string): Buffer | undefined {
  const buf = readFileSync(zipFile);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${zipFile}: not a zip`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const entryName = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (entryName === name) {
      const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(dataStart, dataStart + size);
      return method === 0 ? Buffer.from(data) : inflateRawSync(data);
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  return undefined;
}

/**
 * The extension as a user installs it: the .vsix that `npm run package`
 * (esbuild --production + @vscode/vsce) writes to the project root, rebuilt
 * here when missing or older than what it packs; or the file named by
 * XXGK_E2E_VSIX. Checks that vsce made it (not the harness's own zip).
 */
export function packagedVsix(): string {
  const given = process.env.XXGK_E2E_VSIX;
  let file: string;
  if (given) {
    file = path.resolve(given);
    if (!existsSync(file)) throw new E2ESetupError(`XXGK_E2E_VSIX=${given}: no such file`);
  } else {
    file = PACKAGE_PATH;
    if (!packageIsFresh()) withLock(path.join(PROJECT_ROOT, 'test-results', 'e2e', '.package.lock'), () => {
      if (packageIsFresh()) return; // another test file made it meanwhile
      const r = spawnSync('npm', ['run', 'package'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 300_000 });
      if (r.status !== 0) throw new Error(`npm run package failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    });
    if (!existsSync(file)) throw new Error(`npm run package did not write ${file}`);
  }
  const manifest = readZipEntry(file, 'extension.vsixmanifest')?.toString('utf8') ?? '';
  const pkg = JSON.parse(readZipEntry(file, 'extension/package.json')?.toString('utf8') ?? '{}') as { name?: string; publisher?: string };
  if (pkg.publisher !== 'xxgk' || pkg.name !== 'xxgk') throw new Error(`${file} is not the xxgk extension (${pkg.publisher}.${pkg.name})`);
  // vsce writes the readme/license assets into the manifest; the harness's zip does not.
  if (!manifest.includes('Microsoft.VisualStudio.Services.Content.Details')) {
    throw new Error(`${file} was not made by @vscode/vsce (no Content.Details asset in its manifest)`);
  }
  return file;
}

function withLock(lock: string, fn: () => void): void {
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - mtime(lock) > 300_000) rmSync(lock, { recursive: true, force: true }); // stale
      if (Date.now() > deadline) throw new Error(`lock ${lock} held for too long`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// The workspace.

/**
 * A temp workspace folder with copies of the examples (`examples/<name>`)
 * and any extra files given as name → text.
 */
export function exampleWorkspace(examples: string[], extra: Record<string, string> = {}): { tmp: string; folder: string } {
  const tmp = makeTempDir('xxgk-e2e-ws-');
  const folder = path.join(tmp, 'ws');
  mkdirSync(folder);
  for (const name of examples) copyFileSync(path.join(PROJECT_ROOT, 'examples', name), path.join(folder, name));
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(folder, name), text);
  return { tmp, folder };
}

export function exampleText(name: string): string {
  return readFileSync(path.join(PROJECT_ROOT, 'examples', name), 'utf8');
}

/** 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line contains ${needle}`);
  return i + 1;
}

// ---------------------------------------------------------------------------
// Page-side code runs in the browser; the project has no DOM lib, so the
// little it uses is declared here for this module only.

interface El {
  readonly className: string;
  readonly textContent: string | null;
  readonly innerText: string;
  readonly parentElement: El | null;
  readonly style: { top: string };
  getAttribute(name: string): string | null;
  querySelector(sel: string): El | null;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number; top: number; bottom: number };
  scrollIntoView(opts?: { block?: 'start' | 'center' | 'end' }): void;
}
declare const document: {
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): Iterable<El> & ArrayLike<El>;
  getElementById(id: string): El | null;
  addEventListener(type: string, fn: (e: { timeStamp: number }) => void, opts?: { capture?: boolean; once?: boolean }): void;
};
declare const performance: { timeOrigin: number; now(): number };
declare const window: Record<string, unknown>;
declare class MutationObserver {
  constructor(fn: () => void);
  observe(target: El, opts: { subtree?: boolean; childList?: boolean; characterData?: boolean; attributes?: boolean }): void;
  disconnect(): void;
}

/** A frame as playwright-core gives it (more than harness.ts's PwFrame declares). */
export interface Frame {
  url(): string;
  locator: PwFrame['locator'];
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg: A, opts?: { timeout?: number; polling?: number | 'raf' }): Promise<unknown>;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

// ---------------------------------------------------------------------------
// The editor.

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
export async function settledSquiggleLines(wb: Workbench, kind: Kind, min = 0, timeout = TIMEOUTS.diagnostics): Promise<number[]> {
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
    if (Date.now() > deadline) throw new Error(`${kind} squiggles did not settle on ≥${min} lines within ${timeout} ms; last lines: [${key}]`);
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
  return wb.page.evaluate((i: string) => document.querySelector(`.statusbar-item[id="${i}"] a`)?.getAttribute('aria-label') ?? '', id);
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
export async function waitForHoverText(wb: Workbench, selector: string, until: RegExp, timeout = TIMEOUTS.ui): Promise<string> {
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

// ---------------------------------------------------------------------------
// The preview webview.

/** Finds the preview's page (the innermost webview frame) by a text it shows. */
export async function findPreview(wb: Workbench, text: string | RegExp, timeout = 60_000): Promise<Frame> {
  return (await wb.findFrameByText(text, timeout)) as unknown as Frame;
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
    return { text: (el.textContent ?? '').trim(), className: el.className, title: el.getAttribute('title') ?? '', line: Number(el.getAttribute('data-line')) };
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
export async function typeAndTimePreview(wb: Workbench, frame: Frame, key: string, dataPath: string, expect: string, timeout = TIMEOUTS.ui): Promise<EditTiming> {
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
        const cell = Array.from(document.querySelectorAll('[data-path]')).find((e) => e.getAttribute('data-path') === p);
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

// ---------------------------------------------------------------------------
// Activation time, as VS Code measures it.

/**
 * Runs "Developer: Show Running Extensions" and reads the activation time
 * that VS Code shows for the extension named `displayName` (e.g.
 * "Activation: 47ms"): the extension host's own measure of loading the
 * extension's code plus its activate() call. Undefined if not shown.
 */
export async function runningExtensionsActivation(wb: Workbench, displayName: string): Promise<{ ms: number; text: string } | undefined> {
  await wb.runCommand('Developer: Show Running Extensions');
  const deadline = Date.now() + TIMEOUTS.ui;
  for (;;) {
    const text = await wb.page.evaluate((name: string) => {
      const rows = Array.from(document.querySelectorAll('.runtime-extensions-editor .monaco-list-row'));
      return rows.find((r) => r.innerText.includes(name))?.innerText ?? '';
    }, displayName);
    const m = /Activation:\s*([\d.]+)\s*ms/.exec(text);
    if (m) return { ms: Number(m[1]), text: text.replace(/\s+/g, ' ').trim() };
    if (Date.now() > deadline) return undefined;
    await sleep(250);
  }
}

/** Lines of the extension host log(s) under the profile's user-data dir that mention `what`. */
export function extHostLogLines(userDataDir: string, what: RegExp): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/exthost\.log$/i.test(name)) out.push(...readFileSync(p, 'utf8').split('\n').filter((l) => what.test(l)));
    }
  };
  const logs = path.join(userDataDir, 'logs');
  if (existsSync(logs)) walk(logs);
  return out;
}
