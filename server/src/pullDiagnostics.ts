// Pull diagnostics (LSP 3.17) for clients that declare
// `textDocument.diagnostic`; push (diagnostics.ts) for the others, never both.
//
// textDocument/diagnostic answers an open report from its editor text, a
// closed one from disk. workspace/diagnostic lists every report of the
// workspace folders (workspaceReports.ts), open ones with their version, and
// the first answer is complete. Result ids are hashes of the diagnostics, so a
// file whose diagnostics are what the client holds is `unchanged`. A report
// the client holds that is no longer listed (deleted, renamed, workspace
// diagnostics turned off) is sent once with an empty list, which clears it.
//
// A workspace request that would bring nothing new is held until something
// changes (a file on disk, the settings, a report closed or edited) or the
// client cancels it: VS Code asks again two seconds after every answer, and a
// held request costs nothing meanwhile. Long answers yield between files and
// honour cancellation; what was checked stays cached for the next request.
import {
  CancellationToken,
  Connection,
  Diagnostic,
  DiagnosticOptions,
  DocumentDiagnosticParams,
  DocumentDiagnosticReport,
  FileEvent,
  LSPErrorCodes,
  PreviousResultId,
  ResponseError,
  WorkspaceDiagnosticParams,
  WorkspaceDiagnosticReport,
  WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticsFeed, toDiagnostic } from './diagnostics';
import type { ReportDocuments } from './documents';
import { handlerGuards } from './guard';
import { pathOf } from './previousReports';
import type { Settings } from './settings';
import { CheckedFile, EMPTY_RESULT_ID, resultIdOf, WorkspaceReports } from './workspaceReports';

/** A held workspace request answers after this long even if nothing changed. */
const HOLD_MS = 60_000;
/** After an edit, a held workspace request waits this long, so the edited report's own pull goes first. */
const EDIT_WAKE_MS = 250;
/** A long answer yields to other messages (and a cancellation) this often. */
const YIELD_MS = 15;
/** A stream of edits that never pauses still gets its document answered this often. */
const MAX_QUIET_WAIT_MS = 1000;

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}

const keyOf = (uri: string): string => pathOf(uri) ?? uri;

/** The server's `diagnosticProvider` for a pulling client. */
export const PULL_PROVIDER: DiagnosticOptions = {
  identifier: 'xxgk',
  interFileDependencies: true,
  workspaceDiagnostics: true,
};

export class PullDiagnostics implements DiagnosticsFeed {
  /** Edits received: a document pull waits until a turn passes without one. */
  private arrivals = 0;
  /** Bumped whenever a workspace answer may differ; a held request waits for it. */
  private changes = 0;
  private readonly wakers = new Set<() => void>();
  private editWake: NodeJS.Timeout | undefined;
  private refreshScheduled = false;
  /** Closed reports (by key) whose list in the client may be a document pull's: sent in full next time. */
  private readonly closedSinceAnswer = new Map<string, string>();
  private markStarted: () => void = () => {};
  /** Settled once the settings are read and the workspace's reports found: answers wait for it. */
  private readonly started = new Promise<void>((resolve) => (this.markStarted = resolve));

  constructor(
    private readonly connection: Connection,
    private readonly docs: ReportDocuments,
    private readonly reports: WorkspaceReports,
    private readonly settings: Settings,
    private readonly canRefresh: boolean,
  ) {
    this.listen();
  }

  start(indexed: Promise<unknown>, folders: string[]): void {
    void Promise.all([indexed, this.reports.find(folders)]).finally(() => this.markStarted());
  }

  private listen(): void {
    const { guardAsync } = handlerGuards((message) => this.connection.console.error(message));
    const document = guardAsync(
      '检查报告',
      { kind: 'full', items: [] } as DocumentDiagnosticReport,
      ([p, token]: [DocumentDiagnosticParams, CancellationToken]) =>
        this.document(p.textDocument.uri, p.previousResultId, token),
    );
    const workspace = guardAsync(
      '检查工作区报告',
      { items: [] },
      ([p, token]: [WorkspaceDiagnosticParams, CancellationToken]) => this.workspace(p.previousResultIds, token),
    );
    this.connection.languages.diagnostics.on((params, token) => document([params, token]));
    this.connection.languages.diagnostics.onWorkspace((params, token) => workspace([params, token]));
  }

