// A whole session: profile + extension + code-server + chromium + workbench,
// and the extension under test as the .vsix vsce made.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser';
import { createProfile, installVsix, startCodeServer, type CodeServer, type Profile } from './codeServer';
import { RESULTS_DIR, requireE2EEnv, type E2EEnv } from './e2eEnv';
import { tempDirs } from './exitCleanup';
import type { Browser } from 'playwright-core';
import { packagedVsix } from './packagedVsix';
import { Workbench } from './workbench';

/** The extension under test: the .vsix vsce made (`npm run package`), or the file in XXGK_E2E_VSIX. */
export const projectVsix = packagedVsix;

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
  browser: Browser;
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
