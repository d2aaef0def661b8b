// Suppression comments: `# xxgk-disable-next-line <code>[, <code>…]` on the
// line above a finding, `# xxgk-disable <code>[, <code>…]` for the whole file,
// each optionally followed by ` -- <reason>`.
// A suppression that suppresses nothing is itself reported; so is one of a
// code the registry marks as not suppressible, which never suppresses.
import { ruleOf } from './checks/registry';
import { unusedSuppressionFinding } from './checks/unusedSuppression';
import { CheckCode, RawFinding } from './findings';
import { LineIndex } from './lineIndex';

const COMMENT_RE = /^[\ufeff \t]*#[ \t]*xxgk-disable(-next-line)?[ \t]+([^\r\n]*)/gm;

interface Suppression {
  codes: { code: string; start: number; end: number; used: boolean }[];
  /** The line whose findings it suppresses; undefined for the whole file. */
  line?: number;
}

function parse(text: string, lines: LineIndex, blockSpans: [number, number][]): Suppression[] {
  const result: Suppression[] = [];
  for (const match of text.matchAll(COMMENT_RE)) {
    const at = match.index ?? 0;
    if (blockSpans.some(([s, e]) => at > s && at < e)) continue;
    const listStart = at + match[0].length - match[2]!.length;
    // A reason may follow the codes after ` -- ` (as in ESLint): `… row-total -- 原文如此`.
    const list = match[2]!.split(/\s--(?:\s|$)/)[0]!;
    const codes: Suppression['codes'] = [];
    for (const code of list.matchAll(/[^,\s，]+/g)) {
      const start = listStart + (code.index ?? 0);
      codes.push({ code: code[0], start, end: start + code[0].length, used: false });
    }
    let line: number | undefined;
    if (match[1]) {
      // The next line that is not blank or a comment: suppressions may stack.
      line = lines.position(at).line + 1;
      while (
        line < lines.lineCount &&
        /^\s*(#.*)?$/.test(text.slice(lines.lineStart(line), lines.lineStart(line) + lines.lineLength(line)))
      )
        line++;
    }
    result.push({ codes, line });
  }
  return result;
}

/**
 * Drops suppressed findings and adds `unused-suppression` for each listed code
 * that suppressed nothing (codes switched off by settings excepted).
 */
export function applySuppressions(
  findings: RawFinding[],
  text: string,
  lines: LineIndex,
  blockSpans: [number, number][],
  off: Set<CheckCode>,
): RawFinding[] {
  const suppressions = parse(text, lines, blockSpans);
  if (!suppressions.length) return findings;
  const kept = findings.filter((finding) => {
    let suppressed = false;
    const line = lines.position(finding.start).line;
    for (const s of suppressions) {
      if (s.line !== undefined && s.line !== line) continue;
      for (const c of s.codes) {
        if (c.code === finding.code && ruleOf(c.code)?.suppressible) {
          c.used = true;
          suppressed = true;
        }
      }
    }
    return !suppressed;
  });
  for (const s of suppressions) {
    for (const c of s.codes) {
      if (c.used || off.has(c.code as CheckCode)) continue;
      const rule = ruleOf(c.code);
      const reason = !rule ? 'unknown' : rule.suppressible ? 'unused' : 'not-suppressible';
      kept.push(unusedSuppressionFinding(c.code, c.start, c.end, reason));
    }
  }
  return kept;
}
