// The one argument parser of the CLI's commands: node's parseArgs, strict,
// with `-h/--help` for every command, its English errors said in Chinese as a
// usage error of the command, and the help printed where it is asked for.
import { parseArgs } from 'node:util';
import { describeArgsError } from './describeArgsError';
import { EXIT_OK, usageError } from './exitStatus';
import type { CliIo } from './main';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** The values of a command's options, typed by its spec: strings or booleans, undefined where not given. */
export type OptionValues<O extends OptionSpec> = {
  [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean;
};

/** What to run with, or the status to exit with (after the help or a usage error was printed). */
export type CommandArgs<O extends OptionSpec> = { values: OptionValues<O>; positionals: string[] } | { exit: number };

export interface CommandSyntax<O extends OptionSpec> {
  /** The command's name, as usage errors name it. */
  command: string;
  usage: string;
  options: O;
  /** False for a command that takes no positional arguments. */
  positionals?: boolean;
}

export function parseCommandArgs<O extends OptionSpec>(
  args: string[],
  syntax: CommandSyntax<O>,
  io: CliIo,
): CommandArgs<O> {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      options: { ...syntax.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: syntax.positionals !== false,
      strict: true,
    });
  } catch (error) {
    return { exit: usageError(io, syntax.command, describeArgsError(error)) };
  }
  if (parsed.values['help']) {
    io.stdout(syntax.usage);
    return { exit: EXIT_OK };
  }
  return { values: parsed.values as OptionValues<O>, positionals: parsed.positionals };
}
