// The shape of one finding (report-format.md, "Checks and their codes"). Codes
// are a contract: the CLI prints them, users suppress them by name and tests
// assert them.

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units, as LSP counts. */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information';

// The codes, their default severities and everything else a check declares
// live in the registry of checks (checks/registry.ts), each beside its check.
import type { CheckCode } from './checks/registry';
export type { CheckCode };

/** The codes that compare with last year's report: never raised (nor their suppressions judged) without one. */
export const CROSS_YEAR_CODES: readonly CheckCode[] = ['carryover', 'stock'];

/** A source text edit, in offsets of the checked text (BOM excluded). */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** A fix the engine can compute on its own; the language server turns it into a quick fix. */
export interface Fix {
  /** Chinese title shown in the editor's light-bulb menu. */
  title: string;
  edits: OffsetEdit[];
  /**
   * A likely fix, not a sure one (a rename to a label far from what was
   * typed): offered one by one, never applied by fix all, whatever its rule.
   */
  guess?: boolean;
}

/** Another place a finding is about, e.g. each term of a sum. */
export interface RelatedLocation {
  range: Range;
  message: string;
  /** Another file (last year's report): an LSP URI or, in the CLI, the path; undefined for the same file. */
  uri?: string;
}

export interface Finding {
  range: Range;
  severity: Severity;
  code: CheckCode;
  /** Chinese, naming row, column and both sides of any sum. */
  message: string;
  related?: RelatedLocation[];
  fixes?: Fix[];
  /** missing-key: the statutory key that is missing (for the quick fix and the preview's mark). */
  missingKey?: string;
}

/**
 * A finding before positions are resolved. Checks work in offsets (what the
 * yaml parser gives); the engine converts once at the end.
 */
export interface RawFinding {
  start: number;
  end: number;
  code: CheckCode;
  message: string;
  related?: { start: number; end: number; message: string; inPrevious?: boolean }[];
  fixes?: Fix[];
  missingKey?: string;
}
