// A grid's cells filled with the page's text, as the rows importText reads in
// its 'pipe' mode (the same as a web page's or a Word file's table): each row
// as `| cell | cell |`, a merged cell printed once, in the row where it
// starts. A cell's text is its own lines joined, whatever line the row's
// other cells put their text on (a label wrapping in a narrow column, the
// row's numbers centred on its middle line).
import { Grid, GridCell } from './grid';
import { joinLines, toLines } from './lines';
import { midX, midY, PdfText } from './page';

export interface RowCell {
  cell: GridCell;
  text: string;
  /** Whether its last line runs to the cell's right edge (wrapped text that may go on). */
  runsOn: boolean;
}

/** A grid row's cells that start in it (a merged cell belongs to the row where it starts). */
export interface TableRow {
  grid: Grid;
  top: number;
  cells: RowCell[];
}

export function rowText(row: TableRow): string {
  return `| ${row.cells.map((c) => c.text.replace(/\|/g, '｜')).join(' | ')} |`;
}

/** The index of the slot holding `v` among edges (-1 outside). */
function slotOf(edgesAt: number[], v: number): number {
  if (v < edgesAt[0]! || v > edgesAt[edgesAt.length - 1]!) return -1;
  let i = 0;
  while (i < edgesAt.length - 2 && v > edgesAt[i + 1]!) i++;
  return i;
}

export function inGrid(grid: Grid, t: PdfText): boolean {
  return slotOf(grid.xs, midX(t)) >= 0 && slotOf(grid.ys, midY(t)) >= 0;
}

/** The grid's rows (rows with no text in them are left out). */
export function gridRows(grid: Grid, texts: readonly PdfText[]): TableRow[] {
  const held = new Map<GridCell, PdfText[]>();
  for (const t of texts) {
    const c = slotOf(grid.xs, midX(t));
    const r = slotOf(grid.ys, midY(t));
    if (c < 0 || r < 0) continue;
    const cell = grid.cells[r]![c]!;
    if (!held.has(cell)) held.set(cell, []);
    held.get(cell)!.push(t);
  }
  const rows: TableRow[] = [];
  grid.cells.forEach((slots, r) => {
    const cells = slots
      .filter((cell, c) => cell.row === r && cell.col === c)
      .map((cell) => {
        const lines = toLines(held.get(cell) ?? []);
        const last = lines[lines.length - 1];
        const right = grid.xs[cell.col + cell.colSpan]!;
        return {
          cell,
          text: joinLines(lines.map((l) => l.text)),
          runsOn: !!last && last.x1 >= right - 1.5 * last.size,
        };
      });
    if (cells.some((c) => c.text !== '')) rows.push({ grid, top: grid.ys[r]!, cells });
  });
  return rows;
}
