// The platform layer: what needs Node beyond pure computation (the file
// system, child processes, temporary folders), shared by the CLI and the
// language server. Its one entry point: code outside platform/ imports it from
// here. It may import core/; core/ never imports it (docs/architecture.md).
export { describeFsError, errorCode, isNotFound, NOT_REGULAR, SAME_AS_INPUT, SYMLINK_OUTPUT } from './describeFsError';
export { notRegularError } from './readRegularFile';
export { importFile, refuseBeforeImport } from './importFile';
export type { ImportRefusal } from './importFile';
export { PdfExportError, printHtmlToPdf } from './printPdf';
export type { BrowserHost } from './browserDiscovery';
export { loadSummaryXlsx } from './summaryXlsx';
export { readReportFile, readReportFileSync, type ReportEncoding } from './readReportFile';
export { findReportFiles, isReportFileName } from './findReportFiles';
export { canonicalPath, identityOfText, linkTarget, portableLink, readIdentity, readPrevious } from './readPrevious';
export { newReportFrom } from './newReportFrom';
export type { NewReportFromResult } from './newReportFrom';
