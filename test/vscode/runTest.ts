// `npm run test:vscode`: the mocha suite in test/vscode/suite, run inside a
// real VS Code by @vscode/test-electron, against the extension built in dist/
// (`npm run build` first), with a workspace folder holding copies of the
// examples.
//
// VS Code itself is downloaded by @vscode/test-electron (cached in
// $XXGK_VSCODE_CACHE, default ~/.cache/xxgk-vscode-test), or taken from
// XXGK_VSCODE_EXECUTABLE. Where it cannot be had, the run does not happen and
// says so — never counted as passed:
//     test:vscode: NOT RUN — VS Code could not be downloaded: <reason>
// and exits 77; `npm test` (scripts/test/layers.ts) then runs the suite in
// code-server instead. Exit 0: the suite passed; anything else: failed.
//
// `--code-server`: runs the same suite in the code-server workbench that the
// e2e tests use (VS Code 1.139.1: web workbench + Node extension host) — for
// machines without a downloadable VS Code. Reported as such, never as the
// desktop run. Fails (never skips) when code-server is not installed.
//
// XXGK_VSCODE_SUMMARY=<file>: the outcome as JSON for `npm test`'s counts:
// { host, passed, failed, pending } or { notRun: <reason> }.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'out', 'vscode-test');
const EXAMPLES = ['2023-西城区民政局.xxgk.yaml', '带错误的示例.xxgk.yaml'];
export const SKIPPED = 77;

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** The outcome for `npm test`, when XXGK_VSCODE_SUMMARY names a file. */
function writeSummary(summary: { host: string; passed: number; failed: number; pending: number } | { notRun: string }) {
  const file = process.env.XXGK_VSCODE_SUMMARY;
  if (file) writeFileSync(file, JSON.stringify(summary) + '\n');
}

function notRun(why: string): number {
  log(`test:vscode: NOT RUN — ${why}`);
  writeSummary({ notRun: why });
  return SKIPPED;
}

