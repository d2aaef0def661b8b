// Importing the formats reports are published in: Word (.docx), a saved web
// page (.html), a PDF (its pages' text boxes and rules, read by pdf.js in
// platform/pdfjs/, rebuilt into paragraphs and table cells in pdf/), or plain
// text. Each is turned into text and handed to importText with the reading
// mode that fits it.
import { checkHtmlBounds } from './bounds';
import { docxToText } from './docx';
import { ImportError } from './errors';
import { htmlToText, HtmlText } from './html';
import { importText, ImportOptions, ImportResult } from './index';
import { PdfPage } from './pdf/page';
import { pagesToText } from './pdf/pagesToText';

export type InputKind = 'text' | 'html' | 'docx' | 'pdf';

/** The kind of an input, by its first bytes where they tell, else by its extension. */
export function inputKindOf(path: string, head: Uint8Array): InputKind {
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46) return 'pdf'; // %PDF
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  if (ext === 'docx' || ext === 'doc' || ext === 'wps') return 'docx';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'html' || ext === 'htm' || ext === 'shtml' || ext === 'xhtml') return 'html';
  if (head[0] === 0x50 && head[1] === 0x4b) return 'docx'; // a zip: Office Open XML
  const start = Buffer.from(head.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  if (
    start.startsWith('<!doctype html') ||
    start.startsWith('<html') ||
    /^<(?:head|body|meta|div|p|table)[\s>]/.test(start)
  )
    return 'html';
  return 'text';
}

function fromHtml(converted: HtmlText, options: ImportOptions): ImportResult {
  if (!/[\u3400-\u9fff]/.test(converted.text)) {
    throw new ImportError(
      '网页中没有找到中文正文，不是一份年度报告（或正文由脚本动态加载，请在浏览器中打开后“另存为”完整网页，或复制正文为文字再导入）。',
    );
  }
  return importText(converted.text, {
    ...options,
    mode: 'pipe',
    outside: [...(options.outside ?? []), ...converted.outside],
  });
}

export function importHtml(html: string, options: ImportOptions = {}): ImportResult {
  checkHtmlBounds(html);
  return fromHtml(htmlToText(html), options);
}

export async function importDocx(bytes: Buffer, options: ImportOptions = {}): Promise<ImportResult> {
  return fromHtml(await docxToText(bytes), options);
}

/** A PDF's pages: a scanned PDF (images only) has no text and is refused. */
export function importPdfPages(pages: readonly PdfPage[], options: ImportOptions = {}): ImportResult {
  const { text, notes } = pagesToText(pages);
  if (!/[\u3400-\u9fff]/.test(text))
    throw new ImportError(
      pages.some((p) => p.texts.length > 0)
        ? '这个 PDF 里没有中文文字（文字可能以图形或无法识别的字体编码保存），无法导入。'
        : '这个 PDF 里没有可提取的文字（可能是扫描件，只有图片），无法导入：请用带文字识别（OCR）的软件转成文字后再导入。',
    );
  const result = importText(text, { ...options, mode: 'pipe' });
  return { ...result, notes: [...notes, ...result.notes] };
}
