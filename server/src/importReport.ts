// xxgk/import: a published report (.docx, .pdf, .html or text) on disk to
// *.xxgk.yaml text, through the importer of `xxgk import` (core/import/).
// Unlike the CLI, a report with parts missing is still imported: the editor
// shows what came through, and the notes say what is missing. Never throws:
// whatever stops the import is said in `error`.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_IMPORT_BYTES } from './cli/import';
import { describeFsError } from './cli/describeError';
import { decodeReportBytes } from './cli/readReportFile';
import { ImportError, ImportResult, importText, summarizeMissing } from './core/import';
import { importDocx, importHtml, importPdf, kindOf } from './core/import/formats';
import { ImportReportResult } from './protocol';

function failed(error: string): ImportReportResult {
  return { yaml: '', unmapped: [], notes: [], error };
}

async function importFile(path: string): Promise<ImportResult> {
  const bytes = await readFile(path);
  const kind = kindOf(path, bytes.subarray(0, 512));
  const options = { source: basename(path) };
  if (kind === 'pdf') return importPdf(path, options);
  if (kind === 'docx') return importDocx(bytes, options);
  const decoded = decodeReportBytes(bytes);
  if (decoded.text.includes('\u0000'))
    throw new ImportError('不是文字文件（含有二进制内容），也不是 Word、网页或 PDF 文件，无法导入。');
  return kind === 'html' ? importHtml(decoded.text, options) : importText(decoded.text, options);
}

export async function importReport(path: string): Promise<ImportReportResult> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (info.isDirectory()) return failed(`${name} 是文件夹，不是文件。`);
    if (info.size > MAX_IMPORT_BYTES) {
      return failed(
        `${name} 有 ${(info.size / 1024 / 1024).toFixed(1)} MB，超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，未导入：一份年度报告不会这么大，请检查是否选错了文件。`,
      );
    }
  } catch (error) {
    return failed(`无法读取 ${name}：${describeFsError(error)}`);
  }
  let result: ImportResult;
  try {
    result = await importFile(path);
  } catch (error) {
    if (error instanceof ImportError) return failed(`${name}：${error.message}`);
    if ((error as NodeJS.ErrnoException).code) return failed(`无法读取 ${name}：${describeFsError(error)}`);
    return failed(
      `无法导入 ${name}（这是 xxgk 的缺陷，请报告）：${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const notes = [...result.notes];
  if (result.missing.length) notes.push(`原文缺少：${summarizeMissing(result.missing)}（已留空）。`);
  return { yaml: result.yaml, unmapped: result.unmapped, notes };
}
