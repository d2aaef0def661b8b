// The entries of a flow mapping on one line (`{自然人: 3, 商业企业: , …}`),
// read from the text alone for completion and hover on half-typed YAML; the
// line-by-line key structure around them is keyLines.ts.
import { scanUnquoted, unquote } from './quotedText';

/** One `key: value` of a flow mapping on a line, in offsets within the line. */
export interface FlowEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** -1 where the entry has no colon yet. */
  valueStart: number;
  valueEnd: number;
}

/**
 * The entries of the flow mapping that opens at `brace` in a line, up to its
 * closing brace or the end of the line (an unclosed mapping is read as far as
 * it goes). Nested collections are skipped over as values.
 */
export function flowEntries(line: string, brace: number): { entries: FlowEntry[]; end: number } {
  const entries: FlowEntry[] = [];
  let segStart = brace + 1;
  let depth = 0;
  const close = (end: number): void => {
    const seg = line.slice(segStart, end);
    const colon = findColon(seg);
    const keyPart = colon === -1 ? seg : seg.slice(0, colon);
    const lead = keyPart.length - keyPart.trimStart().length;
    const key = keyPart.trim();
    if (!key && colon === -1) return;
    const keyStart = segStart + lead;
    const entry: FlowEntry = {
      key: unquote(key),
      keyStart,
      keyEnd: keyStart + key.length,
      valueStart: -1,
      valueEnd: -1,
    };
    if (colon !== -1) {
      const valuePart = seg.slice(colon + 1);
      const vLead = valuePart.length - valuePart.trimStart().length;
      entry.valueStart = segStart + colon + 1 + vLead;
      entry.valueEnd = entry.valueStart + valuePart.trim().length;
    }
    entries.push(entry);
  };
  // The mapping ends at its closing brace, at a comment, or at the end of the line.
  const end = scanUnquoted(line, brace + 1, line.length, (ch, i) => {
    if (ch === '{' || ch === '[') depth++;
    else if ((ch === '}' || ch === ']') && depth > 0) depth--;
    else if (ch === '}' && depth === 0) return true;
    else if (ch === ',' && depth === 0) {
      close(i);
      segStart = i + 1;
    } else if (ch === '#' && /\s/.test(line[i - 1] ?? '')) return true;
    return false;
  });
  close(end);
  return { entries, end };
}

/** The first `:` that ends a key in a flow segment (followed by a space, an end, `,` or `}`). */
function findColon(seg: string): number {
  const at = scanUnquoted(
    seg,
    0,
    seg.length,
    (ch, i) => ch === ':' && (i + 1 === seg.length || /[\s,}\]]/.test(seg[i + 1]!)),
  );
  return at < seg.length ? at : -1;
}

/** The innermost unclosed `{` before `end` in a line, with its nesting depth; quotes respected. */
export function openBrace(line: string, end: number): { at: number; depth: number; bracket: boolean } | undefined {
  const open: { at: number; ch: string }[] = [];
  scanUnquoted(line, 0, end, (ch, i) => {
    if (ch === '{' || ch === '[') open.push({ at: i, ch });
    else if (ch === '}' || ch === ']') open.pop();
  });
  const top = open[open.length - 1];
  return top ? { at: top.at, depth: open.length, bracket: open.some((o) => o.ch === '[') } : undefined;
}
