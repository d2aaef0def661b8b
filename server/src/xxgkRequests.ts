// The custom requests of the xxgk client (shared/protocol.ts): the preview,
// the HTML, Word and PDF exports, the import, new reports, the summary and the
// cell edits of the preview. Each handler is guarded: a fault is logged and
// answered with the request's fallback, never an internal error.
import type { Connection } from 'vscode-languageserver/node';
import { newReportText } from './core/newReport';
import { newReportFrom } from './platform';
import { exportDocx } from './exportDocx';
import { exportPdf } from './exportPdf';
import { importReport } from './importReport';
import { cellEditFor } from './cellEdit';
import {
  cellEditRequest,
  exportDocxRequest,
  exportPdfRequest,
  importReportRequest,
  newReportFromRequest,
  newReportRequest,
  renderExportRequest,
  renderPreviewRequest,
  summaryExportRequest,
  workspaceSummaryRequest,
  XxgkRequest,
} from './shared/protocol';
import { renderExport, renderPreview } from './render';
import type { ReportDocuments } from './documents';
import type { handlerGuards } from './guard';
import type { PreviousReports } from './previousReports';
import { readPreviousYearView, Settings } from './settings';
import { summaryExport, workspaceSummary } from './workspaceSummary';

type Guards = ReturnType<typeof handlerGuards>;

export interface XxgkRequestContext extends Guards {
  docs: ReportDocuments;
  settings: Settings;
  previousReports: PreviousReports;
}

export function registerXxgkRequests(connection: Connection, context: XxgkRequestContext): void {
  const { docs, settings, previousReports, guard, guardAsync } = context;
  onXxgkRequest(
    connection,
    renderPreviewRequest,
    guard('预览', null, (params) => {
      const found = docs.lookup(params.uri);
      // A share the client sends that the settings would reject was already warned about there.
      const view = params.view ? readPreviousYearView(params.view, []) : settings.previousYear;
      return found ? renderPreview(found.doc, found.result, view) : null;
    }),
  );

  onXxgkRequest(
    connection,
    renderExportRequest,
    guard('导出 HTML', null, (params) => {
      const found = docs.lookup(params.uri);
      return found ? renderExport(found.doc) : null;
    }),
  );

  onXxgkRequest(
    connection,
    exportDocxRequest,
    guardAsync('导出 Word', null, async (params) => {
      const found = docs.lookup(params.uri);
      return found ? exportDocx(found.doc) : null;
    }),
  );

  onXxgkRequest(
    connection,
    exportPdfRequest,
    guardAsync('导出 PDF', null, async (params) => {
      const found = docs.lookup(params.uri);
      return found ? exportPdf(found.doc, settings.browserPath) : null;
    }),
  );

  onXxgkRequest(
    connection,
    importReportRequest,
    guardAsync(
      '导入报告',
      { yaml: '', unmapped: [], notes: [], error: '导入时出错（这是 xxgk 的缺陷，请报告），详见输出面板。' },
      (params) => importReport(params.path),
    ),
  );

  onXxgkRequest(
    connection,
    newReportRequest,
    guard('新建报告', '', (params) => newReportText(params.agency, params.year)),
  );

  onXxgkRequest(
    connection,
    workspaceSummaryRequest,
    guardAsync('报告汇总', null, (params) => workspaceSummary(params, docs, settings.severities, previousReports)),
  );

  onXxgkRequest(
    connection,
    summaryExportRequest,
    guardAsync('导出汇总表', null, (params) => summaryExport(params)),
  );

  onXxgkRequest(
    connection,
    newReportFromRequest,
    guard('据上年报告新建报告', { error: '新建报告时出错（这是 xxgk 的缺陷，请报告），详见输出面板。' }, (params) =>
      newReportFrom(params.path),
    ),
  );

  onXxgkRequest(
    connection,
    cellEditRequest,
    guard('填写单元格', { refused: '填写时出错（这是 xxgk 的缺陷，请报告），详见输出面板。' }, (params) =>
      cellEditFor(docs.get(params.uri), params),
    ),
  );
}

/** A custom request of shared/protocol.ts, typed by its declaration. */
function onXxgkRequest<P, R>(
  connection: Connection,
  type: XxgkRequest<P, R>,
  handler: (params: P) => R | Promise<R>,
): void {
  connection.onRequest(type.method, (params: P) => handler(params));
}
