// Where the protocol tests find the built server and the example report, and
// how they build the server when it is missing (test files run in parallel:
// under a lock).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { withDirLock } from '../unit/helpers/dirLock';

export const ROOT = join(__dirname, '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');
export const EXAMPLE = join(ROOT, 'examples', '2023-西城区民政局.xxgk.yaml');

/**
 * Builds dist/server.js with scripts/build.mjs when it is missing (`npm test`
 * builds first, so normally it is there). Test files run in parallel, so the
 * build runs under a lock.
 */
export function ensureBuilt(): void {
  buildServerUnderLock(() => !existsSync(SERVER));
}

/**
 * Runs scripts/build.mjs if `needsBuild()` says so, under the protocol tests'
 * build lock (test files run in parallel); `needsBuild` is asked again once
 * the lock is held, since another file may have built meanwhile.
 */
export function buildServerUnderLock(needsBuild: () => boolean): void {
  if (!needsBuild()) return;
  withDirLock(
    join(ROOT, 'dist', '.protocol-test-build.lock'),
    () => {
      if (needsBuild()) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    },
    { timeoutMs: 120_000 },
  );
}
