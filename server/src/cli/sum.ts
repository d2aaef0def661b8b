// `xxgk sum`: one report whose tables are the cell-by-cell sums of many (a
// government's figures from its departments' reports). Inputs are read one at
// a time and dropped once added; what was left out, and why, is listed in the
// output's top comments and on stderr.
import { resolve } from 'node:path';
import { checkText } from '../core/engine';
import { SumBatch } from '../core/sum/sumBatch';
import { isSumReport } from '../core/sum/sumReport';
import { collectFiles } from './collectFiles';
import { describeFsError, readReportFile } from '../platform';
import { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, usageError } from './exitStatus';
import { parseCommandArgs } from './commandArgs';
import type { CliCommand, CliIo } from './main';
import { outputRefusal, writeOutput } from './outputFile';

const SUM_USAGE = `用法：xxgk sum <文件或文件夹…> -o <汇总.xxgk.yaml> [--agency <名称>] [--year <年度>]
                [--include-faulty] [--force]

把多份同一年度的政府信息公开工作年度报告的统计表逐格相加，写成一份新报告
（例如本级政府汇总各部门的数字）。文字部分留空，由作者填写；文件开头的注释
列出计入和未计入的报告。

某格所有报告都留空时仍留空；部分报告留空时只加有数字的报告，并在该行注释中说明。
有错误的报告不计入（列在注释中），除非加 --include-faulty；机关和年度与前面的
报告相同的不重复计入；年度不同的报告不能相加。

选项：
  -o, --output <文件>   输出文件（先写临时文件再改名）；已存在时不覆盖，也从不写到输入文件上
  --agency <名称>       汇总报告的机关名称（不给出时留空，请在文件中填写）
  --year <年度>         汇总报告的年度（不给出时取输入报告的年度；给出时须与之一致）
  --include-faulty      有错误的报告也计入
  --force               覆盖已存在的输出文件（输入文件本身除外）
  -h, --help            显示本帮助

退出状态：0 已生成，全部报告都已计入；1 已生成，但有报告未计入，或没有可相加的报告；
2 用法错误、年度不同、有文件无法读取、输出文件已存在或无法写入。
`;

export const sumCommand: CliCommand = {
  summary: '把多份同一年度报告的统计表逐格相加，写成一份汇总报告',
  usage: SUM_USAGE,
  run: runSum,
};

interface SumArgs {
  files: string[];
  output: string;
  agency?: string;
  year?: number;
  includeFaulty: boolean;
  force: boolean;
}

const SUM_SYNTAX = {
  command: 'sum',
  usage: SUM_USAGE,
  options: {
    output: { type: 'string', short: 'o' },
    agency: { type: 'string' },
    year: { type: 'string' },
    'include-faulty': { type: 'boolean' },
    force: { type: 'boolean' },
  },
} as const;

/** The arguments, the usage error to print, or the status to exit with (help, or an unknown option said). */
function readArgs(args: string[], io: CliIo): SumArgs | { error: string } | { exit: number } {
  const parsed = parseCommandArgs(args, SUM_SYNTAX, io);
  if ('exit' in parsed) return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return { error: '没有给出要相加的报告文件或文件夹。' };
  if (!values.output) return { error: '没有给出输出文件：用 -o 汇总.xxgk.yaml。' };
  const agency = values.agency?.trim();
  if (values.agency !== undefined && !agency) return { error: '--agency 后面应是机关名称。' };
  if (values.year !== undefined && !/^[0-9]{4}$/.test(values.year.trim()))
    return { error: `--year 应是四位数的年度，如 2024，不能是 ${JSON.stringify(values.year)}。` };
  return {
    files: positionals,
    output: values.output,
    agency,
    year: values.year === undefined ? undefined : Number(values.year.trim()),
    includeFaulty: values['include-faulty'] === true,
    force: values.force === true,
  };
}

export async function runSum(rawArgs: string[], io: CliIo): Promise<number> {
  const args = readArgs(rawArgs, io);
  if ('exit' in args) return args.exit;
  if ('error' in args) return usageError(io, 'sum', args.error);

  const batch = new SumBatch(args);
  let unreadable = false;
  const files = await collectFiles(args.files, io, (message, path) => {
    io.stderr(`xxgk: ${message}\n`);
    batch.unreadableFile(path, message);
    unreadable = true;
  });
  // An earlier sum written into a folder it sums (`sum reports/ -o reports/汇总.xxgk.yaml`) is
  // not summed again; any other file there is an input, never overwritten.
  const inputs = await withoutEarlierSum(files, args.files, args.output);
  if (inputs.length < files.length) io.stderr(`xxgk: 输出文件 ${args.output} 是此前相加的结果，不计入。\n`);
  const refusal = await outputRefusal(args.output, args.force, inputs);
  if (refusal) return usageError(io, 'sum', refusal);

  for (const file of inputs) {
    try {
      const content = await readReportFile(file);
      if (content.kind === 'too-large') {
        batch.unreadableFile(file, `超过 10 MB（${content.size} 字节），未读取`);
        unreadable = true;
        continue;
      }
      const result = checkText(content.text, { byteLength: content.size });
      batch.add(file, result.report!.root, result.findings.filter((f) => f.severity === 'error').length);
    } catch (error) {
      batch.unreadableFile(file, `无法读取：${describeFsError(error)}`);
      unreadable = true;
    }
  }

  const outcome = batch.finish();
  if (!outcome.ok) {
    io.stderr(`xxgk: ${outcome.message}\n`);
    return outcome.conflict ? EXIT_USAGE : EXIT_BAD_INPUT;
  }
  const status = await writeOutput(args.output, outcome.text, args.force, io);
  if (status !== EXIT_OK) return status;
  for (const line of batch.leftOutLines()) io.stderr(`xxgk: 未计入 ${line}\n`);
  io.stderr(`xxgk: 已生成 ${args.output}：${outcome.added} 份报告相加，${outcome.leftOut} 份未计入。\n`);
  if (unreadable) return EXIT_USAGE;
  return outcome.leftOut > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** The files without the output, where it was found in a folder and is an earlier `xxgk sum` output. */
async function withoutEarlierSum(files: string[], named: string[], output: string): Promise<string[]> {
  const target = resolve(output);
  const found = files.findIndex((f) => resolve(f) === target);
  if (found < 0 || named.some((f) => resolve(f) === target)) return files;
  const content = await readReportFile(output).catch(() => undefined);
  if (content?.kind !== 'text' || !isSumReport(content.text)) return files;
  return files.filter((_f, i) => i !== found);
}
