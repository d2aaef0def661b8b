// Reports just parsed by the workspace's pass, kept for a moment so that the
// next report, whose last year's report one of them is, does not read and
// parse that file a second time (it would: the pass checks last year's report
// as a report of its own too). The pass goes agency by agency, year by year
// (WorkspaceReports.passOrder), so last year's report was parsed just before;
// a few entries suffice, and each is taken once: memory stays flat.
import { statSync } from 'node:fs';
import type { ParsedPrevious } from './core/previous/previous';

/** How many parses are kept; the oldest goes first. */
const KEPT = 8;

/** What a file's text was read under: a parse is reused only while the file is unchanged. */
export function diskStamp(path: string): string {
  try {
    const info = statSync(path);
    return `disk:${info.mtimeMs}:${info.size}`;
  } catch {
    return 'missing';
  }
}

export class RecentParses {
  private readonly kept = new Map<string, { stamp: string; report: ParsedPrevious }>();

  /** `stamp`: taken before the file was read, so a change during the read never passes for the old text. */
  offer(path: string, stamp: string, report: ParsedPrevious): void {
    if (stamp === 'missing') return;
    this.kept.delete(path);
    this.kept.set(path, { stamp, report });
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= KEPT) break;
      this.kept.delete(oldest);
    }
  }

  /** The parse of the file as it now is on disk, if one was offered; let go once taken. */
  take(path: string, stamp: string): ParsedPrevious | undefined {
    const kept = this.kept.get(path);
    this.kept.delete(path);
    return kept?.stamp === stamp ? kept.report : undefined;
  }

  forget(path: string): void {
    this.kept.delete(path);
  }
}
