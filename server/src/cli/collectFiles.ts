// The files a command works on: folders searched for reports, files named
// on the command line taken whatever their name, each file once. Shared by
// `xxgk lint` and `xxgk summary`.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeFsError, findReportFiles, isNotFound } from '../platform';
import type { CliIo } from './main';
import { terminalText } from './terminalText';

/** Expands folders, keeps explicit files whatever their name, and drops repeats. */
export async function collectFiles(
  paths: string[],
  io: CliIo,
  fail: (message: string, path: string) => void,
): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    // A file named twice (or named and also inside a named folder) is checked once.
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };

  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      fail(isNotFound(error) ? `找不到文件或文件夹 ${path}` : `无法读取 ${path}：${describeFsError(error)}`, path);
      continue;
    }
    if (!isDirectory) {
      add(path);
      continue;
    }
    try {
      const found = await findReportFiles(path);
      for (const { path: sub, error } of found.errors) fail(`无法读取文件夹 ${sub}：${describeFsError(error)}`, sub);
      // Not an error (a folder may legitimately hold no reports yet), but a
      // silent "0 个文件" would hide a mistyped folder.
      if (found.files.length === 0)
        io.stderr(`xxgk: 文件夹 ${terminalText(path)} 中没有 *.xxgk.yaml 或 *.xxgk.yml 文件。\n`);
      found.files.forEach(add);
    } catch (error) {
      fail(`无法读取文件夹 ${path}：${describeFsError(error)}`, path);
    }
  }
  return files;
}
