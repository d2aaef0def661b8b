// The arguments of a command that prints in two formats (`xxgk lint`,
// `xxgk rules`): `[--format text|json] [-h] [positionals…]`.
import { parseCommandArgs } from './commandArgs';
import { usageError } from './exitStatus';
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
  const own = Object.fromEntries(stringOptions.map((name) => [name, { type: 'string' as const }]));
  const parsed = parseCommandArgs(args, { command, usage, options: { ...own, format: { type: 'string' } } }, io);
  if ('exit' in parsed) return parsed;
  const values: Record<string, string | boolean | undefined> = parsed.values;
  const positionals = parsed.positionals;
  const format = values['format'] ?? 'text';
  if (format !== 'text' && format !== 'json') {
    const message = `--format 的取值只能是 text 或 json，不能是 ${JSON.stringify(format)}。`;
    return { exit: usageError(io, command, message) };
  }
  const options = Object.fromEntries(stringOptions.map((name) => [name, values[name] as string | undefined]));
  return { format, positionals, options };
}
