// `xxgk summary`: one table of many reports — 机关, 年度, the key figures,
// errors and warnings, problems — with a total row, as .xlsx, .csv, .json or
// .html. Files stream through the lint pool (every core for a large batch);
// only each report's row is kept, never its text.
import { basename, extname } from 'node:path';
import { summaryGrid } from '../core/summary/grid';
import { summaryHtml } from '../core/summary/html';
import { SummaryBuilder, SummaryTable } from '../core/summary/summaryTable';
import { summaryCsv, summaryJson } from '../core/summary/textFormats';
import { collectFiles } from './collectFiles';
import { loadSummaryXlsx } from '../platform';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, usageError } from './exitStatus';
import { checkFiles } from './lintPool';
import { lintJobs } from './fileDigests';
import { planPrevious } from './pairing';
import { parseCommandArgs } from './commandArgs';
import type { CliCommand, CliIo } from './main';
import { outputRefusal, writeOutput } from './outputFile';

const SUMMARY_USAGE = `用法：xxgk summary <文件或文件夹…> -o <汇总.xlsx|.csv|.json|.html> [--force]

把多份政府信息公开工作年度报告汇成一张表：每份报告一行（机关、年度、本年新收、
上年结转、办理结果总计、结转下年度、行政复议、行政诉讼、行政许可、行政处罚、
错误数、警告数、问题），最后一行是合计。文件夹中的报告查找同 xxgk lint。

无法读取、超过 10 MB、不是 UTF-8 编码、机关和年度重复、有错误的报告都列在表中并
写明问题，不会被略去；合计计入每一份能读取的报告（有错误、重复的也计入，并注明）。
报告中留空的数字在表中也留空，不当作 0。

选项：
  -o, --output <文件>  输出文件，格式由扩展名决定：
                       .xlsx  Excel 工作簿（第一张工作表，表头和机关列冻结，数字为数值单元格）
                       .csv   逗号分隔（UTF-8 带 BOM，Excel 可直接打开）
                       .json  {"reports": [...], "total": {...}}
                       .html  单个网页文件
  --force              覆盖已存在的输出文件
  -h, --help           显示本帮助

退出状态：0 已生成，所有报告都没有错误；1 已生成，但有报告有错误或重复；
2 用法错误、有文件无法读取（表中仍列出）、输出文件无法写入。
`;

export const summaryCommand: CliCommand = {
  summary: '把多份报告汇成一张表（机关、年度、主要数字、问题），输出 .xlsx、.csv、.json 或 .html',
  usage: SUMMARY_USAGE,
  run: runSummary,
};

type Writer = (table: SummaryTable, title: string) => string | Promise<Uint8Array>;

const WRITERS: Readonly<Record<string, Writer>> = {
  '.xlsx': (table) => loadSummaryXlsx().summaryXlsx(summaryGrid(table), '汇总'),
  '.csv': (table) => summaryCsv(summaryGrid(table)),
  '.json': (table) => summaryJson(table),
  '.html': (table, title) => summaryHtml(summaryGrid(table), title),
};

const SUMMARY_SYNTAX = {
  command: 'summary',
  usage: SUMMARY_USAGE,
  options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
} as const;

export async function runSummary(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, SUMMARY_SYNTAX, io);
  if ('exit' in parsed) return parsed.exit;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usageError(io, 'summary', '没有给出要汇总的文件或文件夹。');
  const output = values.output;
  if (!output) return usageError(io, 'summary', '没有给出输出文件：用 -o 汇总.xlsx（或 .csv、.json、.html）。');
  const extension = extname(output).toLowerCase();
  const writer = WRITERS[extension];
  if (!writer)
    return usageError(
      io,
      'summary',
      `不支持输出为「${extension || basename(output)}」：输出文件的扩展名应为 ${Object.keys(WRITERS).join('、')}。`,
    );
  const force = values.force === true;
  const refusal = await outputRefusal(output, force, positionals);
  if (refusal) return usageError(io, 'summary', refusal);

  const builder = new SummaryBuilder();
  let unreadablePath = false;
  const files = await collectFiles(positionals, io, (message, path) => {
    io.stderr(`xxgk: ${message}\n`);
    builder.add({ file: path, kind: 'unreadable', reason: message });
    unreadablePath = true;
  });
  // Paired with last year's reports as `xxgk lint` does, so the counts of findings agree with it.
  const plans = await planPrevious(files);
  const jobs = lintJobs(files, plans);
  await checkFiles(jobs, 'summary', (input) => builder.add(input));
  const table = builder.finish();

  const title = `政府信息公开工作年度报告汇总（${table.rows.length} 个文件）`;
  const status = await writeOutput(output, await writer(table, title), force, io);
  if (status !== EXIT_OK) return status;

  const { total } = table;
  io.stderr(
    `xxgk: 已生成 ${output}：${table.rows.length} 个文件，${total.reports} 份报告可读取` +
      `（${total.faulty} 份有错误，${total.duplicates} 份重复），${total.unreadable} 个无法读取。\n`,
  );
  if (unreadablePath || total.unreadable > 0) return EXIT_USAGE;
  return total.faulty > 0 || total.duplicates > 0 ? EXIT_FINDINGS : EXIT_OK;
}
