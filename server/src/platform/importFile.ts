// A published report on disk to *.xxgk.yaml text: what `xxgk import` and the
// language server's xxgk/import share. The file is read here and its kind
// judged by its first bytes; the importer in core/import/ gets bytes or text,
// a PDF as its pages' text boxes and rules, read by pdf.js in this process.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ImportError, ImportOptions, ImportResult, importText } from '../core/import';
import { importDocx, importHtml, importPdfPages, inputKindOf } from '../core/import/formats';
import { loadPdfReader } from './pdfPages';
import { decodeReportBytes } from './readReportFile';
import { notRegularError, readRegularFile } from './readRegularFile';

/** Inputs over this size are refused before reading: a report (even a PDF with pictures) is far smaller. */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Why a path is refused before it is read: a folder, or a file too large to be a report. */
export interface ImportRefusal {
  reason: 'directory' | 'too-large';
  /** In Chinese, naming the input as `name`. */
  message: string;
}

function tooLargeMessage(name: string, size: number): string {
  return `${name} 有 ${(size / 1024 / 1024).toFixed(1)} MB，超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，未导入：一份年度报告不会这么大，请检查是否选错了文件。`;
}

/**
 * Stats the input; file-system errors (missing, no permission) are thrown as
 * they come, and so is one for a FIFO, a device or a socket (never waited on).
 */
export async function refuseBeforeImport(path: string, name: string): Promise<ImportRefusal | undefined> {
  const info = await stat(path);
  if (info.isDirectory()) return { reason: 'directory', message: `${name} 是文件夹，不是文件。` };
  if (!info.isFile()) throw notRegularError();
  if (info.size <= MAX_IMPORT_BYTES) return undefined;
  return { reason: 'too-large', message: tooLargeMessage(name, info.size) };
}

/** A PDF's bytes, read by pdf.js (loaded now, on first use). */
export async function importPdfBytes(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  return importPdfPages(await loadPdfReader().readPdfPages(bytes), options);
}

/**
 * Reads and imports a published report: Word, a web page, a PDF or text in
 * UTF-8 or GB18030. Throws ImportError where the input is not a report, and
 * file-system errors as they come.
 */
export async function importFile(path: string, options: ImportOptions = {}): Promise<ImportResult> {
  // Read as a regular file only, and within the bound, whatever the path became since refuseBeforeImport.
  const read = readRegularFile(path, MAX_IMPORT_BYTES);
  if (read.kind === 'too-large') throw new ImportError(tooLargeMessage(basename(path), read.size));
  const bytes = read.bytes;
  const kind = inputKindOf(path, bytes.subarray(0, 512));
  if (kind === 'pdf') return importPdfBytes(bytes, options);
  if (kind === 'docx') return importDocx(bytes, options);
  const decoded = decodeReportBytes(bytes);
  if (decoded.text.includes('\u0000'))
    throw new ImportError('不是文字文件（含有二进制内容），也不是 Word、网页或 PDF 文件，无法导入。');
  return kind === 'html' ? importHtml(decoded.text, options) : importText(decoded.text, options);
}
