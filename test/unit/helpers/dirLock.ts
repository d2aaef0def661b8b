// A lock between test processes: a folder, since making one is atomic. Several
// test files may ask at once for the same build (dist/server.js, xxgk.vsix);
// one builds it while the others wait, then find it fresh.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export interface DirLockOptions {
  /** Give up waiting after this long. */
  timeoutMs: number;
  /** Take over a lock older than this (left by a run that was killed); never, by default. */
  staleMs?: number;
  /** How often to look again. */
  pollMs?: number;
}

function ageMs(lock: string): number {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return 0;
  }
}

/** Runs `fn` while holding the lock folder `lock`, waiting for whoever holds it now. */
export function withDirLock(lock: string, fn: () => void, options: DirLockOptions): void {
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (options.staleMs !== undefined && ageMs(lock) > options.staleMs)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`lock ${lock} held for too long`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, options.pollMs ?? 100);
    }
  }
  try {
    fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
