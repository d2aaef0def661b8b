// The platform layer: what needs Node beyond pure computation (the file
// system, child processes, temporary folders), shared by the CLI and the
// language server. Its one entry point: code outside platform/ imports it from
// here. It may import core/; core/ never imports it (docs/architecture.md).
export { describeFsError, errorCode, isNotFound } from './describeFsError';
export { importFile, importPdfFile, MAX_IMPORT_BYTES, refuseBeforeImport } from './importFile';
export type { ImportRefusal } from './importFile';
export { pdfToText, PDFTOTEXT_MISSING } from './pdfToText';
export { chromiumCandidates, CHROMIUM_MISSING, PdfExportError, printHtmlToPdf, renderPdf } from './printPdf';
export type { PdfOptions } from './printPdf';
export { decodeReportBytes, MAX_REPORT_BYTES, readReportFile } from './readReportFile';
export type { DecodedReport, ReportEncoding, ReportFileContent } from './readReportFile';
