// The key structure of a report read from its lines alone, for completion and
// hover on half-typed YAML (a key without a value, an unclosed flow mapping, a
// wrong indent): where the parser gives up, the indentation of the lines above
// a position still tells which keys it stands under. Pure text in, plain data
// out; nothing here knows about the editor.
import { Position } from './findings';
import { LineIndex } from './lineIndex';
import { flowEntries } from './flowEntries';
import { scanUnquoted, unquote } from './quotedText';

/** `key:` at the start of a line (after its indentation): plain or quoted. */
const KEY_RE =
  /^( *)(?!- )("(?:[^"\\\r\n]|\\.)*"|'(?:[^'\r\n]|'')*'|[^\s#'"{}[\],|>!&*%@`][^\r\n]*?)[ \t]*:(?=[ \t]|$)/;
const BLOCK_SCALAR_RE = /^[|>][0-9+-]*$/;

export interface KeyLine {
  line: number;
  indent: number;
  /** The key as YAML reads it (quotes removed). */
  key: string;
  /** Offsets of the key in the text. */
  keyStart: number;
  keyEnd: number;
  /** Offset of the colon after the key. */
  colon: number;
  /** The value after the colon, comment removed, trimmed ('' for none). */
  value: string;
  /** Offset where the value text begins. */
  valueStart: number;
  /** The keys of the block mappings the line stands in, outermost first. */
  parent: string[];
}

interface Frame {
  indent: number;
  key: string;
  /** Whether the key has no value on its line, so that lines below may be its children. */
  open: boolean;
}

/** The text before a comment (`#` at the start or after whitespace, outside quotes). */
export function withoutComment(s: string): string {
  return s.slice(
    0,
    scanUnquoted(s, 0, s.length, (ch, i) => ch === '#' && (i === 0 || /\s/.test(s[i - 1]!))),
  );
}

/** Net depth of `{`/`[` over a string, outside quotes. */
function flowDepth(s: string): number {
  let depth = 0;
  scanUnquoted(s, 0, s.length, (ch) => {
    if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  });
  return depth;
}

/** Reads lines one by one, keeping the stack of keys that enclose the next line. */
export class KeyTracker {
  readonly keyLines: KeyLine[] = [];
  private stack: Frame[] = [];
  /** The indent of the key that owns the block scalar we are in, if any. */
  private scalarIndent: number | undefined;
  /** The indent of the key whose flow collection is still open, if any. */
  private flowIndent: number | undefined;
  private flowOpen = 0;

  /** The parent keys for a key at this indent after the lines fed so far. */
  parentFor(indent: number): string[] {
    let n = this.stack.length;
    while (n && this.stack[n - 1]!.indent >= indent) n--;
    while (n && !this.stack[n - 1]!.open) n--;
    return this.stack.slice(0, n).map((f) => f.key);
  }

  /** Whether a line at this indent continues a block scalar or a multi-line flow collection. */
  continues(indent: number, blank: boolean): boolean {
    if (this.scalarIndent !== undefined && (blank || indent > this.scalarIndent)) return true;
    return this.flowIndent !== undefined && !blank && indent > this.flowIndent;
  }

