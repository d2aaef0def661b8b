// The code-server process: a fresh user-data dir and extensions dir (the
// profile), .vsix installation, a free loopback port, start-up until
// /healthz answers, and shutdown of its whole process group.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { sleep, TIMEOUTS, type E2EEnv } from './e2eEnv';
import { children, installExitHook, killGroup, makeTempDir } from './exitCleanup';

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
      '--config',
      env.codeServerConfig,
      '--user-data-dir',
      profile.userDataDir,
      '--extensions-dir',
      profile.extensionsDir,
      '--install-extension',
      path.resolve(vsixPath),
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
      '--config',
      env.codeServerConfig,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir',
      profile.userDataDir,
      '--extensions-dir',
      profile.extensionsDir,
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
      throw new Error(
        `code-server exited with ${child.exitCode} before answering; log: ${logFile}\n${safeRead(logFile)}`,
      );
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
