// Exit statuses of every xxgk command. Usage and read failures win over
// findings: a script must not take a half-done run for a result.
import type { CliIo } from './main';
export const EXIT_OK = 0;
/** lint: errors found; import: the input is no (complete) report. */
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 1;
/** Bad usage, or a file that cannot be read or written. */
export const EXIT_USAGE = 2;

/** Says what is wrong with a command's arguments and where its usage is; returns EXIT_USAGE. */
export function usageError(io: CliIo, command: string, message: string): number {
  io.stderr(`xxgk: ${message}\n运行 xxgk ${command} --help 查看用法。\n`);
  return EXIT_USAGE;
}
