// Entry point of the `xxgk` command: picks the subcommand and leaves flags to
// it. A command is one entry in COMMANDS (name → usage, summary, run), so
// adding `render` or `import` touches only that table.
import { version } from '../../../package.json';
import { EXIT_USAGE } from './exitStatus';
import { lintCommand } from './lint';
import { renderCommand } from './render';
import { importCommand } from './import';
import { rulesCommand } from './rules';
import { summaryCommand } from './summary';
import { sumCommand } from './sum';
import { newCommand } from './newCommand';
import { isLintWorker, runLintWorker } from './lintPool';

/** Output goes through this, so commands can be run in-process by tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CliCommand {
  /** One line for the general usage. */
  summary: string;
  /** Full usage, printed by `xxgk help <command>` and `xxgk <command> --help`. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit status. */
  run(args: string[], io: CliIo): Promise<number>;
}

const COMMANDS = new Map<string, CliCommand>([
  ['lint', lintCommand],
  ['render', renderCommand],
  ['import', importCommand],
  ['rules', rulesCommand],
  ['summary', summaryCommand],
  ['sum', sumCommand],
  ['new', newCommand],
]);

function generalUsage(): string {
  const rows: [string, string][] = [...COMMANDS].map(([name, c]) => [name, c.summary]);
  rows.push(['help', '显示帮助；xxgk help <命令> 显示该命令的用法']);
  const width = Math.max(...rows.map(([name]) => name.length));
  const commands = rows.map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`).join('\n');
  return `用法：xxgk <命令> [参数…]

政府信息公开工作年度报告（*.xxgk.yaml）的检查工具。

命令：
${commands}

选项：
  -h, --help     显示本帮助
  -v, --version  显示版本号
`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(generalUsage());
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h') {
    io.stdout(generalUsage());
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (first === 'help') return help(rest[0], io);

  const command = COMMANDS.get(first);
  if (command === undefined) {
    const what = first.startsWith('-') ? '选项' : '命令';
    io.stderr(`xxgk: 未知的${what} ${first}。\n运行 xxgk --help 查看用法。\n`);
    return EXIT_USAGE;
  }
  return command.run(rest, io);
}

function help(name: string | undefined, io: CliIo): number {
  if (name === undefined) {
    io.stdout(generalUsage());
    return 0;
  }
  const command = COMMANDS.get(name);
  if (command === undefined) {
    io.stderr(`xxgk: 未知的命令 ${name}。\n运行 xxgk --help 查看用法。\n`);
    return EXIT_USAGE;
  }
  io.stdout(command.usage);
  return 0;
}

// Run only as the program, not when a test imports main(); a lint worker runs its own loop.
if (require.main === module && isLintWorker()) {
  runLintWorker();
} else if (require.main === module) {
  // `xxgk lint . | head` closes the pipe early; that is the reader's choice, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const io: CliIo = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
  main(process.argv.slice(2), io).then(
    // exitCode rather than exit(): exit() can cut off output still queued for a pipe.
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      io.stderr(`xxgk: 内部错误：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
