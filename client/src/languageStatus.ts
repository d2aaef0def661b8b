// The language status item of a report: `勾稽关系一致`, or how many errors
// the report has; a click opens the Problems view.
import * as vscode from 'vscode';

const LANGUAGE_ID = 'xxgk-report';

export class ReportLanguageStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('xxgk.status', { language: LANGUAGE_ID });
  private readonly disposables: vscode.Disposable[] = [];
  /** Documents whose diagnostics have come in at least once: before that, the report is not checked yet. */
  private readonly checked = new Set<string>();

  constructor() {
    this.item.name = vscode.l10n.t('xxgk report status');
    this.item.command = { command: 'workbench.actions.view.problems', title: vscode.l10n.t('Show Problems') };
    this.disposables.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) this.checked.add(uri.toString());
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((uri) => uri.toString() === active)) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) return;
    const ours = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'xxgk');
    // Not checked yet (the server is starting): say so, rather than that the sums agree.
    this.item.busy = !this.checked.has(document.uri.toString()) && ours.length === 0;
    if (this.item.busy) {
      this.item.text = '检查中…';
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      this.item.accessibilityInformation = { label: '检查中' };
      this.item.detail = vscode.l10n.t('xxgk checks');
      return;
    }
    const errors = ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    // The report's own state is Chinese, like every finding (docs/architecture.md, Conventions).
    if (errors === 0) {
      this.item.text = warnings ? `$(check) 勾稽关系一致 · ${warnings} 个警告` : '$(check) 勾稽关系一致';
      this.item.severity = vscode.LanguageStatusSeverity.Information;
    } else {
      this.item.text = `$(error) ${errors} 个错误`;
      this.item.severity = vscode.LanguageStatusSeverity.Error;
    }
    this.item.detail = vscode.l10n.t('xxgk checks');
    // Screen readers get the words, not the `$(icon)` syntax.
    this.item.accessibilityInformation = { label: this.item.text.replace(/\$\([\w~-]+\)\s*/g, '') };
  }

  dispose(): void {
    this.item.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
