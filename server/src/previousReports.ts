// Last year's report for each open report, in the language server. The
// candidates are the report files of the workspace folders (indexed in the
// background at start-up, kept current by workspace/didChangeWatchedFiles),
// the files of the report's own folder (read when first needed) and the open
// documents (their unsaved text wins over the disk). A previous report is
// parsed once and reused until it changes; editing or saving it re-checks the
// reports that use it, open ones and (workspace diagnostics) closed ones alike.
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathOfUri, uriOfPath } from './fileUris';
import { Candidate, previousCandidates } from './core/previous/choose';
import { ReportIdentity } from './core/previous/identity';
import { ParsedPrevious, parsePrevious, PreviousInput } from './core/previous/previous';
import {
  canonicalPath,
  findReportFiles,
  identityOfText,
  isReportFileName,
  linkTarget,
  readIdentity,
  readPrevious,
} from './platform';
import { diskStamp, RecentParses } from './recentParses';
import { DiskIdentities } from './diskIdentities';

/** The file-system path of a `file:` URI; undefined for other schemes (untitled documents). */
export function pathOf(uri: string): string | undefined {
  const path = pathOfUri(uri);
  return path === undefined ? undefined : canonicalPath(path);
}

type Selection =
  | { kind: 'none' }
  | { kind: 'link'; selfPath: string; path: string; link: string }
  | { kind: 'search'; selfPath: string; paths: string[] };

export class PreviousReports {
  /** Identities of report files on disk, by canonical path. */
  private readonly disk = new DiskIdentities();
  private readonly scannedFolders = new Set<string>();
  /** Parsed previous reports by how they were reached and path, with the stamp of the text they were parsed from. */
  private readonly parsed = new Map<string, { stamp: string; input: PreviousInput }>();
  /** For each path used as last year's report: the reports (open or closed) that used it. */
  private readonly dependents = new Map<string, Set<string>>();
  /** The other way round: for each report, the paths it used. */
  private readonly dependsOn = new Map<string, Set<string>>();
  private readonly openIdentityCache = new Map<string, { version: number; identity: ReportIdentity }>();
  /** What each open document's last check took as last year's report (JSON of its Selection). */
  private readonly selections = new Map<string, string>();
  /** The identity of each open document as last seen (JSON), to tell when it changes. */
  private readonly openIdentities = new Map<string, string>();
  /** Closed reports the workspace's pass just parsed (offerParsed), to be taken as last year's without a second parse. */
  private readonly recent = new RecentParses();

  constructor(
    private readonly openDocument: (path: string) => TextDocument | undefined,
    private readonly allOpen: () => TextDocument[],
    /** Documents whose check is out of date because a neighbour changed. */
    private readonly onStale: (uris: string[]) => void,
  ) {}

  /** Builds the index of the workspace folders, yielding between files; then re-checks the open reports. */
  async indexFolders(folders: string[]): Promise<void> {
    for (const folder of folders) {
      let files: string[];
      try {
        files = (await findReportFiles(folder)).files;
      } catch {
        continue;
      }
      for (const file of files) {
        await new Promise((resolve) => setImmediate(resolve));
        const identity = readIdentity(file);
        if (identity) this.disk.set(canonicalPath(file), identity);
        this.scannedFolders.add(canonicalPath(dirname(file)));
      }
    }
    this.onStale(this.reselected(this.allOpen().map((d) => d.uri)));
  }

  /** A report file was created, changed or deleted on disk. */
  async fileChanged(uri: string, deleted: boolean): Promise<void> {
    const path = pathOf(uri);
    if (!path || !isReportFileName(basename(path))) return;
    this.parsed.delete(`link:${path}`);
    this.parsed.delete(`search:${path}`);
    this.recent.forget(path);
    const old = this.disk.get(path);
    const identity = deleted ? undefined : readIdentity(path);
    if (identity) this.disk.set(path, identity);
    else this.disk.delete(path);
    const changed = JSON.stringify(old) !== JSON.stringify(identity);
    const dependents = [...(this.dependents.get(path) ?? [])];
    const paired = changed
      ? [...this.reselected(this.othersThan(uri)), ...this.closedPairedWith(path, old, identity)]
      : [];
    this.onStale([...new Set([...dependents, ...paired])]);
    await Promise.resolve();
  }

