// The value cells of the preview's tables as a grid, for moving between them
// and for pasting and copying blocks: the rows of a table that hold value
// cells (`td.num`, each with its `data-path`), and the cells of each row in
// order. Rows differ in width (table 二 has rows of three cells and rows of
// one wide cell), so moving up or down goes to the cell nearest in the
// column, as the eye sees it.

export const CELL_SELECTOR = 'td.num[data-path]';

export interface GridPlace {
  table: HTMLTableElement;
  row: number;
  column: number;
}

/** The rows of value cells of a table, top to bottom. */
export function gridRows(table: HTMLTableElement): HTMLElement[][] {
  return Array.from(table.rows)
    .map((tr) => Array.from(tr.querySelectorAll<HTMLElement>(CELL_SELECTOR)))
    .filter((cells) => cells.length > 0);
}

/** Where a cell stands in its table's grid. */
export function placeOf(cell: HTMLElement): GridPlace | undefined {
  const table = cell.closest('table');
  if (!table) return undefined;
  const rows = gridRows(table);
  for (let row = 0; row < rows.length; row++) {
    const column = rows[row]!.indexOf(cell);
    if (column >= 0) return { table, row, column };
  }
  return undefined;
}

export function cellAt(table: HTMLTableElement, row: number, column: number): HTMLElement | undefined {
  return gridRows(table)[row]?.[column];
}

export type Direction = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous';

function center(el: HTMLElement): number {
  const r = el.getBoundingClientRect();
  return r.left + r.width / 2;
}

/**
 * The cell one step from `cell` in a direction, within its table: up and down
 * to the nearest cell in the row above or below, left and right within the
 * row, next and previous (Tab) on to the following or preceding row. The same
 * cell where the table ends.
 */
export function step(cell: HTMLElement, direction: Direction): HTMLElement {
  const place = placeOf(cell);
  if (!place) return cell;
  const rows = gridRows(place.table);
  const row = rows[place.row]!;
  switch (direction) {
    case 'left':
      return row[place.column - 1] ?? cell;
    case 'right':
      return row[place.column + 1] ?? cell;
    case 'next':
      return row[place.column + 1] ?? rows[place.row + 1]?.[0] ?? cell;
    case 'previous': {
      const above = rows[place.row - 1];
      return row[place.column - 1] ?? above?.[above.length - 1] ?? cell;
    }
    case 'up':
    case 'down': {
      const target = rows[place.row + (direction === 'up' ? -1 : 1)];
      if (!target) return cell;
      const x = center(cell);
      return target.reduce((best, c) => (Math.abs(center(c) - x) < Math.abs(center(best) - x) ? c : best));
    }
  }
}

/** The cells of the rectangle between two cells of one table (by row and column), row by row. */
export function rectangle(a: HTMLElement, b: HTMLElement): HTMLElement[][] {
  const pa = placeOf(a);
  const pb = placeOf(b);
  if (!pa || !pb || pa.table !== pb.table) return [[a]];
  const rows = gridRows(pa.table);
  const [r0, r1] = [Math.min(pa.row, pb.row), Math.max(pa.row, pb.row)];
  const [c0, c1] = [Math.min(pa.column, pb.column), Math.max(pa.column, pb.column)];
  return rows.slice(r0, r1 + 1).map((cells) => cells.slice(c0, c1 + 1));
}

/** The cells a block of values fills from `start`, right and down, each with its value; clipped to the table. */
export function fillTargets<T>(
  start: HTMLElement,
  block: readonly (readonly T[])[],
): { cell: HTMLElement; value: T }[] {
  const place = placeOf(start);
  if (!place) return [];
  const rows = gridRows(place.table);
  return block.flatMap((values, i) =>
    values.flatMap((value, j) => {
      const cell = rows[place.row + i]?.[place.column + j];
      return cell ? [{ cell, value }] : [];
    }),
  );
}

/** A cell's own value as shown (without last year's figure beside it). */
export function cellValue(cell: HTMLElement): string {
  return Array.from(cell.childNodes)
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent ?? '')
    .join('')
    .trim();
}