  // ------------------------------------------------------------ events

  /** An open report's text changed (its own pull comes from the client). */
  documentChanged(): void {
    this.arrivals++;
    if (this.editWake) return;
    this.editWake = setTimeout(() => {
      this.editWake = undefined;
      this.wake();
    }, EDIT_WAKE_MS);
  }

  /** A report was closed: from now on it is checked from disk, and the client's list of it replaced. */
  documentClosed(uri: string): void {
    this.closedSinceAnswer.set(keyOf(uri), uri);
    this.reports.invalidate([uri]);
    this.wake();
  }

  /** Reports whose last year's report changed: open ones are pulled again, closed ones checked again. */
  stale(uris: string[]): void {
    const open = uris.filter((uri) => this.docs.get(uri));
    for (const uri of open) this.docs.forget(uri);
    if (open.length) this.refresh();
    if (this.reports.invalidate(uris.filter((uri) => !this.docs.get(uri))) || open.length) this.wake();
  }

  settingsChanged(): void {
    this.refresh();
    this.wake();
  }

  /** Reports created, changed or deleted on disk (workspace/didChangeWatchedFiles). */
  filesChanged(changes: FileEvent[]): void {
    if (!this.reports.filesChanged(changes)) return;
    this.refresh();
    this.wake();
  }

  async foldersChanged(added: string[], removed: string[]): Promise<void> {
    await this.reports.foldersChanged(added, removed);
    this.refresh();
    this.wake();
  }

  private wake(): void {
    this.changes++;
    for (const wake of this.wakers) wake();
    this.wakers.clear();
  }

  /** Asks the client to pull again (once for a burst of reasons), where it can be asked. */
  private refresh(): void {
    if (!this.canRefresh || this.refreshScheduled) return;
    this.refreshScheduled = true;
    setImmediate(() => {
      this.refreshScheduled = false;
      this.connection.languages.diagnostics.refresh();
    });
  }

  // ------------------------------------------------------------ textDocument/diagnostic

  private async document(
    uri: string,
    previousResultId: string | undefined,
    token: CancellationToken,
  ): Promise<DocumentDiagnosticReport> {
    await this.whenStarted(token);
    await this.quiet(token);
    const doc = this.docs.get(uri);
    const path = pathOf(uri);
    let checked: CheckedFile | undefined;
    if (doc) checked = this.ofDocument(doc);
    // A closed report (VS Code pulls once more after closing): from disk, where the workspace is diagnosed.
    else if (path !== undefined && this.settings.workspaceDiagnostics) {
      checked = this.reports.diagnostics(path, previousResultId);
      this.reports.release(path);
    }
    checked ??= { resultId: EMPTY_RESULT_ID, items: [] };
    if (previousResultId === checked.resultId || !checked.items)
      return { kind: 'unchanged', resultId: checked.resultId };
    return { kind: 'full', resultId: checked.resultId, items: checked.items };
  }

  /** Waits for the start (the workspace's reports found), unless the request is cancelled meanwhile. */
  private whenStarted(token: CancellationToken): Promise<void> {
    return new Promise((resolve, reject) => {
      const listener = token.onCancellationRequested(() => reject(cancelled()));
      void this.started.then(() => {
        listener.dispose();
        if (token.isCancellationRequested) reject(cancelled());
        else resolve();
      });
    });
  }

  /** Waits until a turn of the event loop brings no new edit (a burst is answered once, at its newest version). */
  private async quiet(token: CancellationToken): Promise<void> {
    const since = performance.now();
    let seen = -1;
    while (seen !== this.arrivals && performance.now() - since < MAX_QUIET_WAIT_MS) {
      seen = this.arrivals;
      await turn();
      if (token.isCancellationRequested) throw cancelled();
    }
  }