  /** An open document changed (or closed): re-check the reports that use it, or (its identity changed) all others. */
  documentChanged(doc: TextDocument, closed = false): void {
    const path = pathOf(doc.uri);
    if (!path) return;
    const before = this.openIdentities.get(doc.uri);
    const identity = closed ? readIdentity(path) : this.openIdentity(doc);
    const now = JSON.stringify(identity);
    if (closed) {
      this.openIdentities.delete(doc.uri);
      this.openIdentityCache.delete(doc.uri);
      this.selections.delete(doc.uri);
      this.forgetDependencies(doc.uri);
    } else this.openIdentities.set(doc.uri, now);
    // Newly opened (a candidate now, whatever the disk holds) or its identity changed: the others may pair anew.
    const dependents = [...(this.dependents.get(path) ?? [])].filter((u) => u !== doc.uri);
    if (before !== now) {
      const old = before === undefined ? this.disk.get(path) : (JSON.parse(before) as ReportIdentity);
      const paired = [...this.reselected(this.othersThan(doc.uri)), ...this.closedPairedWith(path, old, identity)];
      this.onStale([...new Set([...dependents, ...paired])]);
    } else this.onStale(dependents);
  }

  /**
   * The closed report files whose last year's report may now be another file,
   * because the report at `path` was (`old`) or is (`now`) of their agency and
   * the year before theirs: pairing by content looks at nothing else.
   */
  private closedPairedWith(path: string, old: ReportIdentity | undefined, now: ReportIdentity | undefined): string[] {
    const pairs = (a: ReportIdentity | undefined, b: ReportIdentity): boolean =>
      a?.agency !== undefined && a.year !== undefined && a.agency === b.agency && a.year + 1 === b.year;
    const found: string[] = [];
    for (const [other, identity] of this.disk) {
      if (other === path || this.openDocument(other)) continue;
      if (pairs(old, identity) || pairs(now, identity)) found.push(uriOfPath(other));
    }
    return found;
  }

  private othersThan(uri: string): string[] {
    return this.allOpen()
      .map((d) => d.uri)
      .filter((u) => u !== uri);
  }

  private ensureFolder(folder: string): void {
    if (this.scannedFolders.has(folder)) return;
    this.scannedFolders.add(folder);
    let names: string[];
    try {
      // Synchronous once per folder: the first check of a report needs its neighbours now.
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names.filter(isReportFileName).sort()) {
      const path = join(folder, name);
      const identity = readIdentity(path);
      if (identity) this.disk.set(canonicalPath(path), identity);
    }
  }

  /** An open document's identity, read once per version (every check looks at every open document's). */
  private openIdentity(doc: TextDocument): ReportIdentity {
    const cached = this.openIdentityCache.get(doc.uri);
    if (cached?.version === doc.version) return cached.identity;
    const identity = identityOfText(doc.getText());
    this.openIdentityCache.set(doc.uri, { version: doc.version, identity });
    return identity;
  }

  /** A closed report the workspace's pass just checked, read under `stamp` (diskStamp): last year's report of the next, maybe. */
  offerParsed(path: string, stamp: string, report: ParsedPrevious): void {
    this.recent.offer(path, stamp, report);
  }

  /** The identity of a report file on disk as indexed; undefined before the index or for a file that is none. */
  identityOnDisk(path: string): ReportIdentity | undefined {
    return this.disk.get(path);
  }

  private uriOf(path: string): string {
    return this.openDocument(path)?.uri ?? uriOfPath(path);
  }

  /** The previous report at `path`, parsed once per version of its text. */
  /** `keep`: cache the parse (for open documents, checked again at every edit; a closed file is checked once). */
  private load(path: string, selfPath: string, name: string, via: 'link' | 'search', keep: boolean): PreviousInput {
    const doc = this.openDocument(path);
    const stamp = doc ? `doc:${doc.uri}:${doc.version}` : diskStamp(path);
    const key = `${via}:${path}`;
    const cached = this.parsed.get(key);
    const justParsed = doc || path === selfPath ? undefined : this.recent.take(path, stamp);
    let input: PreviousInput;
    if (cached && cached.stamp === stamp) input = cached.input;
    else if (justParsed) input = { kind: 'found', report: justParsed, name, uri: this.uriOf(path), via };
    else {
      input = doc
        ? { kind: 'found', report: parsePrevious(doc.getText()), name, uri: doc.uri, via }
        : readPrevious(path, selfPath, { name, uri: this.uriOf(path) }, via);
      if (path !== selfPath && keep) this.parsed.set(key, { stamp, input });
    }
    return input.kind === 'found' ? { ...input, name } : input;
  }

