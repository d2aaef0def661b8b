// The report files of the workspace folders and their diagnostics as checked
// from disk, for workspace diagnostics (pullDiagnostics.ts). The list is found
// once (platform/findReportFiles.ts) and kept current by
// workspace/didChangeWatchedFiles; a file is checked when first asked for and
// its result id kept until the file, its last year's report or the settings
// change. Its diagnostics are let go once the client has them (release): an
// unchanged file needs only its id, and a thousand reports' diagnostics would
// otherwise stay in memory for nothing.
import { createHash } from 'node:crypto';
import { basename, sep } from 'node:path';
import { Diagnostic, DiagnosticSeverity, FileChangeType, FileEvent } from 'vscode-languageserver';
import { checkText, MAX_BYTES, parseReport, tooLargeFinding } from './core/engine';
import { stripBom } from './core/lineIndex';
import { toDiagnostic } from './diagnostics';
import { uriOfPath } from './fileUris';
import {
  canonicalPath,
  describeFsError,
  findReportFiles,
  isNotFound,
  isReportFileName,
  readReportFileSync,
} from './platform';
import { previousFromParsed } from './core/previous/previous';
import type { PreviousReports } from './previousReports';
import { pathOf } from './previousReports';
import { diskStamp } from './recentParses';
import type { Settings } from './settings';

/** A file's diagnostics and their result id: a hash of the diagnostics, so equal ids mean equal lists. */
export interface CheckedFile {
  resultId: string;
  /** Left out where the caller holds this very result id. */
  items?: Diagnostic[];
}

export function resultIdOf(items: Diagnostic[]): string {
  return createHash('sha1').update(JSON.stringify(items)).digest('base64url').slice(0, 20);
}

/** The result id of an empty list: a file the client holds with this id needs nothing more. */
export const EMPTY_RESULT_ID = resultIdOf([]);

/** Folders whose reports are not the user's (as findReportFiles skips them). */
const SKIPPED = ['node_modules', '.git'];

const under = (path: string, folder: string): boolean => path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

interface Entry {
  uri: string;
  checked?: { resultId: string; items?: Diagnostic[]; generation: number };
}

export class WorkspaceReports {
  /** By canonical path, in the order found (then in the order created). */
  private readonly files = new Map<string, Entry>();
  private folders: string[] = [];
  private found: Promise<void> = Promise.resolve();

  constructor(
    private readonly settings: Settings,
    private readonly previousReports: PreviousReports,
    private readonly log: (message: string) => void,
  ) {}

  /** Finds the reports of the folders (canonical paths); `ready()` waits for it. */
  find(folders: string[]): Promise<void> {
    this.folders = [...folders];
    this.found = this.findIn(folders);
    return this.found;
  }

  /** Workspace folders added or removed: their reports are found, or no longer listed. */
  async foldersChanged(added: string[], removed: string[]): Promise<void> {
    await this.found;
    this.folders = [...this.folders.filter((f) => !removed.includes(f)), ...added];
    for (const path of this.files.keys())
      if (removed.some((f) => under(path, f)) && !this.folders.some((f) => under(path, f))) this.files.delete(path);
    this.found = this.findIn(added);
    await this.found;
  }

  private async findIn(folders: string[]): Promise<void> {
    for (const folder of folders) {
      try {
        const found = await findReportFiles(folder);
        for (const file of found.files) this.add(canonicalPath(file));
        for (const e of found.errors) this.log(`xxgk：无法列出文件夹 ${e.path}：${describeFsError(e.error)}`);
      } catch (error) {
        this.log(`xxgk：无法列出工作区文件夹 ${folder}：${describeFsError(error)}`);
      }
    }
  }

  ready(): Promise<void> {
    return this.found;
  }

  private add(path: string): void {
    if (!this.files.has(path)) this.files.set(path, { uri: uriOfPath(path) });
  }

  /** Whether a path is a report of the workspace folders (not under node_modules or .git). */
  private inWorkspace(path: string): boolean {
    if (!isReportFileName(basename(path))) return false;
    const folder = this.folders.find((f) => under(path, f));
    if (!folder) return false;
    return !path
      .slice(folder.length)
      .split(sep)
      .some((part) => SKIPPED.includes(part));
  }

