// The arguments of a command that prints in two formats (`xxgk lint`,
// `xxgk rules`): `[--format text|json] [-h] [positionals…]`.
import { parseArgs } from 'node:util';
import { describeArgsError } from './describeArgsError';
import { EXIT_OK, usageError } from './exitStatus';
import type { CliIo } from './main';

export type OutputFormat = 'text' | 'json';

/** What to run with, or the status to exit with (after the help or a usage error was printed). */
export type FormatArgs =
  { format: OutputFormat; positionals: string[]; options: Record<string, string | undefined> } | { exit: number };

/** `stringOptions`: the command's own options that take a value (e.g. lint's `--previous`). */
export function parseFormatArgs(
  args: string[],
  command: string,
  usage: string,
  io: CliIo,
  stringOptions: readonly string[] = [],
): FormatArgs {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    const own = Object.fromEntries(stringOptions.map((name) => [name, { type: 'string' as const }]));
    ({ values, positionals } = parseArgs({
      args,
      options: { ...own, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    return { exit: usageError(io, command, describeArgsError(error)) };
  }
  if (values['help']) {
    io.stdout(usage);
    return { exit: EXIT_OK };
  }
  const format = values['format'] ?? 'text';
  if (format !== 'text' && format !== 'json') {
    const message = `--format 的取值只能是 text 或 json，不能是 ${JSON.stringify(format)}。`;
    return { exit: usageError(io, command, message) };
  }
  const options = Object.fromEntries(stringOptions.map((name) => [name, values[name] as string | undefined]));
  return { format, positionals, options };
}
