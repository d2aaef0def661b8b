// Reports the topmost visible line of report editors as they scroll, for the
// preview's scroll sync. Coalesced per animation-ish tick so a fling of the
// scroll wheel sends a handful of messages, not hundreds.
import * as vscode from 'vscode';

const DELAY_MS = 30;

export class TopmostLineMonitor implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<{ uri: vscode.Uri; line: number }>();
  readonly onDidChange = this.emitter.event;
  private readonly pending = new Map<string, { uri: vscode.Uri; line: number }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      const first = e.visibleRanges[0];
      if (!first || e.textEditor.document.languageId !== 'xxgk-report') return;
      this.pending.set(e.textEditor.document.uri.toString(), {
        uri: e.textEditor.document.uri,
        line: first.start.line,
      });
      this.timer ??= setTimeout(() => this.flush(), DELAY_MS);
    });
  }

  private flush(): void {
    this.timer = undefined;
    for (const entry of this.pending.values()) this.emitter.fire(entry);
    this.pending.clear();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
