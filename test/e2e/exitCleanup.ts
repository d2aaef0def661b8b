// Child processes: every one we start is killed (its process group) on exit;
// temp folders made by makeTempDir are removed then too.
import { type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const children = new Set<ChildProcess>();
export const tempDirs = new Set<string>();
let exitHookInstalled = false;

export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
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

export function installExitHook(): void {
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

/** A temp folder removed when the process exits (even on Ctrl+C), if not before. */
export function makeTempDir(prefix: string): string {
  installExitHook();
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}
