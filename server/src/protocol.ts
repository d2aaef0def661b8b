// Custom requests between the xxgk client and server, typed once for both
// sides (the client bundles this file; it imports only protocol types).
import { RequestType } from 'vscode-languageserver-protocol';

export interface RenderPreviewParams {
  uri: string;
}

export interface RenderPreviewResult {
  /** The document version the HTML was rendered from. */
  version: number;
  /** The report body (no <html> wrapper): the webview patches it in place. */
  body: string;
  /** The page title, e.g. the report's title. */
  title: string;
}

/** The preview's body for an open report, from the engine's one renderer. */
export const renderPreviewRequest = new RequestType<RenderPreviewParams, RenderPreviewResult | null, void>('xxgk/renderPreview');

export interface RenderExportParams {
  uri: string;
}

export interface RenderExportResult {
  /** One standalone HTML file: styles inlined, A4 print styles. */
  html: string;
}

/** A standalone HTML file for an open report (xxgk.exportHtml). */
export const renderExportRequest = new RequestType<RenderExportParams, RenderExportResult | null, void>('xxgk/renderExport');

export interface NewReportParams {
  agency: string;
  year: number;
}

/** A complete report skeleton whose only findings are the prose still to be written. */
export const newReportRequest = new RequestType<NewReportParams, string, void>('xxgk/newReport');
