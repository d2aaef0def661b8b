// A PDF page as the importer sees it: pieces of text with their boxes and the
// straight rules drawn on it (table borders), in page points with y growing
// downwards. The platform layer (platform/pdfjs/) reads them with pdf.js; all
// the rest — lines, paragraphs, table cells — is rebuilt from this geometry
// here, in pure code.

/** A run of text on one baseline (pdf.js's text item). */
export interface PdfText {
  text: string;
  x0: number;
  x1: number;
  /** Top and bottom of the glyphs' box (bottom ≈ baseline). */
  top: number;
  bottom: number;
}

/** An axis-aligned rule: x0 === x1 (vertical) or y0 === y1 (horizontal), x0 ≤ x1 and y0 ≤ y1. */
export interface PdfRule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPage {
  width: number;
  height: number;
  texts: PdfText[];
  rules: PdfRule[];
}

/** The size of a text's box: its height (the font size, for horizontal text). */
export function sizeOf(t: PdfText): number {
  return Math.max(1, t.bottom - t.top);
}

export function midY(t: PdfText): number {
  return (t.top + t.bottom) / 2;
}

export function midX(t: PdfText): number {
  return (t.x0 + t.x1) / 2;
}
