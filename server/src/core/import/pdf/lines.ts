// Pieces of text on a page to lines: pieces whose boxes share most of their
// height stand on one line, read left to right. A line's text joins its
// pieces, with a space only between Latin letters or digits that stand apart.
import { collapseCjkSpacing } from '../normalize';
import { midY, PdfText, sizeOf } from './page';

export interface TextLine {
  texts: PdfText[];
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** The largest piece's height: the font size. */
  size: number;
}

/** Pieces of text to lines, top to bottom. */
export function toLines(texts: readonly PdfText[]): TextLine[] {
  const sorted = [...texts].sort((a, b) => midY(a) - midY(b) || a.x0 - b.x0);
  const groups: PdfText[][] = [];
  let group: PdfText[] = [];
  let top = 0;
  let bottom = 0;
  for (const t of sorted) {
    const overlap = Math.min(bottom, t.bottom) - Math.max(top, t.top);
    if (group.length && overlap >= 0.5 * Math.min(bottom - top, sizeOf(t))) {
      group.push(t);
      top = Math.min(top, t.top);
      bottom = Math.max(bottom, t.bottom);
    } else {
      if (group.length) groups.push(group);
      group = [t];
      top = t.top;
      bottom = t.bottom;
    }
  }
  if (group.length) groups.push(group);
  return groups.map(makeLine);
}

function makeLine(texts: PdfText[]): TextLine {
  const sorted = [...texts].sort((a, b) => a.x0 - b.x0);
  // A line's extent is its visible text's: a space piece may stand far off (a justified line's end).
  const inked = sorted.filter((t) => t.text.trim());
  const box = inked.length ? inked : sorted;
  return {
    texts: sorted,
    text: joinPieces(sorted),
    x0: Math.min(...box.map((t) => t.x0)),
    x1: Math.max(...box.map((t) => t.x1)),
    top: Math.min(...box.map((t) => t.top)),
    bottom: Math.max(...box.map((t) => t.bottom)),
    size: Math.max(...box.map(sizeOf)),
  };
}

const LATIN_END = /[A-Za-z0-9%.,)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;

/**
 * Pieces of one line (sorted by x) as text: a space where the PDF has one, or
 * where Latin text stands half a character apart from Latin text.
 */
export function joinPieces(texts: readonly PdfText[]): string {
  let out = '';
  let prev: PdfText | undefined;
  let space = false;
  for (const t of texts) {
    const piece = t.text.trim();
    if (!piece) {
      space = out !== '';
      continue;
    }
    const apart = prev && t.x0 - prev.x1 > 0.5 * sizeOf(t) && LATIN_END.test(out) && LATIN_START.test(piece);
    if (space || apart) out += ' ';
    out += piece;
    prev = t;
    space = false;
  }
  return collapseCjkSpacing(out.replace(/\s+/g, ' '));
}

/** Texts stacked in one box (a table cell): its lines joined, a space only between Latin words. */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const l of lines) out += out && LATIN_END.test(out) && LATIN_START.test(l) ? ` ${l}` : l;
  return out;
}
