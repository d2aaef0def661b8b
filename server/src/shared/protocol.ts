// Custom requests between the xxgk client and server, typed once for both
// sides. Each request is its method name with its params and result types; no
// runtime import, so the client's activation bundle does not carry the
// protocol library (it did: 125 KB of its 145). It lives in shared/, the one
// folder of server/src the client may import from (docs/architecture.md).

/** A custom request: the method, typed with its params (P) and result (R). */
export interface XxgkRequest<P, R> {
  readonly method: string;
  /** Types only: never set. */
  readonly types?: (params: P) => R;
}

function request<P, R>(method: string): XxgkRequest<P, R> {
  return { method };
}

export interface RenderPreviewParams {
  uri: string;
  /**
   * The preview's own settings (`xxgk.preview.*`) as the client reads them when it
   * asks. They travel with the request because the server's copy of the settings
   * may lag a change by a round trip, and a view change alters no diagnostic the
   * preview could wait for. Absent: the server's settings.
   */
  view?: { showPreviousYear?: unknown; previousYearChangeShare?: unknown };
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
export const renderPreviewRequest = request<RenderPreviewParams, RenderPreviewResult | null>('xxgk/renderPreview');

export interface RenderExportParams {
  uri: string;
}

export interface RenderExportResult {
  /** One standalone HTML file: styles inlined, A4 print styles. */
  html: string;
}

/** A standalone HTML file for an open report (xxgk.exportHtml). */
export const renderExportRequest = request<RenderExportParams, RenderExportResult | null>('xxgk/renderExport');

export interface NewReportParams {
  agency: string;
  year: number;
}

/** A complete report skeleton whose only findings are the prose still to be written. */
export const newReportRequest = request<NewReportParams, string>('xxgk/newReport');

export interface ExportDocxParams {
  uri: string;
}

export interface ExportDocxResult {
  /** The .docx file's bytes, base64-encoded (JSON-RPC carries text). */
  base64: string;
}

/** A Word file of an open report (xxgk.exportDocx), in the layout of the HTML export. */
export const exportDocxRequest = request<ExportDocxParams, ExportDocxResult | null>('xxgk/exportDocx');

export interface ExportPdfParams {
  uri: string;
}

export type ExportPdfResult =
  | {
      /** The PDF's bytes, base64-encoded. */
      base64: string;
    }
  | {
      /** Why no PDF was made, in Chinese (no browser found, the browser failed). */
      error: string;
      /** No browser was found: the setting xxgk.export.browserPath is the way out. */
      browserMissing: boolean;
    };

/** A PDF of an open report (xxgk.exportPdf): the HTML export printed by a headless browser, as `xxgk render -o x.pdf`. */
export const exportPdfRequest = request<ExportPdfParams, ExportPdfResult | null>('xxgk/exportPdf');

export interface ImportReportParams {
  /** Local file-system path of a published report: .docx, .pdf, .html/.htm or text. */
  path: string;
}

export interface ImportReportResult {
  /** The report as *.xxgk.yaml text, or '' where `error` says why there is none. */
  yaml: string;
  /** Input text that found no place in the YAML (also listed as comments at the YAML's end). */
  unmapped: string[];
  /** What the importer decided: splits, variants, removed artifacts, parts missing from the source. */
  notes: string[];
  /** Why nothing could be imported (not a report, damaged, unreadable), in Chinese. */
  error?: string;
}

/** Imports a published report (xxgk.import) through the importer of `xxgk import`. */
export const importReportRequest = request<ImportReportParams, ImportReportResult>('xxgk/import');

export interface WorkspaceSummaryParams {
  /** The report files, in the order the table lists them; `label` names a file in the table (a relative path). */
  files: { uri: string; label: string }[];
}

/** A cell of the summary table: text, a number, or null where blank. */
export type SummaryCell = string | number | null;

/** The summary table as cells (the layout every export writes): header, a row per file, the total row. */
export interface SummaryGridData {
  header: string[];
  /** Which columns hold numbers. */
  numeric: boolean[];
  rows: SummaryCell[][];
  total: SummaryCell[];
}

export interface WorkspaceSummaryResult {
  grid: SummaryGridData;
  /** The table as HTML, every text escaped, each report row with its index (`data-index`) in `files`. */
  tableHtml: string;
}

/**
 * The summary table of many reports (xxgk.showSummary), one row per file in
 * the order given; open reports are read as the editor has them, the others
 * from disk.
 */
export const workspaceSummaryRequest = request<WorkspaceSummaryParams, WorkspaceSummaryResult | null>(
  'xxgk/workspaceSummary',
);

export interface SummaryExportParams {
  grid: SummaryGridData;
  format: 'xlsx' | 'csv';
}

/** The summary table as an .xlsx or .csv file (the same files as `xxgk summary`), base64-encoded. */
export const summaryExportRequest = request<SummaryExportParams, { base64: string } | null>('xxgk/summaryExport');
export interface NewReportFromParams {
  /** Local file-system path of last year's report (*.xxgk.yaml). */
  path: string;
}

export type NewReportFromResult =
  | {
      /** Next year's complete skeleton (nextYearReport.ts). */
      text: string;
      /** The agency and year of the new report, for its file name. */
      agency: string;
      year: number;
    }
  | {
      /** Why no report could be made from that file, in Chinese. */
      error: string;
      /** The file could not be read at all (rather than read and found unfit). */
      unreadable?: boolean;
    };

/** Next year's report made from last year's (xxgk.newReport › from last year's report), as `xxgk new --from`. */
export const newReportFromRequest = request<NewReportFromParams, NewReportFromResult>('xxgk/newReportFrom');

/** A position and range as LSP counts them (0-based lines, UTF-16 characters). */
export interface ProtocolRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** LSP's `WorkspaceEdit` as the cell edit fills it: edits of one version of one document. */
export interface CellWorkspaceEdit {
  documentChanges: {
    textDocument: { uri: string; version: number };
    edits: { range: ProtocolRange; newText: string }[];
  }[];
}

export interface CellEditParams {
  /** The report. */
  uri: string;
  /** The document version the preview showed when the cell was edited; another version is refused. */
  version: number;
  /**
   * The cells to write, by key path (e.g. ['收到和处理政府信息公开申请情况', '本年度办理结果',
   * '予以公开', '自然人']): the text typed or pasted, or null to empty the cell (a blank, never 0).
   * A paste is one request, so one edit and one undo step.
   */
  cells: { path: string[]; value: string | null }[];
}

export type CellEditResult =
  /** The edit to apply (no edits where the cells already hold these values). */
  | { edit: CellWorkspaceEdit }
  /**
   * Nothing to write: the engine's reason in Chinese (a value that is not a
   * count, a cell that is not in the tables, a file that does not parse), the
   * cell it is about, and `stale` where the document has moved on from `version`.
   */
  | { refused: string; path?: string[]; stale?: boolean };

/**
 * Writes values into table cells of a report (the preview's cell editing):
 * the server computes the edit of the YAML from the cells' key paths, keeping
 * the rest of the text byte for byte, and adds cells the file leaves out in
 * their statutory place; the client applies it (workspace.applyEdit).
 */
export const cellEditRequest = request<CellEditParams, CellEditResult>('xxgk/cellEdit');
