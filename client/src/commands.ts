// The commands of the `xxgk` category: preview, export (HTML, Word, PDF), import, new report, restart, summary.
import * as vscode from 'vscode';
import {
  exportDocxRequest,
  exportPdfRequest,
  newReportRequest,
  renderExportRequest,
} from '../../server/src/shared/protocol';
import { importReportCommand } from './importCommand';
import type { LazyLanguageClient } from './lazyLanguageClient';
import { newReportFromLastYear, pickNewReportKind, safeFileName } from './newFromLastYear';
import type { PreviewManager } from './preview/previewManager';
import { SummaryPanel } from './summary/summaryPanel';

const isReport = (document: vscode.TextDocument | undefined): boolean => document?.languageId === 'xxgk-report';

/**
 * The report a command acts on: the active editor's; else, as when the command
 * comes from the walkthrough or the preview has the focus, the one report
 * visible, or the one report open. Never a guess between two.
 */
function activeReport(): vscode.TextDocument | undefined {
  const active = vscode.window.activeTextEditor?.document;
  if (active && isReport(active)) return active;
  const visible = vscode.window.visibleTextEditors.map((e) => e.document).filter(isReport);
  const open = vscode.workspace.textDocuments.filter(isReport);
  const only = visible.length === 1 ? visible[0] : visible.length === 0 && open.length === 1 ? open[0] : undefined;
  if (only) return only;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open an annual report (*.xxgk.yaml) first.'));
  return undefined;
}

/** The export's file beside the report: `2023-某局.xxgk.yaml` → `2023-某局.pdf`. */
function besideReport(document: vscode.TextDocument, extension: string): vscode.Uri {
  return document.uri.with({ path: document.uri.path.replace(/\.xxgk\.ya?ml$/, '') + extension });
}

/** Asks where to save an export (beside the report by default) and writes it there. */
async function saveExport(
  document: vscode.TextDocument,
  extension: string,
  filters: Record<string, string[]>,
  bytes: Uint8Array,
): Promise<void> {
  const target = await vscode.window.showSaveDialog({ defaultUri: besideReport(document, extension), filters });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, bytes);
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', target.fsPath));
}

async function exportHtmlCommand(client: LazyLanguageClient): Promise<void> {
  const document = activeReport();
  if (!document) return;
  const result = await client.request(renderExportRequest, { uri: document.uri.toString() });
  if (result) await saveExport(document, '.html', { HTML: ['html'] }, new TextEncoder().encode(result.html));
}

async function exportDocxCommand(client: LazyLanguageClient): Promise<void> {
  const document = activeReport();
  if (!document) return;
  const result = await client.request(exportDocxRequest, { uri: document.uri.toString() });
  if (result) await saveExport(document, '.docx', { Word: ['docx'] }, Buffer.from(result.base64, 'base64'));
}

/** PDF: printed by the server with the browser found (or named by xxgk.export.browserPath), then saved where the user says. */
async function exportPdfCommand(client: LazyLanguageClient): Promise<void> {
  const document = activeReport();
  if (!document) return;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Printing the report to PDF…') },
    () => client.request(exportPdfRequest, { uri: document.uri.toString() }),
  );
  if (!result) return;
  if ('base64' in result) {
    await saveExport(document, '.pdf', { PDF: ['pdf'] }, Buffer.from(result.base64, 'base64'));
    return;
  }
  const openSettings = vscode.l10n.t('Open Settings');
  const choice = await vscode.window.showErrorMessage(
    vscode.l10n.t('Could not export PDF: {0}', result.error),
    ...(result.browserMissing ? [openSettings] : []),
  );
  if (choice === openSettings)
    await vscode.commands.executeCommand('workbench.action.openSettings', 'xxgk.export.browserPath');
}

async function newReportCommand(client: LazyLanguageClient): Promise<void> {
  const kind = await pickNewReportKind();
  if (kind === 'fromLastYear') return newReportFromLastYear(client);
  if (kind !== 'empty') return;
  const agency = (
    await vscode.window.showInputBox({
      title: vscode.l10n.t('New Annual Report'),
      prompt: vscode.l10n.t('Full name of the agency'),
      placeHolder: '北京市西城区民政局',
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter the agency name.')),
    })
  )?.trim();
  if (!agency) return;
  const lastYear = new Date().getFullYear() - 1;
  const yearText = await vscode.window.showInputBox({
    title: vscode.l10n.t('New Annual Report'),
    prompt: vscode.l10n.t('The year reported on'),
    value: String(lastYear),
    validateInput: (v) =>
      /^\d{4}$/.test(v.trim()) && Number(v) >= 2008 && Number(v) <= lastYear + 1
        ? undefined
        : vscode.l10n.t('Enter a year from 2008 on, e.g. {0}.', lastYear),
  });
  if (!yearText) return;
  const folders = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    openLabel: vscode.l10n.t('Create Here'),
  });
  const folder = folders?.[0];
  if (!folder) return;
  const target = vscode.Uri.joinPath(folder, `${yearText.trim()}-${safeFileName(agency)}.xxgk.yaml`);
  try {
    await vscode.workspace.fs.stat(target);
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists; it was not overwritten.', target.fsPath));
    return;
  } catch {
    // Not there yet: the only case in which we write.
  }
  const text = await client.request(newReportRequest, { agency, year: Number(yearText) });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(target);
}

export function registerCommands(
  context: vscode.ExtensionContext,
  client: LazyLanguageClient,
  previews: PreviewManager,
): vscode.Disposable[] {
  const summary = new SummaryPanel(context, client);
  const preview = (toSide: boolean) => (uri?: vscode.Uri) => {
    const target = uri instanceof vscode.Uri ? uri : activeReport()?.uri;
    if (target) previews.show(target, toSide);
  };
  return [
    vscode.commands.registerCommand('xxgk.showPreview', preview(false)),
    vscode.commands.registerCommand('xxgk.showPreviewToSide', preview(true)),
    vscode.commands.registerCommand('xxgk.exportHtml', () => exportHtmlCommand(client)),
    vscode.commands.registerCommand('xxgk.exportDocx', () => exportDocxCommand(client)),
    vscode.commands.registerCommand('xxgk.exportPdf', () => exportPdfCommand(client)),
    vscode.commands.registerCommand('xxgk.import', () => importReportCommand(client)),
    vscode.commands.registerCommand('xxgk.newReport', () => newReportCommand(client)),
    vscode.commands.registerCommand('xxgk.restartServer', () => client.restart()),
    vscode.commands.registerCommand('xxgk.showSummary', () => summary.show()),
    summary,
  ];
}
