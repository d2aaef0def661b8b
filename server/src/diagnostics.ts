// Diagnostics: the engine's findings for every open report, published with the
// document version they were computed on. A change is checked as soon as no
// other change is waiting: vscode-jsonrpc hands over one queued message per
// turn of the event loop, so the check waits turn by turn until a turn brings
// no change. A burst (or the edits that queued up during a long check) is
// checked once, at its newest version; a result for a version that is no
// longer current is dropped.
import { Connection, Diagnostic, DiagnosticSeverity, DiagnosticTag, FileEvent } from 'vscode-languageserver';
import { Finding, Severity } from './core/findings';
import { ReportDocuments } from './documents';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
};

export function toDiagnostic(finding: Finding, uri: string): Diagnostic {
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

/** What server.ts tells the diagnostics, whichever way they travel: pushed here, pulled in pullDiagnostics.ts. */
export interface DiagnosticsFeed {
  /** After the first settings pull; `indexed`: the index of last year's reports over `folders`. */
  start(indexed: Promise<unknown>, folders: string[]): void;
  /** An open report's text changed (or it was opened). */
  documentChanged(uri: string): void;
  documentClosed(uri: string): void;
  /** Reports whose last year's report changed. */
  stale(uris: string[]): void;
  settingsChanged(): void;
  /** Files changed on disk (workspace/didChangeWatchedFiles). */
  filesChanged(changes: FileEvent[]): void;
  /** Workspace folders added or removed (canonical paths). */
  foldersChanged(added: string[], removed: string[]): Promise<void>;
}

/** A stream of changes that never pauses still gets diagnostics this often. */
const MAX_WAIT_MS = 1000;

/** Push: `textDocument/publishDiagnostics` for the open reports, for clients that do not pull. */
export class DiagnosticsPublisher implements DiagnosticsFeed {
  private readonly pending = new Set<string>();
  private scheduled = false;
  /** Changes received, and how many of them the scheduled flush had seen. */
  private arrivals = 0;
  private seenArrivals = 0;
  /** Until the settings are first read, changes are only queued. */
  private ready = false;

  constructor(
    private readonly connection: Connection,
    private readonly docs: ReportDocuments,
  ) {}

  schedule(uri: string): void {
    this.pending.add(uri);
    this.arrivals++;
    if (this.scheduled || !this.ready) return;
    this.scheduled = true;
    setImmediate(() => this.flushWhenQuiet());
  }

  /** Flushes once a turn of the event loop passes without a new change (or after a second of them). */
  private flushWhenQuiet(since = performance.now()): void {
    if (this.arrivals !== this.seenArrivals && performance.now() - since < MAX_WAIT_MS) {
      this.seenArrivals = this.arrivals;
      setImmediate(() => this.flushWhenQuiet(since));
      return;
    }
    this.flush();
  }

  /** Starts publishing (after the first settings pull) and checks whatever is queued; no index to wait for. */
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

  documentChanged(uri: string): void {
    this.schedule(uri);
  }

  documentClosed(uri: string): void {
    this.clear(uri);
  }

  stale(uris: string[]): void {
    for (const uri of uris) {
      this.docs.forget(uri);
      this.schedule(uri);
    }
  }

  settingsChanged(): void {
    this.republishAll();
  }

  /** Only open reports are pushed; their neighbours on disk arrive through `stale`. */
  filesChanged(): void {}

  async foldersChanged(): Promise<void> {}

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