/** Bundles the suite: index.js with mocha inside (mocha 12 is ESM; any VS Code's Node loads the bundle), one file per *.test.ts. */
async function buildSuite(): Promise<string> {
  const { build } = await import('esbuild');
  const suiteDir = path.join(__dirname, 'suite');
  const tests = readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts'));
  rmSync(OUT, { recursive: true, force: true });
  await build({
    entryPoints: [path.join(suiteDir, 'index.ts'), ...tests.map((f) => path.join(suiteDir, f))],
    outdir: path.join(OUT, 'suite'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    // mocha's parallel mode (not used here) resolves its worker files at run time.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return path.join(OUT, 'suite', 'index.js');
}

function makeWorkspace(): string {
  const dir = path.join(os.tmpdir(), `xxgk-vscode-test-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'ws'), { recursive: true });
  for (const name of EXAMPLES) {
    copyFileSync(path.join(ROOT, 'examples', name), path.join(dir, 'ws', name));
  }
  return dir;
}

function reason(e: unknown): string {
  const err = e as { message?: string; code?: string; cause?: { message?: string } };
  const text = [err?.message, err?.cause?.message].filter(Boolean).join(': ') || String(e);
  return text.replace(/\s+/g, ' ').trim();
}

interface Results {
  passed: number;
  failed: number;
  pending?: number;
  failures: Array<{ title: string; message: string }>;
  tests?: Array<{ title: string; state: string; ms: number }>;
}

function readResults(file: string): Results | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Results;
  } catch {
    return undefined;
  }
}

function report(host: string, results: Results | undefined, ok: boolean): number {
  for (const t of results?.tests ?? []) log(`  ${t.state === 'passed' ? '✓' : '✗'} ${t.title} (${t.ms} ms)`);
  for (const f of results?.failures ?? []) log(`  ✗ ${f.title}: ${f.message}`);
  if (results) {
    const pending = results.pending ?? 0;
    log(`test:vscode (${host}): ${results.passed} passed, ${results.failed} failed, ${pending} pending`);
    writeSummary({ host, passed: results.passed, failed: results.failed, pending });
  } else log(`test:vscode (${host}): no results were written`);
  return ok && results !== undefined && results.failed === 0 && results.passed > 0 ? 0 : 1;
}

// ---------------------------------------------------------------------------
// Desktop VS Code through @vscode/test-electron.

const XVFB = ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'];

/** An X display for Electron on Linux: $DISPLAY, else an Xvfb we start (installed first where it can be). */
function ensureDisplay(): { env: Record<string, string>; stop(): void } {
  if (process.platform !== 'linux' || process.env.DISPLAY) return { env: {}, stop() {} };
  if (!XVFB.some((p) => existsSync(p)))
    spawnSync('bash', [path.join(ROOT, 'scripts', 'install-system-packages.sh'), 'desktop'], { stdio: 'inherit' });
  const xvfb = XVFB.find((p) => existsSync(p));
  if (!xvfb) {
    log(
      'test:vscode: no $DISPLAY and no Xvfb (Debian package "xvfb"): VS Code may fail to start; run under `xvfb-run -a`.',
    );
    return { env: {}, stop() {} };
  }
  const display = `:${90 + (process.pid % 100)}`;
  const child: ChildProcess = spawn(xvfb, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  return {
    env: { DISPLAY: display },
    stop: () => {
      child.kill('SIGTERM');
    },
  };
}

async function runDesktop(suiteIndex: string, workspace: string): Promise<number> {
  const testElectron = await import('@vscode/test-electron');
  const cachePath =
    process.env.XXGK_VSCODE_CACHE ||
    path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'xxgk-vscode-test');
  let vscodeExecutablePath = process.env.XXGK_VSCODE_EXECUTABLE;
  if (vscodeExecutablePath && !existsSync(vscodeExecutablePath)) {
    return notRun(`XXGK_VSCODE_EXECUTABLE=${vscodeExecutablePath}: no such file`);
  }
  if (!vscodeExecutablePath) {
    try {
      vscodeExecutablePath = await testElectron.downloadAndUnzipVSCode({
        version: process.env.XXGK_VSCODE_VERSION || undefined, // default: the newest stable that package.json's engines allow
        cachePath,
        extensionDevelopmentPath: ROOT,
        timeout: 30_000,
        reporter: {
          report: (r: { stage: string }) => {
            if (!/progress/i.test(r.stage)) log(`test:vscode: ${r.stage}`);
          },
          error: () => {},
        },
      });
    } catch (e) {
      return notRun(`VS Code could not be downloaded: ${reason(e)}`);
    }
  }
  const results = path.join(workspace, 'results.json');
  const display = ensureDisplay();
  const launchArgs = [
    path.join(workspace, 'ws'),
    '--disable-extensions', // only the extension under test
    '--disable-workspace-trust',
    '--skip-welcome',
    '--skip-release-notes',
    '--locale=en',
    `--user-data-dir=${path.join(workspace, 'user-data')}`,
  ];
  if (process.platform === 'linux' && process.getuid?.() === 0) launchArgs.push('--no-sandbox'); // Electron refuses root otherwise
  let ok = false;
  try {
    const code = await testElectron.runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: suiteIndex,
      extensionTestsEnv: { XXGK_VSCODE_RESULTS: results, ...display.env },
      launchArgs,
    });
    ok = code === 0;
  } catch (e) {
    log(`test:vscode: FAILED — ${reason(e)}`);
  } finally {
    display.stop();
  }
  return report(`VS Code via @vscode/test-electron: ${vscodeExecutablePath}`, readResults(results), ok);
}

// ---------------------------------------------------------------------------
// The same suite in code-server (the e2e harness's VS Code).
//
// code-server's web workbench does not take the extension-test development
// options from its URL, so the suite is carried by a small runner extension
// (its bundle inside, started on onStartupFinished, results to a file) next to
// the xxgk extension packed from dist/ as the e2e harness packs it.

const RUNNER_JS = `
const path = require('path');
const fs = require('fs');
exports.activate = async () => {
  const results = process.env.XXGK_VSCODE_RESULTS_FILE || path.join(__dirname, 'results.json');
  process.env.XXGK_VSCODE_RESULTS = results;
  try {
    await require('./suite/index.js').run();
  } catch (e) {
    if (!fs.existsSync(results)) fs.writeFileSync(results, JSON.stringify({ passed: 0, failed: 1, failures: [{ title: 'the suite', message: String(e && e.stack || e) }], tests: [] }));
  }
};
exports.deactivate = () => {};
`;

async function runCodeServer(suiteIndex: string, workspace: string): Promise<number> {
  const h = await import('../e2e/harness');
  const { writeVsix } = await import('../e2e/vsix');
  try {
    h.requireE2EEnv();
  } catch (e) {
    log(`test:vscode: FAILED — code-server is not installed: ${reason(e)}`);
    return 1;
  }
  const results = path.join(workspace, 'results.json');
  const suiteDir = path.dirname(suiteIndex);
  const files: Record<string, string | Buffer> = {
    'package.json': JSON.stringify({
      name: 'xxgk-vscode-suite',
      publisher: 'xxgk-test',
      version: '0.0.1',
      engines: { vscode: '^1.85.0' },
      main: './runner.js',
      activationEvents: ['onStartupFinished'],
    }),
    'runner.js': RUNNER_JS.replace(
      "process.env.XXGK_VSCODE_RESULTS_FILE || path.join(__dirname, 'results.json')",
      JSON.stringify(results),
    ),
  };
  for (const f of readdirSync(suiteDir)) files[`suite/${f}`] = readFileSync(path.join(suiteDir, f));
  const runnerVsix = await writeVsix(path.join(workspace, 'xxgk-vscode-suite.vsix'), files);
  const session = await h.startSession({
    name: 'vscode-suite',
    folder: path.join(workspace, 'ws'),
    vsix: [await h.projectVsix(), runnerVsix],
  });
  try {
    const deadline = Date.now() + Number(process.env.XXGK_VSCODE_TIMEOUT_MS || 300_000);
    while (!existsSync(results) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    await new Promise((r) => setTimeout(r, 200));
    await session.wb.screenshot('end');
  } finally {
    await session.close();
  }
  return report(
    'code-server 4.139.1 = VS Code 1.139.1, web workbench + Node extension host; not the desktop VS Code',
    readResults(results),
    true,
  );
}

async function main(): Promise<number> {
  if (!existsSync(path.join(ROOT, 'dist', 'client.js')) || !existsSync(path.join(ROOT, 'dist', 'server.js'))) {
    log('test:vscode: FAILED — dist/client.js or dist/server.js is missing: run `npm run build` first');
    return 1;
  }
  const suiteIndex = await buildSuite();
  const workspace = makeWorkspace();
  try {
    return process.argv.includes('--code-server')
      ? await runCodeServer(suiteIndex, workspace)
      : await runDesktop(suiteIndex, workspace);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    log(`test:vscode: FAILED — ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
