// Quoted YAML text on one line: a key's quotes taken off, and the one
// quote-aware scanner that keyLines.ts, flowEntries.ts and the cursor context
// all read lines with.

/** A plain, single- or double-quoted key as its text. */
export function unquote(raw: string): string {
  if (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw.slice(1, -1);
    }
  }
  if (raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2) return raw.slice(1, -1).replace(/''/g, "'");
  return raw;
}

/**
 * The one quote-aware scanner of a line of YAML: shows `visit` each character
 * of `s[from, end)` that stands outside quotes (the quote marks themselves
 * are not shown; inside double quotes `\` escapes the next character), until
 * `visit` returns true. Returns the index it stopped at: `end`, or one past
 * it after an escape on the last character.
 */
export function scanUnquoted(
  s: string,
  from: number,
  end: number,
  visit: (ch: string, i: number) => boolean | void,
): number {
  let quote = '';
  let i = from;
  for (; i < end; i++) {
    const ch = s[i]!;
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"') i++;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (visit(ch, i)) break;
  }
  return i;
}
