// A fresh temporary folder for the tests of the enclosing describe (or file):
// made before them, removed with everything in it after them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';

/** Registers the hooks; `made` receives the folder's path (and may set files up in it) before any test runs. */
export function useTempDir(prefix: string, made: (dir: string) => unknown): void {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    await made(dir);
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
}
