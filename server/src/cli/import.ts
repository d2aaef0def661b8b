// `xxgk import`: turns a published report (.docx, .html, .pdf or text) into a
// *.xxgk.yaml file. The YAML goes to stdout, or with -o to a file written
// atomically (a temporary file in the same folder, then renamed) that is
// never overwritten without --force. Notes and the text that found no place
// in the YAML go to stderr. Inputs that are not a (whole) report are refused
// with a message and no output.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ImportError, ImportResult, summarizeMissing } from '../core/import';
import { describeFsError, importFile, ImportRefusal, refuseBeforeImport } from '../platform';
import { parseCommandArgs } from './commandArgs';
import type { CliCommand, CliIo } from './main';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, usageError } from './exitStatus';
import { terminalText } from './terminalText';
import { writeFileAtomically } from './writeFileAtomically';

const IMPORT_USAGE = `用法：xxgk import <文件> [-o <输出文件.xxgk.yaml>] [--force] [--allow-partial]

把已发布的政府信息公开工作年度报告导入为 *.xxgk.yaml 文件：
  Word 文件（.docx）、另存的网页（.html/.htm）、PDF（直接读取，无需其他程序；
  扫描件和设有打开密码的 PDF 无法导入），Markdown（按内容识别，不论扩展名），
  或纯文字（UTF-8 或 GB18030 编码）。
表格中连写在一起的数字按表内合计拆开；拆法不唯一时该格留空，并在该行注释中
列出各种可能，请对照原文填写。

不给 -o 时，YAML 写到标准输出。导入说明和原文中未能归入报告结构的文字写到
标准错误，也以注释写在 YAML 末尾。

选项：
  -o, --output <文件>  写入这个文件（先写同一文件夹中的临时文件再改名，
                       不会留下写了一半的文件）；文件已存在时不覆盖
  --force              覆盖已存在的输出文件
  --allow-partial      原文只有报告的一部分时仍然导入（缺少的部分留空并加注释）
  -h, --help           显示本帮助

退出状态：0 导入成功；1 输入不能导入（不是年度报告、只有报告的一部分、
文件损坏或过大）；2 用法错误、文件无法读取、输出文件已存在。
`;

export const importCommand: CliCommand = {
  summary: '把已发布的报告（Word、网页、PDF、文字）导入为 .xxgk.yaml 文件',
  usage: IMPORT_USAGE,
  run: runImport,
};

const IMPORT_SYNTAX = {
  command: 'import',
  usage: IMPORT_USAGE,
  options: {
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    'allow-partial': { type: 'boolean' },
  },
} as const;

async function runImport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, IMPORT_SYNTAX, io);
  if ('exit' in parsed) return parsed.exit;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    return usageError(io, 'import', `${positionals.length === 0 ? '没有给出要导入的文件' : '一次只能导入一个文件'}。`);
  }
  const input = positionals[0]!;
  const output = values.output;
  if (output !== undefined && output === '') return fail(io, EXIT_USAGE, '-o 后面要给出输出文件名。');

  let refusal: ImportRefusal | undefined;
  try {
    refusal = await refuseBeforeImport(input, input);
  } catch (error) {
    return fail(io, EXIT_USAGE, `无法读取 ${input}：${describeFsError(error)}`);
  }
  if (refusal) return fail(io, refusal.reason === 'directory' ? EXIT_USAGE : EXIT_BAD_INPUT, refusal.message);
  // Said before the work of importing; writeFileAtomically still refuses a file that appears meanwhile.
  if (
    output !== undefined &&
    !values.force &&
    (await stat(output).then(
      () => true,
      () => false,
    ))
  ) {
    return fail(io, EXIT_USAGE, `输出文件 ${output} 已存在，未覆盖。要覆盖请加 --force。`);
  }

  let result: ImportResult;
  try {
    result = await importFile(input, { source: basename(input) });
  } catch (error) {
    if (error instanceof ImportError) return fail(io, EXIT_BAD_INPUT, `${input}：${error.message}`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code) return fail(io, EXIT_USAGE, `无法读取 ${input}：${describeFsError(error)}`);
    throw error;
  }

  if (result.missing.length > 0 && !values['allow-partial']) {
    return fail(
      io,
      EXIT_BAD_INPUT,
      `${input} 只有报告的一部分，缺少：${summarizeMissing(result.missing)}。未导入；如仍要导入（缺少的部分留空），请加 --allow-partial。`,
    );
  }

  for (const note of result.notes) io.stderr(`xxgk: 说明：${note}\n`);
  if (result.missing.length) io.stderr(`xxgk: 原文缺少：${summarizeMissing(result.missing)}\n`);
  if (result.unmapped.length) {
    io.stderr(`xxgk: 原文中有 ${result.unmapped.length} 段文字未能归入报告结构（也以注释列在 YAML 末尾）：\n`);
    for (const u of result.unmapped) io.stderr(`  ${u.replace(/\n/g, '\n  ')}\n`);
  }

  if (output === undefined) {
    io.stdout(result.yaml);
    return EXIT_OK;
  }
  try {
    await writeFileAtomically(output, result.yaml, { overwrite: values.force === true, input });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return fail(io, EXIT_USAGE, `输出文件 ${output} 已存在，未覆盖。要覆盖请加 --force。`);
    return fail(io, EXIT_USAGE, `无法写入 ${output}：${describeFsError(error)}`);
  }
  io.stderr(`xxgk: 已导入到 ${output}\n`);
  return EXIT_OK;
}

function fail(io: CliIo, status: number, message: string): number {
  io.stderr(`xxgk: ${terminalText(message)}\n`);
  return status;
}
