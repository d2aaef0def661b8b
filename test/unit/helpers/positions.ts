// Where findings lie in a report text: LSP positions of offsets, counted here
// independently of the engine; offsets and ranges of a needle; assertions that
// a finding covers a needle and that every range and fix edit stays inside.
import assert from 'node:assert/strict';
import type { Finding, Range } from '../../../server/src/core/findings';
import { lineOfKey } from './reports';

/** LSP position of an offset, counted here independently of the engine (\n, \r\n, lone \r end a line). */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

export interface Where {
  /** Start looking at the start of the line of this key (see lineOfKey), e.g. a row's key. */
  inLineOf?: string;
  /** Start looking after the first occurrence of this text. */
  after?: string;
  /** Which occurrence after that (0-based). */
  nth?: number;
}

/** Offset of an occurrence of `needle`. */
export function offsetOf(text: string, needle: string, where: Where = {}): number {
  let from = 0;
  if (where.inLineOf !== undefined) {
    const line = lineOfKey(text, where.inLineOf);
    from = text
      .split('\n')
      .slice(0, line)
      .reduce((n, l) => n + l.length + 1, 0);
  }
  if (where.after !== undefined) {
    const a = text.indexOf(where.after, from);
    assert.ok(a >= 0, `text has no ${JSON.stringify(where.after)}`);
    from = a + where.after.length;
  }
  let at = text.indexOf(needle, from);
  for (let n = where.nth ?? 0; n > 0 && at >= 0; n--) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `text has no ${JSON.stringify(needle)} at ${JSON.stringify(where)}`);
  return at;
}

/** The LSP range of an occurrence of `needle` in `text` (BOM-stripped, as the engine checks it). */
export function rangeOf(text: string, needle: string, where: Where = {}): Range {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const at = offsetOf(t, needle, where);
  return { start: positionAt(t, at), end: positionAt(t, at + needle.length) };
}

/** Asserts that a finding's range covers exactly that occurrence of `needle`. */
export function assertRangeCovers(text: string, finding: Finding | undefined, needle: string, where: Where = {}): void {
  assert.ok(finding, `no finding where ${JSON.stringify(needle)} is expected`);
  assert.deepEqual(finding.range, rangeOf(text, needle, where), `${finding.code} ${finding.message}`);
}

export const EMPTY_AT_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The finding among `findings` whose range starts at that occurrence of `needle`. */
export function findingAt(text: string, findings: Finding[], needle: string, where: Where = {}): Finding | undefined {
  const r = rangeOf(text, needle, where);
  return findings.find((f) => f.range.start.line === r.start.line && f.range.start.character === r.start.character);
}

/**
 * Asserts every range (and related range) lies inside the text as LSP counts
 * it (BOM stripped; \n, \r\n and a lone \r end a line), start ≤ end, and every
 * fix edit's offsets lie within the text with start ≤ end.
 */
export function assertRangesInside(input: string, findings: Finding[]): void {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lines = text.split(/\r\n|\r|\n/);
  const inside = (r: Range, what: string): void => {
    for (const p of [r.start, r.end]) {
      assert.ok(
        Number.isInteger(p.line) && Number.isInteger(p.character),
        `${what}: not integers ${JSON.stringify(r)}`,
      );
      assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} of ${lines.length}`);
      assert.ok(
        p.character >= 0 && p.character <= lines[p.line]!.length,
        `${what}: character ${p.character} of ${lines[p.line]!.length} on line ${p.line}`,
      );
    }
    const ordered = r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character);
    assert.ok(ordered, `${what}: start after end ${JSON.stringify(r)}`);
  };
  for (const f of findings) {
    inside(f.range, f.code);
    // Related locations in another file (last year's report) are checked against that file by its tests.
    for (const rel of f.related ?? []) if (rel.uri === undefined) inside(rel.range, `${f.code} related`);
    for (const fix of f.fixes ?? []) {
      for (const e of fix.edits) {
        assert.ok(
          Number.isInteger(e.start) &&
            Number.isInteger(e.end) &&
            e.start >= 0 &&
            e.start <= e.end &&
            e.end <= text.length,
          `${f.code} fix edit ${e.start}-${e.end} of ${text.length}`,
        );
      }
    }
  }
}
