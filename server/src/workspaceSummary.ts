// The summary table for xxgk.showSummary: every report file the client names,
// read as the editor has it where it is open, else from disk, checked with the
// user's severities, and beside last year's report where the workspace holds
// it (as the Problems panel and `xxgk summary` check it). Files are taken a few at a time between turns of the
// event loop, so the server keeps answering the editor during a long batch.
// The answer is the table's cells and its HTML; an export is made from the cells.
import { describeFsError, loadSummaryXlsx, readReportFile } from './platform';
import { checkText, CheckResult, tooLargeFinding } from './core/engine';
import type { SeverityOverrides } from './settings';
import { reportFigures } from './core/summary/figures';
import { summaryGrid } from './core/summary/grid';
import { summaryTableHtml } from './core/summary/html';
import { checkedReport, SummaryBuilder, SummaryInput } from './core/summary/summaryTable';
import { summaryCsv } from './core/summary/textFormats';
import type { ReportDocuments } from './documents';
import type { PreviousReports } from './previousReports';
import { pathOfUri } from './fileUris';
import type { SummaryExportParams, WorkspaceSummaryParams, WorkspaceSummaryResult } from './shared/protocol';

const FILES_PER_TURN = 20;

function reportInput(file: string, result: CheckResult, encoding: string): SummaryInput {
  if (!result.report) return { file, kind: 'too-large', message: result.findings[0]?.message ?? '未能检查' };
  return checkedReport(file, result.findings, reportFigures(result.report.root), encoding);
}

async function inputOf(
  uri: string,
  label: string,
  docs: ReportDocuments,
  severities: SeverityOverrides,
  previousReports: PreviousReports,
): Promise<SummaryInput> {
  const open = docs.lookup(uri);
  if (open) return reportInput(label, open.result, 'utf-8');
  const path = pathOfUri(uri);
  if (path === undefined) return { file: label, kind: 'unreadable', reason: '不是本机磁盘上的文件' };
  try {
    const content = await readReportFile(path);
    if (content.kind === 'too-large')
      return { file: label, kind: 'too-large', message: tooLargeFinding(content.size).message };
    const previous = previousReports.inputForFile(uri, content.text);
    const result = checkText(content.text, { byteLength: content.size, severities, previous });
    return reportInput(label, result, content.encoding);
  } catch (error) {
    return { file: label, kind: 'unreadable', reason: describeFsError(error) };
  }
}

export async function workspaceSummary(
  params: WorkspaceSummaryParams,
  docs: ReportDocuments,
  severities: SeverityOverrides,
  previousReports: PreviousReports,
): Promise<WorkspaceSummaryResult> {
  const builder = new SummaryBuilder();
  for (let i = 0; i < params.files.length; i++) {
    const { uri, label } = params.files[i]!;
    builder.add(await inputOf(uri, label, docs, severities, previousReports));
    if (i % FILES_PER_TURN === FILES_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  const grid = summaryGrid(builder.finish());
  return { grid, tableHtml: summaryTableHtml(grid) };
}

/** The table as a file, as `xxgk summary -o` writes it. */
export async function summaryExport(params: SummaryExportParams): Promise<{ base64: string }> {
  const data =
    params.format === 'csv'
      ? Buffer.from(summaryCsv(params.grid), 'utf8')
      : Buffer.from(await loadSummaryXlsx().summaryXlsx(params.grid, '汇总'));
  return { base64: data.toString('base64') };
}
