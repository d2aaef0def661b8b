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

/** At most this many suppression comments take effect in a file (report-format.md). */
export const MAX_SUPPRESSIONS = 20_000;

interface SuppressedCode {
  code: string;
  start: number;
  end: number;
  used: boolean;
}

interface Suppression {
  codes: SuppressedCode[];
  /** The line whose findings it suppresses; undefined for the whole file. */
  line?: number;
}

/** Comments past MAX_SUPPRESSIONS: where the first of them stands. */
interface Parsed {
  suppressions: Suppression[];
  overflowAt?: number;
}

/**
 * The suppression comments, in one pass: block scalar spans are walked in
 * step with the matches, and the line a stack of `-next-line` comments
 * applies to is found once for the whole stack (each line is looked at once).
 */
function parse(text: string, lines: LineIndex, blockSpans: [number, number][]): Parsed {
  const suppressions: Suppression[] = [];
  const spans = [...blockSpans].sort((a, b) => a[0] - b[0]);
  let span = 0;
  /** The target found for the previous comment, and the last line looked at to find it. */
  let target = -1;
  for (const match of text.matchAll(COMMENT_RE)) {
    const at = match.index ?? 0;
    while (span < spans.length && spans[span]![1] <= at) span++;
    if (span < spans.length && at > spans[span]![0] && at < spans[span]![1]) continue;
    if (suppressions.length === MAX_SUPPRESSIONS) return { suppressions, overflowAt: at };
    const listStart = at + match[0].length - match[2]!.length;
    // A reason may follow the codes after ` -- ` (as in ESLint): `… row-total -- 原文如此`.
    const list = match[2]!.split(/\s--(?:\s|$)/)[0]!;
    const codes: SuppressedCode[] = [];
    for (const code of list.matchAll(/[^,\s，]+/g)) {
      const start = listStart + (code.index ?? 0);
      codes.push({ code: code[0], start, end: start + code[0].length, used: false });
    }
    let line: number | undefined;
    if (match[1]) {
      // The next line that is not blank or a comment: suppressions may stack.
      // Lines between this comment and the previous target were all blank or comments.
      const own = lines.position(at).line;
      if (target <= own) {
        target = own + 1;
        while (target < lines.lineCount && /^\s*(#.*)?$/.test(lineText(text, lines, target))) target++;
      }
      line = target;
    }
    suppressions.push({ codes, line });
  }
  return { suppressions };
}

function lineText(text: string, lines: LineIndex, line: number): string {
  return text.slice(lines.lineStart(line), lines.lineStart(line) + lines.lineLength(line));
}

/** Each listed code by the line it applies to ('*' for the whole file) and its code. */
function indexCodes(suppressions: Suppression[]): Map<string, SuppressedCode[]> {
  const index = new Map<string, SuppressedCode[]>();
  for (const s of suppressions) {
    for (const c of s.codes) {
      const key = `${s.line ?? '*'} ${c.code}`;
      const list = index.get(key);
      if (list) list.push(c);
      else index.set(key, [c]);
    }
  }
  return index;
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
  const { suppressions, overflowAt } = parse(text, lines, blockSpans);
  if (!suppressions.length) return findings;
  const index = indexCodes(suppressions);
  const kept = findings.filter((finding) => {
    const line = lines.position(finding.start).line;
    // A code the registry marks as not suppressible never suppresses (it is reported instead).
    if (!ruleOf(finding.code)?.suppressible) return true;
    const matching = [...(index.get(`${line} ${finding.code}`) ?? []), ...(index.get(`* ${finding.code}`) ?? [])];
    for (const c of matching) c.used = true;
    return matching.length === 0;
  });
  for (const s of suppressions) {
    for (const c of s.codes) {
      if (c.used || off.has(c.code as CheckCode)) continue;
      const rule = ruleOf(c.code);
      const reason = !rule ? 'unknown' : rule.suppressible ? 'unused' : 'not-suppressible';
      kept.push(unusedSuppressionFinding(c.code, c.start, c.end, reason));
    }
  }
  if (overflowAt !== undefined) {
    kept.push({
      start: overflowAt,
      end: overflowAt + 1,
      code: 'unused-suppression',
      message: `抑制注释超过 ${MAX_SUPPRESSIONS.toLocaleString('en-US')} 条，从这一条起不再生效。`,
    });
  }
  return kept;
}
