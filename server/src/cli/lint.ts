// `xxgk lint`: checks report files and folders of them, prints the findings,
// and tells scripts by its exit status whether the reports hold errors.
import { collectFiles } from './collectFiles';
import { addTallies, formatSummary, JsonArrayWriter, Tally } from './formatFindings';
import type { CliCommand, CliIo } from './main';
import { checkFiles } from './lintPool';
import { lintJobs } from './fileDigests';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, usageError } from './exitStatus';
import { parseFormatArgs } from './formatOption';
import { planPrevious } from './pairing';
import { terminalText } from './terminalText';

const LINT_USAGE = `用法：xxgk lint <文件或文件夹…> [--format text|json] [--previous <上年报告>]

检查政府信息公开工作年度报告文件（*.xxgk.yaml）。
文件夹会递归查找 *.xxgk.yaml 和 *.xxgk.yml 文件（跳过 node_modules 和 .git）；
直接给出的文件不论文件名都会检查。文件可以是 UTF-8（可带 BOM）或 GB18030 编码。

每份报告与上年报告核对上年结转和现行有效件数：上年报告按内容查找（机关相同、
年度少一年），范围是报告所在文件夹中的 *.xxgk.yaml、*.xxgk.yml 文件和命令行
给出的全部文件；报告顶层的「上年报告: 相对路径」或 --previous 可直接指定。

选项：
  --format text   每个问题一行：文件:行:列 严重程度 代码 说明（默认）
  --format json   JSON 数组：[{"file", "diagnostics": [{"range", "severity", "code", "message",
                  "related"?: [{"file", "range", "message"}]}]}]，位置从 0 起算（同 LSP）；
                  related 是问题涉及的另一文件中的位置（上年报告中的单元格）
  --previous <文件>  只检查一份报告时，指定它的上年报告
  -h, --help      显示本帮助

退出状态：0 没有错误；1 有错误；2 用法错误或有文件无法读取。
`;

export const lintCommand: CliCommand = {
  summary: '检查报告文件，列出问题',
  usage: LINT_USAGE,
  run: runLint,
};

async function runLint(args: string[], io: CliIo): Promise<number> {
  const parsed = parseFormatArgs(args, 'lint', LINT_USAGE, io, ['previous']);
  if ('exit' in parsed) return parsed.exit;
  const { format, positionals } = parsed;
  const previous = parsed.options['previous'];
  if (positionals.length === 0) return usageError(io, 'lint', '没有给出要检查的文件或文件夹。');

  // Bad paths are reported but do not stop the run: the other files are still
  // checked and printed, and the exit status says something went wrong.
  let failed = false;
  const fail = (message: string): void => {
    io.stderr(`xxgk: ${terminalText(message)}\n`);
    failed = true;
  };

  const files = await collectFiles(positionals, io, fail);
  if (previous !== undefined && files.length > 1)
    return usageError(io, 'lint', `--previous 只能用于检查一份报告，这里有 ${files.length} 份。`);
  const plans = await planPrevious(files, previous);

  // Output goes out file by file (text and JSON alike): a long run shows progress, and no batch is held whole.
  const counts: Tally = { files: 0, errors: 0, warnings: 0, information: 0 };
  const json = format === 'json' ? new JsonArrayWriter((text) => io.stdout(text)) : undefined;
  const jobs = lintJobs(files, plans);
  await checkFiles(jobs, json ? 'lint-json' : 'lint-text', (digest) => {
    if ('failure' in digest) return fail(digest.failure);
    addTallies(counts, digest.tally);
    if (json) json.addEntry(digest.printed);
    else io.stdout(digest.printed);
  });
  if (json) json.end();
  else io.stdout(formatSummary(counts) + '\n');

  if (failed) return EXIT_USAGE;
  return counts.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
