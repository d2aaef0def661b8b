// Writes an output file so that no reader ever sees half of it and a failed
// write leaves the old file as it was: a temporary file in the same folder,
// flushed, then put in place in one step. Only a regular file is replaced:
// never a device (/dev/null), a FIFO, a symbolic link (whose target a rename
// would not replace, and a user meant), nor the input itself.
import { randomBytes } from 'node:crypto';
import { link, lstat, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { notRegularError, SAME_AS_INPUT, SYMLINK_OUTPUT } from '../platform';

export interface WriteOptions {
  /**
   * false: never replace an existing file, even one that appears while we
   * write (fails with EEXIST): the check and the write are one step (link()).
   */
  overwrite: boolean;
  /** The file the output is made from: never written over, even with overwrite. */
  input?: string;
}

function refusal(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Whether two paths name one file (the same inode: also a hard link or another spelling). */
async function sameFile(a: { dev: number; ino: number }, other: string): Promise<boolean> {
  const info = await stat(other).catch(() => undefined);
  return info !== undefined && info.dev === a.dev && info.ino === a.ino;
}

export async function writeFileAtomically(
  path: string,
  data: string | Uint8Array,
  options: WriteOptions,
): Promise<void> {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let mode: number | undefined;
  const info = await lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (info) {
    if (info.isSymbolicLink()) throw refusal(SYMLINK_OUTPUT, '是符号链接');
    if (info.isDirectory()) throw refusal('EISDIR', '是文件夹，不是文件');
    if (!info.isFile()) throw notRegularError();
    if (options.input !== undefined && (await sameFile(info, options.input)))
      throw refusal(SAME_AS_INPUT, '是输入文件本身');
    if (!options.overwrite) throw refusal('EEXIST', '文件已存在');
    mode = info.mode & 0o777;
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