  feed(line: number, text: string, lineStart: number): KeyLine | undefined {
    const trimmed = text.trimStart();
    const indent = text.length - trimmed.length;
    const blank = trimmed === '';
    if (this.continues(indent, blank)) {
      if (this.flowIndent !== undefined && this.scalarIndent === undefined) {
        this.flowOpen += flowDepth(withoutComment(text));
        if (this.flowOpen <= 0) this.flowIndent = undefined;
      }
      return undefined;
    }
    this.scalarIndent = undefined;
    this.flowIndent = undefined;
    if (blank || trimmed.startsWith('#') || text.startsWith('%')) return undefined;
    if (/^(---|\.\.\.)(\s|$)/.test(text)) {
      this.stack = [];
      return undefined;
    }
    const m = KEY_RE.exec(text);
    if (!m) return undefined;
    const rawKey = m[2]!;
    const colon = m[0].length - 1;
    const rest = text.slice(colon + 1);
    const value = withoutComment(rest).trim();
    const valueStart = colon + 1 + (rest.length - rest.trimStart().length);
    const parent = this.parentFor(indent);
    // The stack below its top holds only open keys, so the parent is its bottom.
    this.stack.length = parent.length;
    const key = unquote(rawKey);
    this.stack.push({ indent, key, open: value === '' });
    if (BLOCK_SCALAR_RE.test(value)) this.scalarIndent = indent;
    else if (value.startsWith('{') || value.startsWith('[')) {
      const depth = flowDepth(value);
      if (depth > 0) {
        this.flowIndent = indent;
        this.flowOpen = depth;
      }
    }
    const keyLine: KeyLine = {
      line,
      indent,
      key,
      keyStart: lineStart + indent,
      keyEnd: lineStart + indent + rawKey.length,
      colon: lineStart + colon,
      value,
      valueStart: lineStart + valueStart,
      parent,
    };
    this.keyLines.push(keyLine);
    return keyLine;
  }
}

/** One line's text without its line end. */
export function lineText(text: string, lines: LineIndex, line: number): string {
  const start = lines.lineStart(line);
  return text.slice(start, start + lines.lineLength(line));
}

/** Feeds every line before `line` (or all lines) to a fresh tracker. */
export function trackLines(text: string, lines: LineIndex, until = lines.lineCount): KeyTracker {
  const tracker = new KeyTracker();
  for (let l = 0; l < Math.min(until, lines.lineCount); l++)
    tracker.feed(l, lineText(text, lines, l), lines.lineStart(l));
  return tracker;
}

/** The smallest indentation step the file uses (2 where it has none). */
export function indentUnit(keyLines: readonly KeyLine[]): number {
  let unit = Infinity;
  for (const k of keyLines) if (k.indent > 0 && k.indent < unit) unit = k.indent;
  return Number.isFinite(unit) ? unit : 2;
}

/** Where a position's text stands, as far as the lines tell. */
export interface PlaceAt {
  /** The full key path of the key or value at the position. */
  path: string[];
  part: 'key' | 'value';
  /** Offsets of the key or value under the position. */
  start: number;
  end: number;
}

/** The key or value under an offset, from the lines alone (no parse needed). */
export function placeAt(text: string, lines: LineIndex, position: Position): PlaceAt | undefined {
  if (position.line < 0 || position.line >= lines.lineCount) return undefined;
  const tracker = trackLines(text, lines, position.line);
  const line = lineText(text, lines, position.line);
  const lineStart = lines.lineStart(position.line);
  const indent = line.length - line.trimStart().length;
  if (tracker.continues(indent, line.trim() === '')) return undefined;
  const keyLine = tracker.feed(position.line, line, lineStart);
  if (!keyLine) return undefined;
  const offset = lineStart + Math.min(position.character, line.length);
  const path = [...keyLine.parent, keyLine.key];
  if (offset >= keyLine.keyStart && offset < keyLine.keyEnd)
    return { path, part: 'key', start: keyLine.keyStart, end: keyLine.keyEnd };
  if (offset <= keyLine.colon) return undefined;
  if (keyLine.value.startsWith('{')) {
    const brace = keyLine.valueStart - lineStart;
    for (const e of flowEntries(line, brace).entries) {
      if (offset >= lineStart + e.keyStart && offset < lineStart + e.keyEnd) {
        return { path: [...path, e.key], part: 'key', start: lineStart + e.keyStart, end: lineStart + e.keyEnd };
      }
      if (e.valueStart !== -1 && offset >= lineStart + e.valueStart && offset < lineStart + e.valueEnd) {
        return { path: [...path, e.key], part: 'value', start: lineStart + e.valueStart, end: lineStart + e.valueEnd };
      }
    }
    return undefined;
  }
  const valueEnd = keyLine.valueStart + keyLine.value.length;
  if (offset >= keyLine.valueStart && offset < valueEnd)
    return { path, part: 'value', start: keyLine.valueStart, end: valueEnd };
  return undefined;
}
