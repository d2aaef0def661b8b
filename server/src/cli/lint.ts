// `xxgk lint`: checks report files and folders of them, prints the findings,
// and tells scripts by its exit status whether the reports hold errors.
import { collectFiles } from './collectFiles';
import { addToTally, formatFileText, formatSummary, JsonArrayWriter, Tally } from './formatFindings';
import type { CliCommand, CliIo } from './main';
import { checkFiles } from './lintPool';
import { describeFsError } from '../platform';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, usageError } from './exitStatus';
import { parseFormatArgs } from './formatOption';

const LINT_USAGE = `用法：xxgk lint <文件或文件夹…> [--format text|json]

检查政府信息公开工作年度报告文件（*.xxgk.yaml）。
文件夹会递归查找 *.xxgk.yaml 和 *.xxgk.yml 文件（跳过 node_modules 和 .git）；
直接给出的文件不论文件名都会检查。文件可以是 UTF-8（可带 BOM）或 GB18030 编码。

选项：
  --format text   每个问题一行：文件:行:列 严重程度 代码 说明（默认）
  --format json   JSON 数组：[{"file", "diagnostics": [{"range", "severity", "code", "message"}]}]，
                  位置从 0 起算（同 LSP）
  -h, --help      显示本帮助

退出状态：0 没有错误；1 有错误；2 用法错误或有文件无法读取。
`;

export const lintCommand: CliCommand = {
  summary: '检查报告文件，列出问题',
  usage: LINT_USAGE,
  run: runLint,
};

async function runLint(args: string[], io: CliIo): Promise<number> {
  const parsed = parseFormatArgs(args, 'lint', LINT_USAGE, io);
  if ('exit' in parsed) return parsed.exit;
  const { format, positionals } = parsed;
  if (positionals.length === 0) return usageError(io, 'lint', '没有给出要检查的文件或文件夹。');

  // Bad paths are reported but do not stop the run: the other files are still
  // checked and printed, and the exit status says something went wrong.
  let failed = false;
  const fail = (message: string): void => {
    io.stderr(`xxgk: ${message}\n`);
    failed = true;
  };

  const files = await collectFiles(positionals, io, fail);

  // Output goes out file by file (text and JSON alike): a long run shows progress, and no batch is held whole.
  const counts: Tally = { files: 0, errors: 0, warnings: 0, information: 0 };
  const json = format === 'json' ? new JsonArrayWriter((text) => io.stdout(text)) : undefined;
  await checkFiles(files, (outcome) => {
    if ('readError' in outcome) return fail(`无法读取文件 ${outcome.file}：${describeFsError(outcome.readError)}`);
    // An engine bug must not pass for a clean file (exit 0) or for findings (exit 1).
    if ('engineError' in outcome)
      return fail(`检查文件 ${outcome.file} 时出错（这是 xxgk 的缺陷，请报告）：${outcome.engineError}`);
    addToTally(counts, outcome);
    if (json) json.add(outcome);
    else io.stdout(formatFileText(outcome));
  });
  if (json) json.end();
  else io.stdout(formatSummary(counts) + '\n');

  if (failed) return EXIT_USAGE;
  return counts.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
