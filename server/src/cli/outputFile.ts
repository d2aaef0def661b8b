// The output file of a command that makes one file from many (`summary`,
// `sum`): refused up front when it exists (unless --force) or is one of the
// inputs (even with --force), so a long batch is not run for nothing; then
// written atomically, never over a file that appeared meanwhile.
import { stat } from 'node:fs/promises';
import type { CliIo } from './main';
import { describeFsError } from '../platform';
import { EXIT_OK, EXIT_USAGE } from './exitStatus';
import { writeFileAtomically } from './writeFileAtomically';

const EXISTS = (output: string): string => `输出文件 ${output} 已存在，未覆盖。要覆盖请加 --force。`;

/** Why the output may not be written, or undefined when it may. */
export async function outputRefusal(
  output: string,
  force: boolean,
  inputs: readonly string[],
): Promise<string | undefined> {
  const info = await stat(output).catch(() => undefined);
  if (!info) return undefined;
  if (info.isDirectory()) return `输出文件 ${output} 是文件夹。`;
  for (const input of inputs) {
    const other = await stat(input).catch(() => undefined);
    if (other && other.dev === info.dev && other.ino === info.ino)
      return `输出文件 ${output} 就是输入文件 ${input}，不能覆盖。请换一个输出文件名。`;
  }
  return force ? undefined : EXISTS(output);
}

/** Writes the output; says on stderr why not, and returns the exit status of the failure, or 0. */
export async function writeOutput(
  output: string,
  data: string | Uint8Array,
  force: boolean,
  io: CliIo,
): Promise<number> {
  try {
    await writeFileAtomically(output, data, { overwrite: force });
    return EXIT_OK;
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    io.stderr(`xxgk: ${exists ? EXISTS(output) : `无法写入 ${output}：${describeFsError(error)}`}\n`);
    return EXIT_USAGE;
  }
}
