// One preview panel showing one report. It renders at once, then at most
// every 300 ms while the user types (patched in place by the webview script),
// moves the editor to a double-clicked cell, writes cells typed or pasted in
// the preview into the report (cellWriter.ts), and keeps scrolling in step.
//
// Coordinated by messages, never by waiting and hoping: the webview says
// 'ready' and is answered with the current body and line; a report the server
// does not have yet, and new severity settings, are asked for again when the
// server publishes that report's diagnostics (it does once it has the report,
// and again once it has applied new settings). Every message between the
// extension and the webview names its report (`source`); others are dropped.
import * as vscode from 'vscode';
import { renderPreviewRequest } from '../../../server/src/shared/protocol';
import type { LazyLanguageClient } from '../lazyLanguageClient';
import { writeCells } from './cellWriter';
import type { CellValue, FromWebview, PreviewState, ToWebview, WithoutSource } from './messages';
import { previewShell } from './previewContent';
import type { TopmostLineMonitor } from './topmostLineMonitor';

export const PREVIEW_VIEW_TYPE = 'xxgk.preview';
const THROTTLE_MS = 300;
/** After one side scrolls the other, ignore the echo for this long. */
const ECHO_MS = 250;

export class ReportPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  private lastRender = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private rendering = false;
  private shellLoaded = false;
  private renderedVersion = -1;
  private ignoreEditorScrollUntil = 0;
  private ignorePreviewScrollUntil = 0;
  private line: number | undefined;
  private disposed = false;
  private failureShown = false;
  /** The webview's script said 'ready' for the current report: it takes messages. */
  private webviewReady = false;
  /** The server had not got the report yet: ask again when it publishes the report's diagnostics. */
  private awaitingServer = false;
  /** Severity settings changed: render again once the server has re-checked with them. */
  private awaitingSettings = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private uri: vscode.Uri,
    private readonly client: LazyLanguageClient,
    private readonly extensionUri: vscode.Uri,
    lines: TopmostLineMonitor,
    line?: number,
  ) {
    this.line = line;
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.uri.toString()) this.update();
      }),
      lines.onDidChange(({ uri, line: top }) => this.onEditorScrolled(uri, top)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('xxgk.severity')) this.awaitingSettings = true;
        // The view's settings go with the render request: render again at once.
        if (
          e.affectsConfiguration('xxgk.preview.showPreviousYear') ||
          e.affectsConfiguration('xxgk.preview.previousYearChangeShare')
        ) {
          this.renderedVersion = -1;
          this.update();
        }
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === this.uri.toString())) this.onServerChecked();
      }),
    );
    this.updateTitle();
    this.update();
  }

  get resource(): vscode.Uri {
    return this.uri;
  }

  get state(): PreviewState {
    return { uri: this.uri.toString(), line: this.line };
  }

  /** Shows another report in the same panel (the preview follows the active editor). */
  retarget(uri: vscode.Uri): void {
    if (uri.toString() === this.uri.toString()) return;
    this.uri = uri;
    this.line = undefined;
    this.shellLoaded = false;
    this.webviewReady = false;
    this.awaitingServer = false;
    this.renderedVersion = -1;
    this.updateTitle();
    this.update();
  }

  /** Renders now if the last render is old enough, else once the throttle window ends. */
  update(): void {
    if (this.disposed || this.timer) return;
    const wait = Math.max(0, this.lastRender + THROTTLE_MS - Date.now());
    if (wait === 0 && !this.rendering) void this.render();
    else
      this.timer = setTimeout(
        () => {
          this.timer = undefined;
          this.update();
        },
        Math.max(wait, 10),
      );
  }

  private async render(): Promise<void> {
    this.rendering = true;
    this.lastRender = Date.now();
    // A reply is for the report it was asked about: the preview may have moved on meanwhile.
    const uri = this.uri;
    try {
      // The server renders what the editor holds: open the report if no editor has it
      // (a preview restored alone after a reload), so the client sends it to the server.
      const document = await vscode.workspace.openTextDocument(uri);
      const preview = vscode.workspace.getConfiguration('xxgk.preview', uri);
      const view = {
        showPreviousYear: preview.get<unknown>('showPreviousYear'),
        previousYearChangeShare: preview.get<unknown>('previousYearChangeShare'),
      };
      const result = await this.client.request(renderPreviewRequest, { uri: uri.toString(), view });
      if (this.disposed || uri.toString() !== this.uri.toString()) return;
      // Not yet with the server (it opens documents as the client sends them): asked again on its diagnostics.
      this.awaitingServer = !result;
      if (!result) return;
      this.failureShown = false;
      if (!this.shellLoaded) {
        this.panel.webview.html = previewShell(
          this.panel.webview,
          this.extensionUri,
          this.state,
          result.title,
          result.body,
          result.version,
        );
        this.shellLoaded = true;
        this.webviewReady = false;
        this.renderedVersion = result.version;
      } else if (this.webviewReady && result.version !== this.renderedVersion) {
        this.post({ type: 'update', body: result.body, version: result.version });
        this.renderedVersion = result.version;
      }
      if (result.title) this.panel.title = vscode.l10n.t('Preview {0}', result.title);
      // The server may have answered for an older version than the editor now holds.
      if (document.version > result.version) this.update();
    } catch (error) {
      // Said once, not on every keystroke while the server is down.
      if (!this.disposed && !this.failureShown) {
        this.failureShown = true;
        void vscode.window.showErrorMessage(vscode.l10n.t('The preview could not be rendered: {0}', String(error)));
      }
    } finally {
      this.rendering = false;
    }
  }

  /** The server published this report's diagnostics: it has the report, and its current settings. */
  private onServerChecked(): void {
    if (this.awaitingSettings) {
      // Findings' severities changed: the same version renders differently.
      this.awaitingSettings = false;
      this.renderedVersion = -1;
      this.update();
    } else if (this.awaitingServer) this.update();
  }

  private onMessage(message: FromWebview): void {
    // From the page of a report this panel showed before.
    if (message.source !== this.uri.toString()) return;
    switch (message.type) {
      case 'ready':
        // The first page, or a hidden webview reloaded from the first page it was given
        // (no retainContextWhenHidden): bring it up to date and back to its place.
        this.webviewReady = true;
        this.renderedVersion = -1;
        this.update();
        if (this.line !== undefined) this.post({ type: 'scrollToLine', line: this.line });
        return;
      case 'reveal':
        void this.revealInEditor(message.line, message.character ?? 0);
        return;
      case 'editCells':
        void this.writeCells(message.id, message.cells);
        return;
      case 'didScroll':
        this.line = message.line;
        if (Date.now() < this.ignorePreviewScrollUntil || !scrollSyncEnabled()) return;
        for (const editor of vscode.window.visibleTextEditors) {
          if (editor.document.uri.toString() !== this.uri.toString()) continue;
          this.ignoreEditorScrollUntil = Date.now() + ECHO_MS;
          const position = new vscode.Position(message.line, 0);
          editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
        }
        return;
    }
  }

  /** Writes cells typed or pasted in the preview; the webview is told whether they were written. */
  private async writeCells(id: number, cells: CellValue[]): Promise<void> {
    const uri = this.uri;
    let outcome;
    try {
      outcome = await writeCells(this.client, uri, cells);
    } catch (error) {
      outcome = { refused: vscode.l10n.t('The cells could not be written: {0}', String(error)) };
    }
    // Told only to the page of the report the cells belong to.
    if (uri.toString() !== this.uri.toString()) return;
    this.post({ type: 'editResult', id, ...outcome });
    // The user waits on this one: past the typing throttle.
    if (!outcome.refused) this.renderSoon();
  }

  /** A render waiting for the throttle window (the edit came soon after the last render) runs now. */
  private renderSoon(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.lastRender = 0;
    this.update();
  }

  private onEditorScrolled(uri: vscode.Uri, line: number): void {
    if (uri.toString() !== this.uri.toString() || !scrollSyncEnabled()) return;
    if (Date.now() < this.ignoreEditorScrollUntil) return;
    this.line = line;
    this.ignorePreviewScrollUntil = Date.now() + ECHO_MS;
    this.post({ type: 'scrollToLine', line });
  }

  private async revealInEditor(line: number, character: number): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.uri);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
    });
    const position = new vscode.Position(line, character);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private updateTitle(): void {
    const name = this.uri.path.split('/').pop() ?? '';
    this.panel.title = vscode.l10n.t('Preview {0}', name);
  }

  /** Posts a message about the current report, once the webview takes messages. */
  private post(message: WithoutSource<ToWebview>): void {
    if (this.webviewReady) void this.panel.webview.postMessage({ ...message, source: this.uri.toString() });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
    this.disposables.forEach((d) => d.dispose());
    this.panel.dispose();
  }
}

function scrollSyncEnabled(): boolean {
  return vscode.workspace.getConfiguration('xxgk.preview').get<boolean>('scrollSync', true);
}