  /** Applies watched-file events; true when any tracked report was added, removed or changed. */
  filesChanged(changes: FileEvent[]): boolean {
    let changed = false;
    for (const change of changes) {
      const path = pathOf(change.uri);
      if (!path) continue;
      if (change.type === FileChangeType.Deleted) changed = this.files.delete(path) || changed;
      else if (this.inWorkspace(path)) {
        const entry = this.files.get(path);
        if (entry) delete entry.checked;
        else this.add(path);
        changed = true;
      }
    }
    return changed;
  }

  /** Forgets the diagnostics of these files (their last year's report changed, or they were closed); true if any is tracked. */
  invalidate(uris: string[]): boolean {
    let any = false;
    for (const uri of uris) {
      const path = pathOf(uri);
      const entry = path === undefined ? undefined : this.files.get(path);
      if (entry) {
        delete entry.checked;
        any = true;
      }
    }
    return any;
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  /** The reports in the order found. */
  paths(): string[] {
    return [...this.files.keys()];
  }

  /**
   * The reports in the order a pass checks them: agency by agency, year by
   * year, so that last year's report is parsed just before this year's and
   * its parse is reused (recentParses.ts). Files not indexed come first, as found.
   */
  passOrder(): string[] {
    const paths = [...this.files.keys()];
    const identities = new Map(paths.map((p) => [p, this.previousReports.identityOnDisk(p)]));
    const agencyOf = (p: string): string => identities.get(p)?.agency ?? '';
    const yearOf = (p: string): number => identities.get(p)?.year ?? 0;
    return paths.sort((a, b) =>
      agencyOf(a) < agencyOf(b) ? -1 : agencyOf(a) > agencyOf(b) ? 1 : yearOf(a) - yearOf(b),
    );
  }

  uriOf(path: string): string | undefined {
    return this.files.get(path)?.uri;
  }

  /**
   * The file's result id and diagnostics as on disk, checked now unless known
   * for the current settings; without the diagnostics where they are `held`
   * (the id the caller has). Undefined once the file is gone.
   */
  diagnostics(path: string, held?: string): CheckedFile | undefined {
    const entry = this.files.get(path);
    if (!entry) return undefined;
    const known = entry.checked?.generation === this.settings.generation ? entry.checked : undefined;
    if (known && (known.items || known.resultId === held)) return known.resultId === held ? { resultId: held } : known;
    const items = this.check(path, entry.uri);
    if (!items) {
      // Gone without an event (e.g. its folder was deleted): no longer a report.
      this.files.delete(path);
      return undefined;
    }
    entry.checked = { generation: this.settings.generation, resultId: resultIdOf(items), items };
    return entry.checked;
  }

  /** The client has the file's diagnostics: only their id is kept. */
  release(path: string): void {
    const checked = this.files.get(path)?.checked;
    if (checked) delete checked.items;
  }

  /** The diagnostics of the file as on disk; undefined if it no longer exists. */
  private check(path: string, uri: string): Diagnostic[] | undefined {
    const stamp = diskStamp(path);
    let content;
    try {
      content = readReportFileSync(path);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const message = `无法读取此报告：${describeFsError(error)}`;
      return [{ range, severity: DiagnosticSeverity.Error, source: 'xxgk', message }];
    }
    if (content.kind === 'too-large') return [toDiagnostic(tooLargeFinding(content.size), uri)];
    // Parsed here, within the size limit checkText keeps, so that the parse can be offered as last year's report.
    const parsed = content.size <= MAX_BYTES ? parseReport(stripBom(content.text)) : undefined;
    const result = checkText(content.text, {
      severities: this.settings.severities,
      byteLength: content.size,
      previous: this.previousReports.inputForFile(uri, content.text),
      decoded: { encoding: content.encoding, damaged: content.damaged },
      parsed,
    });
    if (parsed) this.previousReports.offerParsed(path, stamp, previousFromParsed(parsed));
    return result.findings.map((f) => toDiagnostic(f, uri));
  }
}
