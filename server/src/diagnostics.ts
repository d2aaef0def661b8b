// Diagnostics: the engine's findings for every open report, published with the
// document version they were computed on. A change is checked at once (bursts
// are coalesced within one turn of the event loop, so only the latest version
// is checked); a result for a version that is no longer current is dropped.
import { Connection, Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import { Finding, Severity } from './core/findings';
import { ReportDocuments } from './documents';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
};

function toDiagnostic(finding: Finding, uri: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: 'xxgk',
    message: finding.message,
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: r.uri ?? uri, range: r.range },
      message: r.message,
    }));
  }
  if (finding.code === 'unused-suppression') diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

export class DiagnosticsPublisher {
  private readonly pending = new Set<string>();
  private scheduled = false;
  /** Until the settings are first read, changes are only queued. */
  private ready = false;

  constructor(
    private readonly connection: Connection,
    private readonly docs: ReportDocuments,
  ) {}

  schedule(uri: string): void {
    this.pending.add(uri);
    if (this.scheduled || !this.ready) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Starts publishing (after the first settings pull) and checks whatever is queued. */
  start(): void {
    this.ready = true;
    this.flush();
  }

  /** Re-checks every open report (after a settings change). */
  republishAll(): void {
    for (const doc of this.docs.all()) this.pending.add(doc.uri);
    if (this.ready) this.flush();
  }

  clear(uri: string): void {
    this.pending.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private flush(): void {
    this.scheduled = false;
    const uris = [...this.pending];
    this.pending.clear();
    for (const uri of uris) {
      try {
        this.publish(uri);
      } catch (error) {
        this.connection.console.error(
          `xxgk：检查 ${uri} 时出错：${error instanceof Error ? error.stack : String(error)}`,
        );
      }
    }
  }

  private publish(uri: string): void {
    const doc = this.docs.get(uri);
    if (!doc) return;
    const version = doc.version;
    const result = this.docs.result(doc);
    // A newer version arrived meanwhile: its own check will publish.
    if (this.docs.get(uri)?.version !== version) return;
    const diagnostics = result.findings.map((f) => toDiagnostic(f, uri));
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}
