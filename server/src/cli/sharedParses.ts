// A batch that holds both years of a department parses last year's report
// twice: as the previous report of this year's, and for its own check. Each
// process keeps the parse of such a file (marked by the plan) until its other
// use takes it; the lint pool hands nearby files to the same worker, so a
// pair in one folder is mostly parsed once. A parse is used only for the very
// text it came from, so the findings are the same either way.
import { parseReport, ParsedWithSyntax } from '../core/engine';
import { ParsedPrevious, previousFromParsed } from '../core/previous/previous';
import { canonicalPath } from '../platform';

/** Parses waiting for their second use; the oldest is let go past this many (pairs lie close in a batch). */
const KEPT = 64;

/** A text longer than this (a real report is some 10 KB) is parsed again rather than its parse held. */
const KEPT_TEXT = 512 * 1024;

const kept = new Map<string, ParsedWithSyntax>();

function keep(path: string, parsed: ParsedWithSyntax): void {
  if (parsed.text.length > KEPT_TEXT) return;
  kept.set(canonicalPath(path), parsed);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
}

function take(path: string, text: string): ParsedWithSyntax | undefined {
  const key = canonicalPath(path);
  const parsed = kept.get(key);
  if (!parsed) return undefined;
  kept.delete(key);
  return parsed.text === text ? parsed : undefined;
}

/** The parse for a file's own check: the one its reading as last year's report left, or a new one, kept if asked. */
export function parseForCheck(path: string, text: string, shared: boolean): ParsedWithSyntax | undefined {
  if (!shared) return undefined;
  const taken = take(path, text);
  if (taken) return taken;
  const parsed = parseReport(text);
  keep(path, parsed);
  return parsed;
}

/** readPrevious's `parse` for last year's report that is also in the batch: its own check may take the parse. */
export function parsePreviousOf(path: string): (text: string) => ParsedPrevious {
  return (text) => {
    const taken = take(path, text);
    if (taken) return previousFromParsed(taken);
    const parsed = parseReport(text);
    keep(path, parsed);
    return previousFromParsed(parsed);
  };
}
