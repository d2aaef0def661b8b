// xxgk/exportPdf: an open report as a PDF, through the same printing as
// `xxgk render -o x.pdf` (platform/printPdf.ts) with the browser of the
// setting xxgk.export.browserPath, of XXGK_BROWSER, or found on the machine.
// The bytes travel base64-encoded; a PDF that cannot be made is an answer
// with the Chinese reason, never an exception.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { renderHtml } from './core/render';
import { BrowserHost, PdfExportError, printHtmlToPdf } from './platform';
import { ExportPdfResult } from './shared/protocol';

export async function exportPdf(
  document: TextDocument,
  browserPath?: string,
  host?: BrowserHost,
): Promise<ExportPdfResult> {
  try {
    const bytes = await printHtmlToPdf(renderHtml(document.getText(), { standalone: true }), { browserPath, host });
    return { base64: bytes.toString('base64') };
  } catch (error) {
    if (!(error instanceof PdfExportError)) throw error;
    return { error: error.message, browserMissing: error.missing };
  }
}
