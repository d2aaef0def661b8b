// `xxgk new`: a new report file. `--from <last year's report>` makes next
// year's from it (core/nextYear.ts); `--agency` and `--year` make an empty
// one. The YAML goes to stdout, or with -o to a file written atomically and
// never overwritten without --force.
import { stat } from 'node:fs/promises';
import { newReportText } from '../core/newReport';
import { describeFsError, newReportFrom } from '../platform';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE } from './exitStatus';
import { parseCommandArgs } from './commandArgs';
import type { CliCommand, CliIo } from './main';
import { writeFileAtomically } from './writeFileAtomically';

const NEW_USAGE = `用法：xxgk new --from <上年报告> [-o <输出文件.xxgk.yaml>] [--force]
      xxgk new --agency <机关> --year <年度> [-o <输出文件.xxgk.yaml>] [--force]

新建一份完整的年度报告（每个部分、表格、行和列都在）。

--from 据上年报告新建下一年度的报告：机关照抄，年度加一，「上年结转政府信息公开
申请数量」取上年的「结转下年度继续办理」（上年为空白的格仍留空白），前言照抄并把
其中的年份改为新年度；其他数字为 0，其他正文留空待写。

不给 -o 时，YAML 写到标准输出。

选项：
  --from <文件>        上年报告（*.xxgk.yaml）
  --agency <机关>      不据上年报告时：机关全称
  --year <年度>        不据上年报告时：报告年度
  -o, --output <文件>  写入这个文件（不会留下写了一半的文件）；文件已存在时不覆盖
  --force              覆盖已存在的输出文件
  -h, --help           显示本帮助

退出状态：0 成功；1 上年报告不能用（不是报告、有语法错误、缺少机关或年度）；
2 用法错误、文件无法读取、输出文件已存在。
`;

export const newCommand: CliCommand = {
  summary: '新建报告；--from 据上年报告新建下一年度的报告',
  usage: NEW_USAGE,
  run: runNew,
};

type Values = { from?: string; agency?: string; year?: string; output?: string; force?: boolean; help?: boolean };

function fail(io: CliIo, status: number, message: string): number {
  io.stderr(`xxgk: ${message}\n`);
  return status;
}

/** The report text, or the exit status after saying what is wrong. */
function reportText(values: Values, io: CliIo): string | number {
  if (values.from !== undefined) {
    if (values.agency !== undefined || values.year !== undefined)
      return fail(io, EXIT_USAGE, '--from 与 --agency、--year 不能同时使用：机关和年度取自上年报告。');
    const made = newReportFrom(values.from, values.from);
    if ('error' in made) return fail(io, 'unreadable' in made ? EXIT_USAGE : EXIT_BAD_INPUT, made.error);
    return made.text;
  }
  const agency = values.agency?.trim();
  const year = values.year?.trim();
  if (!agency || !year) return fail(io, EXIT_USAGE, '请给出 --from <上年报告>，或者 --agency 和 --year。');
  if (!/^\d{4}$/.test(year)) return fail(io, EXIT_USAGE, `--year 应为四位数字的年份，不能是 ${JSON.stringify(year)}。`);
  return newReportText(agency, Number(year));
}

const NEW_SYNTAX = {
  command: 'new',
  usage: NEW_USAGE,
  positionals: false,
  options: {
    from: { type: 'string' },
    agency: { type: 'string' },
    year: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
} as const;

export async function runNew(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, NEW_SYNTAX, io);
  if ('exit' in parsed) return parsed.exit;
  const { values } = parsed;
  const output = values.output;
  if (output === '') return fail(io, EXIT_USAGE, '-o 后面要给出输出文件名。');
  const exists =
    output !== undefined &&
    (await stat(output).then(
      () => true,
      () => false,
    ));
  if (exists && !values.force) return fail(io, EXIT_USAGE, `输出文件 ${output} 已存在，未覆盖。要覆盖请加 --force。`);
  const text = reportText(values, io);
  if (typeof text === 'number') return text;
  if (output === undefined) {
    io.stdout(text);
    return EXIT_OK;
  }
  try {
    await writeFileAtomically(output, text, { overwrite: values.force === true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return fail(io, EXIT_USAGE, `输出文件 ${output} 已存在，未覆盖。要覆盖请加 --force。`);
    return fail(io, EXIT_USAGE, `无法写入 ${output}：${describeFsError(error)}`);
  }
  io.stderr(`xxgk: 已写入 ${output}\n`);
  return EXIT_OK;
}