  private depend(path: string, uri: string): void {
    let set = this.dependents.get(path);
    if (!set) this.dependents.set(path, (set = new Set()));
    set.add(uri);
    let paths = this.dependsOn.get(uri);
    if (!paths) this.dependsOn.set(uri, (paths = new Set()));
    paths.add(path);
  }

  private forgetDependencies(uri: string): void {
    for (const path of this.dependsOn.get(uri) ?? []) this.dependents.get(path)?.delete(uri);
    this.dependsOn.delete(uri);
  }

  /** Where a report's last year's report is: the linked file, or the candidates found by content. */
  private select(uri: string, self: ReportIdentity): Selection {
    const selfPath = pathOf(uri);
    if (!selfPath) return { kind: 'none' };
    if (self.link !== undefined)
      return { kind: 'link', selfPath, path: canonicalPath(linkTarget(selfPath, self.link)), link: self.link };
    const folder = dirname(selfPath);
    this.ensureFolder(folder);
    // Only last year's reports of the agency can be candidates: the others are passed over cheaply (a
    // workspace check selects for each of a thousand reports), an open document's text before the disk's.
    const open = new Map<string, TextDocument>();
    for (const doc of this.allOpen()) {
      const path = pathOf(doc.uri);
      if (path !== undefined) open.set(path, doc);
    }
    const candidates: Candidate[] = [];
    const consider = (path: string, identity: ReportIdentity | undefined): void => {
      if (identity?.agency === self.agency && identity?.year === (self.year ?? NaN) - 1)
        candidates.push({ id: path, identity });
    };
    // The disk's files of last year and the agency, and the open ones (whose text may say otherwise), in the order found.
    const year = self.year === undefined ? undefined : self.year - 1;
    const onDisk = this.disk.withAgencyYear(self.agency, year).filter((path) => !open.has(path));
    for (const path of open.keys()) if (this.disk.has(path)) onDisk.push(path);
    onDisk.sort((a, b) => this.disk.placeOf(a) - this.disk.placeOf(b));
    for (const path of onDisk) {
      const doc = open.get(path);
      consider(path, doc ? this.openIdentity(doc) : this.disk.get(path));
    }
    for (const [path, doc] of open) if (!this.disk.has(path)) consider(path, this.openIdentity(doc));
    const found = previousCandidates({ id: selfPath, identity: self }, candidates).map((c) => c.id);
    return { kind: 'search', selfPath, paths: found };
  }

  /**
   * The open documents (of `uris`) whose last year's report would now be
   * another file, or other candidates: after the index changed, only these
   * need a new check.
   */
  private reselected(uris: string[]): string[] {
    return uris.filter((uri) => {
      const doc = this.allOpen().find((d) => d.uri === uri);
      return doc !== undefined && this.selections.get(uri) !== JSON.stringify(this.select(uri, this.openIdentity(doc)));
    });
  }

  /** Last year's report for an open document, as checkText takes it. */
  inputFor(doc: TextDocument): PreviousInput {
    const selection = this.select(doc.uri, this.openIdentity(doc));
    this.selections.set(doc.uri, JSON.stringify(selection));
    return this.inputOf(doc.uri, selection, true);
  }

  /** Last year's report for a closed report file, checked with `text` read from disk (workspace diagnostics). */
  inputForFile(uri: string, text: string): PreviousInput {
    return this.inputOf(uri, this.select(uri, identityOfText(text)), false);
  }

  private inputOf(uri: string, selection: Selection, keep: boolean): PreviousInput {
    this.forgetDependencies(uri);
    if (selection.kind === 'none') return { kind: 'none' };
    const { selfPath } = selection;
    const nameOf = (path: string): string => relative(dirname(selfPath), path) || basename(path);
    if (selection.kind === 'link') {
      this.depend(selection.path, uri);
      if (selection.path === selfPath)
        return { kind: 'broken', message: `${selection.link} 就是本报告自身`, via: 'link' };
      return this.load(selection.path, selfPath, selection.link, 'link', keep);
    }
    for (const path of selection.paths) this.depend(path, uri);
    if (selection.paths.length > 1) return { kind: 'ambiguous', names: selection.paths.map(nameOf) };
    if (selection.paths.length === 0) return { kind: 'none' };
    return this.load(selection.paths[0]!, selfPath, nameOf(selection.paths[0]!), 'search', keep);
  }
}
