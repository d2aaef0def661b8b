// Writes an output file so that no reader ever sees half of it and a failed
// write leaves the old file as it was: a temporary file in the same folder,
// flushed, then put in place in one step.
import { randomBytes } from 'node:crypto';
import { link, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export interface WriteOptions {
  /**
   * false: never replace an existing file, even one that appears while we
   * write (fails with EEXIST): the check and the write are one step (link()).
   */
  overwrite: boolean;
}

export async function writeFileAtomically(
  path: string,
  data: string | Uint8Array,
  options: WriteOptions,
): Promise<void> {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    const info = await stat(target);
    if (info.isDirectory()) throw Object.assign(new Error('是文件夹，不是文件'), { code: 'EISDIR' });
    if (!options.overwrite) throw Object.assign(new Error('文件已存在'), { code: 'EEXIST' });
    mode = info.mode & 0o777;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
  try {
    const handle = await open(temp, 'wx', mode ?? 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) await rename(temp, target);
    else await placeWithoutReplacing(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
}

async function placeWithoutReplacing(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
    // A file system without hard links: check, then rename (a small window, the best it allows).
    const exists = await stat(target).then(
      () => true,
      () => false,
    );
    if (exists) throw Object.assign(new Error('文件已存在'), { code: 'EEXIST' });
    await rename(temp, target);
  }
}
