// `xxgk render`: one report file to a standalone HTML file (styles inlined),
// through the same renderer as the preview; to Word (.docx) through
// core/export/docx.ts; to PDF by printing that same HTML with the headless
// browser the machine has — Edge, Chrome or Chromium (platform/printPdf.ts).
// The output format follows the extension of -o.
import { basename, extname } from 'node:path';
import type { EncodingNote } from '../core/checks/encoding';
import { checkText } from '../core/engine';
import type { Finding } from '../core/findings';
import { renderDocx } from '../core/export/docx';
import { renderHtml } from '../core/render';
import { parseCommandArgs } from './commandArgs';
import type { CliCommand, CliIo } from './main';
import { describeFsError, PdfExportError, printHtmlToPdf, readReportFile } from '../platform';
import { EXIT_OK, EXIT_USAGE, usageError } from './exitStatus';
import { terminalText } from './terminalText';
import { writeFileAtomically } from './writeFileAtomically';

const RENDER_USAGE = `用法：xxgk render <文件> [-o <输出文件>] [--force] [--show-findings]

把一份政府信息公开工作年度报告（*.xxgk.yaml）排成正式版式：标题、六个部分和三张统计表
（表头合并单元格同官方模板），未填写的“总计”按合计数自动计算。

选项：
  -o, --output <文件>  写入文件，格式由扩展名决定：.html（单个文件，样式内嵌）、
                      .docx（Word 文件，A4 版式，页脚有页码）、.pdf（用本机的
                      Edge、Chrome 或 Chromium 浏览器打印同一份 HTML，自动查找；
                      Linux 上可安装 chromium，或用环境变量 XXGK_BROWSER
                      指定浏览器程序的路径）；
                      不给出时把 HTML 输出到标准输出；文件已存在时不覆盖，
                      也从不写到输入文件、符号链接或设备上
  --force             覆盖已存在的输出文件（输入文件本身除外）
  --show-findings     在有问题的单元格和段落上标出问题（仅屏幕显示，打印时不显示）
  -h, --help          显示本帮助

报告有错误时仍然生成，能显示的部分照常显示，并在标准错误上提示问题数量。
退出状态：0 已生成；2 用法错误、文件无法读取或无法写入（含输出文件已存在）、无法生成 PDF（如找不到浏览器）。
`;

export const renderCommand: CliCommand = {
  summary: '把报告排成正式版式，输出 HTML、Word 或 PDF',
  usage: RENDER_USAGE,
  run: runRender,
};

interface RenderInput {
  text: string;
  /** Findings to mark on the page; undefined for a clean print. */
  findings?: readonly Finding[];
}

/** An output format, by extension. One without `render` is planned but not available yet. */
interface OutputFormat {
  name: string;
  render?: (input: RenderInput) => Promise<string | Uint8Array>;
}

function htmlText(input: RenderInput): string {
  return renderHtml(input.text, { standalone: true, findings: input.findings });
}

async function html(input: RenderInput): Promise<string> {
  return htmlText(input);
}

/** Word: the layout as published; findings are not marked in it. */
function docx(input: RenderInput): Promise<Uint8Array> {
  return renderDocx(input.text);
}

/** The same HTML as -o x.html, printed by a headless browser (marks of --show-findings are screen-only). */
function pdf(input: RenderInput): Promise<Uint8Array> {
  return printHtmlToPdf(htmlText(input));
}

const OUTPUT_FORMATS: Readonly<Record<string, OutputFormat>> = {
  '.html': { name: 'HTML', render: html },
  '.htm': { name: 'HTML', render: html },
  '.docx': { name: 'Word（.docx）', render: docx },
  '.pdf': { name: 'PDF', render: pdf },
};

const RENDER_SYNTAX = {
  command: 'render',
  usage: RENDER_USAGE,
  options: {
    output: { type: 'string', short: 'o' },
    'show-findings': { type: 'boolean' },
    force: { type: 'boolean' },
  },
} as const;

export async function runRender(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, RENDER_SYNTAX, io);
  if ('exit' in parsed) return parsed.exit;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usageError(io, 'render', '没有给出要排版的报告文件。');
  if (positionals.length > 1)
    return usageError(io, 'render', `一次只能排版一个文件，这里给出了 ${positionals.length} 个。`);
  const file = positionals[0]!;
  if (values.output === '') return usageError(io, 'render', '-o 后面应是输出文件名。');
  const output = values.output === '-' ? undefined : values.output;

  let format = OUTPUT_FORMATS['.html']!;
  if (output !== undefined) {
    const extension = extname(output).toLowerCase();
    const chosen = OUTPUT_FORMATS[extension];
    if (!chosen) {
      const known = Object.keys(OUTPUT_FORMATS)
        .filter((e) => OUTPUT_FORMATS[e]!.render)
        .join('、');
      return usageError(
        io,
        'render',
        `不支持输出为「${extension || basename(output)}」：输出文件的扩展名应为 ${known}。`,
      );
    }
    if (!chosen.render) {
      io.stderr(`xxgk: 暂不支持输出 ${chosen.name} 格式（${extension}），该功能尚未提供；目前可以输出 .html。\n`);
      return EXIT_USAGE;
    }
    format = chosen;
  }

  let text: string;
  let decoded: EncodingNote;
  try {
    const content = await readReportFile(file);
    if (content.kind === 'too-large') {
      io.stderr(`xxgk: 文件 ${terminalText(file)} 超过 10 MB（${content.size} 字节），未排版。\n`);
      return EXIT_USAGE;
    }
    text = content.text;
    decoded = { encoding: content.encoding, damaged: content.damaged };
  } catch (error) {
    io.stderr(`xxgk: 无法读取文件 ${terminalText(file)}：${describeFsError(error)}\n`);
    return EXIT_USAGE;
  }

  const findings = checkText(text, { decoded }).findings;
  let data: string | Uint8Array;
  try {
    data = await format.render!({ text, findings: values['show-findings'] ? findings : undefined });
  } catch (error) {
    if (!(error instanceof PdfExportError)) throw error;
    io.stderr(`xxgk: ${error.message}\n`);
    return EXIT_USAGE;
  }
  if (output === undefined) {
    io.stdout(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
  } else {
    try {
      await writeFileAtomically(output, data, { overwrite: values.force === true, input: file });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        io.stderr(`xxgk: 输出文件 ${terminalText(output)} 已存在，未覆盖。要覆盖请加 --force。\n`);
        return EXIT_USAGE;
      }
      io.stderr(`xxgk: 无法写入 ${terminalText(output)}：${describeFsError(error)}\n`);
      return EXIT_USAGE;
    }
    io.stdout(`已生成 ${terminalText(output)}\n`);
  }
  reportFindings(findings, file, io);
  return EXIT_OK;
}

/** A note on stderr when the report has problems: the page shows them only with --show-findings. */
function reportFindings(findings: readonly Finding[], file: string, io: CliIo): void {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors + warnings === 0) return;
  io.stderr(
    `xxgk: 注意：${terminalText(file)} 有 ${errors} 个错误、${warnings} 个警告，运行 xxgk lint ${terminalText(file)} 查看。\n`,
  );
}
