// Offsets (what the yaml parser gives) to LSP positions (line, UTF-16 column).
// JavaScript strings are UTF-16 already, so a column is an offset within the
// line. Line ends are \n, \r\n and a lone \r, as LSP counts them.
import { Position, Range } from './findings';

/** The text as an editor shows it: a leading byte order mark is not a character of line 0. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The offset where the line holding `offset` begins (after the last \n before it). */
export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    // indexOf scans natively, several times faster than a loop over every character.
    if (text.includes('\r')) this.scanWithCr(text);
    else for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** CR line ends (Windows CRLF, or a lone CR): the slower scan that knows them. */
  private scanWithCr(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 /* \n */) this.starts.push(i + 1);
      else if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    // An offset between \r and \n belongs to the end of its line.
    const character = Math.min(clamped - this.starts[lo]!, this.lineLength(lo));
    return { line: lo, character };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  offset(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    return start + Math.max(0, Math.min(position.character, this.lineLength(position.line)));
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** Length of a line without its line end. */
  lineLength(line: number): number {
    const start = this.starts[line]!;
    let end = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return end - start;
  }
}
