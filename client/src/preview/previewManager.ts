// Opens, finds and restores report previews. One preview per column follows
// the active report editor (xxgk.preview.followEditor); previews come back
// after a window reload through the webview serializer.
import * as vscode from 'vscode';
import type { LazyLanguageClient } from '../lazyLanguageClient';
import type { PreviewState } from './messages';
import { PREVIEW_VIEW_TYPE, ReportPreview } from './preview';
import { webviewOptions } from './security';
import { TopmostLineMonitor } from './topmostLineMonitor';

export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Set<ReportPreview>();
  private readonly lines = new TopmostLineMonitor();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LazyLanguageClient,
  ) {
    this.disposables.push(
      this.lines,
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: PreviewState | undefined) => this.restore(panel, state),
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
    );
  }

  /** Opens the preview of a report, or brings its existing preview forward. */
  show(uri: vscode.Uri, toSide: boolean): ReportPreview {
    const existing = [...this.previews].find((p) => p.resource.toString() === uri.toString()) ?? [...this.previews][0];
    if (existing) {
      existing.retarget(uri);
      existing.panel.reveal(existing.panel.viewColumn, true);
      return existing;
    }
    const column = toSide
      ? vscode.ViewColumn.Beside
      : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      '',
      { viewColumn: column, preserveFocus: toSide },
      webviewOptions(this.context.extensionUri),
    );
    return this.track(new ReportPreview(panel, uri, this.client, this.context.extensionUri, this.lines));
  }

  private restore(panel: vscode.WebviewPanel, state: PreviewState | undefined): void {
    if (!state?.uri) {
      panel.dispose();
      return;
    }
    panel.webview.options = webviewOptions(this.context.extensionUri);
    this.track(
      new ReportPreview(
        panel,
        vscode.Uri.parse(state.uri),
        this.client,
        this.context.extensionUri,
        this.lines,
        state.line,
      ),
    );
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || editor.document.languageId !== 'xxgk-report') return;
    if (!vscode.workspace.getConfiguration('xxgk.preview').get<boolean>('followEditor', true)) return;
    for (const preview of this.previews) preview.retarget(editor.document.uri);
  }

  private track(preview: ReportPreview): ReportPreview {
    this.previews.add(preview);
    preview.onDidDispose(() => this.previews.delete(preview));
    return preview;
  }

  dispose(): void {
    for (const preview of this.previews) preview.dispose();
    this.previews.clear();
    this.disposables.forEach((d) => d.dispose());
  }
}
