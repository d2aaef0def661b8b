// xxgk.showSummary: a table of every report in the workspace (one webview
// panel, refreshed when shown again): 机关, 年度, the key figures, errors,
// warnings and problems, with the total row. The server reads and checks the
// files (open ones as the editor has them); a click on a row opens its report;
// the server makes the .xlsx and .csv files from the table's cells, the same
// files as `xxgk summary`.
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import {
  summaryExportRequest,
  SummaryGridData,
  workspaceSummaryRequest,
  WorkspaceSummaryResult,
} from '../../../server/src/shared/protocol';
import type { LazyLanguageClient } from '../lazyLanguageClient';
import type { SummaryMessage } from './messages';
import { summaryPage } from './summaryPage';

const REPORTS = '**/*.{xxgk.yaml,xxgk.yml}';
const SKIPPED = '**/{node_modules,.git}/**';

interface Shown {
  uris: vscode.Uri[];
  summary: WorkspaceSummaryResult;
}

export class SummaryPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: Shown | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LazyLanguageClient,
  ) {}

  async show(): Promise<void> {
    const shown = await this.summarize();
    if (!shown) return;
    this.shown = shown;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        'xxgk.summary',
        vscode.l10n.t('Summary of Annual Reports'),
        vscode.ViewColumn.Active,
        {
          enableScripts: true,
          enableCommandUris: false,
          localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')],
          enableFindWidget: true,
        },
      );
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: SummaryMessage) => void this.onMessage(message));
    }
    this.panel.webview.html = this.page(this.panel.webview, shown.summary.tableHtml);
    this.panel.reveal();
  }

  private async summarize(): Promise<Shown | undefined> {
    const uris = (await vscode.workspace.findFiles(REPORTS, SKIPPED)).sort((a, b) =>
      a.fsPath < b.fsPath ? -1 : a.fsPath > b.fsPath ? 1 : 0,
    );
    if (!uris.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No annual reports (*.xxgk.yaml) in the workspace.'));
      return undefined;
    }
    const files = uris.map((uri) => ({ uri: uri.toString(), label: vscode.workspace.asRelativePath(uri) }));
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Summarizing {0} reports…', uris.length) },
      () => this.client.request(workspaceSummaryRequest, { files }),
    );
    if (!summary) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The summary could not be made; see the xxgk output.'));
      return undefined;
    }
    return { uris, summary };
  }

  private page(webview: vscode.Webview, tableHtml: string): string {
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'summary.js'));
    const text = {
      title: vscode.l10n.t('Summary of Annual Reports'),
      filter: vscode.l10n.t('Filter by agency, year, problem, file…'),
      exportXlsx: vscode.l10n.t('Export .xlsx'),
      exportCsv: vscode.l10n.t('Export .csv'),
      refresh: vscode.l10n.t('Refresh'),
      shown: vscode.l10n.t('{0} of {1} reports shown'),
    };
    return summaryPage(tableHtml, text, randomUUID().replace(/-/g, ''), webview.cspSource, script.toString());
  }

  private async onMessage(message: SummaryMessage): Promise<void> {
    const shown = this.shown;
    if (!shown) return;
    if (message.type === 'open') {
      const uri = shown.uris[message.index];
      if (uri) await vscode.window.showTextDocument(uri, { preview: false });
    } else if (message.type === 'refresh') await this.show();
    else await this.export(shown.summary.grid, message.format);
  }

  private async export(grid: SummaryGridData, format: 'xlsx' | 'csv'): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder && vscode.Uri.joinPath(folder, `汇总.${format}`),
      filters: format === 'xlsx' ? { Excel: ['xlsx'] } : { CSV: ['csv'] },
    });
    if (!target) return;
    const file = await this.client.request(summaryExportRequest, { grid, format });
    if (!file) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The summary could not be made; see the xxgk output.'));
      return;
    }
    await vscode.workspace.fs.writeFile(target, Buffer.from(file.base64, 'base64'));
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', target.fsPath));
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
