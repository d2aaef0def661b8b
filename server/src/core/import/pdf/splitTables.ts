// A table that runs on to the next page: where the last row on one page and
// the first on the next share their column edges, a merged cell cut by the
// page break (a group label spanning several rows, 三、本年度办理结果) goes on
// in the next page's first row. Its text there is added to the cell where it
// started, and the cut-off piece is left out, as a web page's rowspan is. A
// cell is taken to go on where it spans several rows down to the break, or
// where its text runs to its right edge ('（四）无' | '法提供'); never where
// the next page's piece starts a numbered label of its own ('（五）不予处理').
import type { Block } from './pagesToText';
import type { Grid } from './grid';
import type { RowCell, TableRow } from './tableRows';

/** Edges this close (points) are the same column edge on both pages. */
const SAME_EDGE = 2;

function sameColumns(a: Grid, b: Grid): boolean {
  return a.xs.length === b.xs.length && a.xs.every((x, i) => Math.abs(x - b.xs[i]!) <= SAME_EDGE);
}

/** The row's cell covering column `col`, if it starts there and spans several grid rows or goes to the grid's end. */
function openCell(row: TableRow, col: number): TableRow['cells'][number] | undefined {
  const last = row.grid.cells.length - 1;
  const slot = row.grid.cells[last]?.[col];
  return row.cells.find((c) => c.cell === slot && c.cell.row + c.cell.rowSpan - 1 === last && c.cell.rowSpan > 1);
}

const NUMBERED = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])/;

/** The previous page's cell that the first row's cell `c` goes on from, if any. */
function continued(previous: TableRow[], c: RowCell): RowCell | undefined {
  if (NUMBERED.test(c.text)) return undefined; // a label of its own: the cell above ended at the break
  const open = previous.map((r) => openCell(r, c.cell.col)).find((o) => o !== undefined);
  if (open && open.cell.colSpan === c.cell.colSpan) return open;
  const last = previous[previous.length - 1]!;
  const cut = last.cells.find((p) => p.cell.col === c.cell.col && p.cell.colSpan === c.cell.colSpan);
  return cut?.runsOn && c.text !== '' && !/^\d+$/.test(c.text) ? cut : undefined;
}

/** Joins merged cells cut by a page break (blocks in reading order; rows are changed in place). */
export function joinSplitCells(blocks: Block[]): void {
  /** Every row of the last grid seen, for the cells still open at its end. */
  let previous: TableRow[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'row') {
      if (b.kind === 'line' || b.kind === 'loose') previous = [];
      return;
    }
    const before = previous[previous.length - 1];
    const first =
      before && before.grid !== b.row.grid && b.page !== blocks[i - 1]?.page && b.row.cells[0]?.cell.row === 0;
    if (first && sameColumns(before.grid, b.row.grid)) {
      b.row.cells = b.row.cells.filter((c) => {
        const open = continued(previous, c);
        if (open) {
          open.text += c.text;
          return false;
        }
        // An empty cell under a label: the rest of a cell cut by the page (its rows' own cells follow).
        return c.text !== '' || c !== b.row.cells[0];
      });
    }
    if (before && before.grid !== b.row.grid) previous = [];
    previous.push(b.row);
  });
}
