// What a copy from the preview puts on the clipboard: a block of cells as
// their values, or a whole table as the official table prints it (header
// rows, labels, merged cells) without the preview's marks.
import { cellValue, CELL_SELECTOR } from './cellGrid';
import { Block, htmlTable, toHtmlTable, toTabSeparated } from './clipboard';

export interface Copied {
  text: string;
  html: string;
}

/** A block of cells: their values (blank cells empty). */
export function copyCells(cells: HTMLElement[][]): Copied {
  const block: Block = cells.map((row) => row.map(cellValue));
  return { text: toTabSeparated(block), html: toHtmlTable(block) };
}

function cellText(el: HTMLTableCellElement): string {
  return el.matches(CELL_SELECTOR) ? cellValue(el) : (el.textContent ?? '').trim();
}

/** A whole table: every row with its labels; HTML keeps the merged cells, text gives one line per row. */
export function copyTable(table: HTMLTableElement): Copied {
  const rows = Array.from(table.rows);
  const text = toTabSeparated(rows.map((tr) => Array.from(tr.cells).map(cellText)));
  const html = htmlTable(
    rows.map((tr) =>
      Array.from(tr.cells).map((c) => ({
        tag: c.tagName === 'TH' ? ('th' as const) : ('td' as const),
        text: cellText(c),
        colspan: c.colSpan,
        rowspan: c.rowSpan,
      })),
    ),
  );
  return { text, html };
}
