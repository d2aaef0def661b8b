// A PDF's pages (text boxes and rules) to the text importText reads in its
// 'pipe' mode: paragraphs one per line — lines rejoined where the text ran on
// to the right margin and the next line is not indented, across pages too —
// and each table row as `| cell | cell |` (tableRows.ts). Page numbers in the
// footer are left out.
import { PAGE_NUMBER_RE } from '../normalize';
import { findGrids, Grid } from './grid';
import { TextLine, toLines } from './lines';
import { PdfPage } from './page';
import { joinSplitCells } from './splitTables';
import { gridRows, inGrid, rowText, TableRow } from './tableRows';
import { looseTables } from './looseTables';
import { unifyRadicals } from './radicals';

export type Block =
  | { kind: 'line'; line: TextLine; page: number; left: number; right: number }
  | { kind: 'row'; row: TableRow; page: number; top: number }
  | { kind: 'loose'; text: string; page: number; top: number };

export interface PdfText {
  text: string;
  /** What was left out or guessed, for the import notes. */
  notes: string[];
}

/** The left and right edges of a page's body text: where its wide lines start and end. */
function margins(lines: TextLine[]): { left: number; right: number } {
  const widest = Math.max(0, ...lines.map((l) => l.x1 - l.x0));
  const wide = lines.filter((l) => l.x1 - l.x0 >= 0.6 * widest);
  return { left: Math.min(...wide.map((l) => l.x0)), right: Math.max(...wide.map((l) => l.x1)) };
}

/** A page's paragraph lines and table rows, top to bottom; `removed.pageNumbers` counts the page numbers left out. */
function pageBlocks(raw: PdfPage, index: number, removed: { pageNumbers: number }): Block[] {
  const page = { ...raw, texts: raw.texts.map((t) => ({ ...t, text: unifyRadicals(t.text) })) };
  const grids: Grid[] = findGrids(page.rules);
  const free = page.texts.filter((t) => !grids.some((g) => inGrid(g, t)));
  const rows: Block[] = grids.flatMap((g) =>
    gridRows(g, page.texts).map((row): Block => ({ kind: 'row', row, page: index, top: row.top })),
  );
  let lines = toLines(free).filter((l) => l.text !== '');
  const numbers = lines.filter((l) => PAGE_NUMBER_RE.test(l.text) || /^\d{1,3}$/.test(l.text));
  // A page number stands alone at the foot (or head) of the page.
  const footer = numbers.filter((l) => l.top > page.height * 0.85 || l.bottom < page.height * 0.12);
  if (footer.length) {
    removed.pageNumbers += footer.length;
    lines = lines.filter((l) => !footer.includes(l));
  }
  const loose = looseTables(lines);
  const { left, right } = margins(loose.rest);
  const blocks: Block[] = loose.rest.map((line) => ({ kind: 'line', line, page: index, left, right }));
  blocks.push(...loose.rows.map((r): Block => ({ kind: 'loose', text: r.text, page: index, top: r.top })));
  blocks.push(...rows);
  return blocks.sort((a, b) => topOf(a) - topOf(b));
}

function topOf(b: Block): number {
  return b.kind === 'line' ? b.line.top : b.top;
}

/** The most common line height: the body text's size. */
function bodySize(blocks: Block[]): number {
  const counts = new Map<number, number>();
  for (const b of blocks)
    if (b.kind === 'line') counts.set(Math.round(b.line.size), (counts.get(Math.round(b.line.size)) ?? 0) + 1);
  let best = 12;
  let most = 0;
  for (const [size, n] of counts) if (n > most) [best, most] = [size, n];
  return best;
}

/** Whether line `b` goes on the paragraph that line `a` ended. */
function continues(a: Extract<Block, { kind: 'line' }>, b: Extract<Block, { kind: 'line' }>, body: number): boolean {
  const p = a.line;
  const l = b.line;
  if (Math.abs(p.size - l.size) > 0.15 * p.size) return false;
  const near = b.page !== a.page || l.top - p.bottom <= 1.2 * p.size;
  if (!near) return false;
  // A title set large over two or three lines, centred.
  if (p.size >= 1.25 * body && b.page === a.page) return true;
  const full = p.x1 >= a.right - 1.2 * p.size;
  const indented = l.x0 > b.left + 0.6 * l.size;
  return full && !indented;
}

export function pagesToText(pages: readonly PdfPage[]): PdfText {
  const notes: string[] = [];
  const removed = { pageNumbers: 0 };
  const blocks = pages.flatMap((page, i) => pageBlocks(page, i, removed));
  if (removed.pageNumbers) notes.push(`去掉了 PDF 页码 ${removed.pageNumbers} 处。`);
  joinSplitCells(blocks);
  const body = bodySize(blocks);
  const out: string[] = [];
  let prev: Block | undefined;
  for (const b of blocks) {
    if (b.kind === 'line' && prev?.kind === 'line' && continues(prev, b, body)) {
      const last = out[out.length - 1]!;
      out[out.length - 1] =
        /[A-Za-z0-9]$/.test(last) && /^[A-Za-z0-9]/.test(b.line.text) ? `${last} ${b.line.text}` : last + b.line.text;
    } else if (b.kind === 'row') {
      if (b.row.cells.length) out.push(rowText(b.row));
    } else out.push(b.kind === 'line' ? b.line.text : b.text);
    prev = b;
  }
  return { text: out.join('\n'), notes };
}