  private ofDocument(doc: TextDocument): CheckedFile {
    const items: Diagnostic[] = this.docs.result(doc).findings.map((f) => toDiagnostic(f, doc.uri));
    return { resultId: resultIdOf(items), items };
  }

  // ------------------------------------------------------------ workspace/diagnostic

  private async workspace(previous: PreviousResultId[], token: CancellationToken): Promise<WorkspaceDiagnosticReport> {
    await this.whenStarted(token);
    const known = new Map(previous.map((p) => [keyOf(p.uri), p]));
    for (;;) {
      const seen = this.changes;
      const items = await this.answer(known, token);
      // The first answer, and any that brings news, goes out at once.
      if (known.size === 0 || items.some((i) => i.kind === 'full')) {
        for (const item of items) {
          if (item.kind !== 'full') continue;
          this.closedSinceAnswer.delete(keyOf(item.uri));
          if (item.version === null) this.reports.release(keyOf(item.uri));
        }
        return { items };
      }
      if (!(await this.changeAfter(seen, token))) return { items };
    }
  }

  /** Resolves true once something changed after `seen`, false after HOLD_MS; throws on cancellation. */
  private changeAfter(seen: number, token: CancellationToken): Promise<boolean> {
    if (this.changes !== seen) return Promise.resolve(true);
    return new Promise((resolve, reject) => {
      const done = (outcome: boolean | 'cancelled'): void => {
        clearTimeout(timer);
        listener.dispose();
        this.wakers.delete(woken);
        if (outcome === 'cancelled') reject(cancelled());
        else resolve(outcome);
      };
      const woken = (): void => done(true);
      const timer = setTimeout(() => done(false), HOLD_MS);
      const listener = token.onCancellationRequested(() => done('cancelled'));
      this.wakers.add(woken);
    });
  }

  private async answer(
    known: Map<string, PreviousResultId>,
    token: CancellationToken,
  ): Promise<WorkspaceDocumentDiagnosticReport[]> {
    const open = new Map<string, TextDocument>();
    for (const doc of this.docs.all()) open.set(keyOf(doc.uri), doc);
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    const listed = new Set<string>();
    /** The result id the client holds for a report, unless it may hold an editor's list under it. */
    const heldId = (key: string): string | undefined =>
      this.closedSinceAnswer.has(key) ? undefined : known.get(key)?.value;
    const add = (key: string, uri: string, version: number | null, checked: CheckedFile): void => {
      listed.add(key);
      if (checked.items && heldId(key) !== checked.resultId)
        items.push({ kind: 'full', uri, version, resultId: checked.resultId, items: checked.items });
      else items.push({ kind: 'unchanged', uri, version, resultId: checked.resultId });
    };
    let lastYield = performance.now();
    for (const path of this.settings.workspaceDiagnostics ? this.reports.passOrder() : []) {
      if (performance.now() - lastYield > YIELD_MS) {
        await turn();
        if (token.isCancellationRequested) throw cancelled();
        lastYield = performance.now();
      }
      const doc = open.get(path);
      if (doc) add(path, doc.uri, doc.version, this.ofDocument(doc));
      else {
        const checked = this.reports.diagnostics(path, heldId(path));
        const uri = this.reports.uriOf(path);
        if (checked && uri) add(path, uri, null, checked);
      }
    }
    const empty: CheckedFile = { resultId: EMPTY_RESULT_ID, items: [] };
    // What the client holds and no longer is a report to list: cleared once.
    for (const [key, p] of known) if (!listed.has(key) && p.value !== EMPTY_RESULT_ID) add(key, p.uri, null, empty);
    // A report closed since the last answer, not listed: its list may be the editor's, never to be updated.
    for (const [key, uri] of this.closedSinceAnswer) if (!listed.has(key) && !open.has(key)) add(key, uri, null, empty);
    return items;
  }
}
