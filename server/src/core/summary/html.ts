// The summary as one standalone HTML file: a table, its styles inlined, no
// script (the page and Content-Security-Policy of a rendered report). Every cell
// is report text or a file name, so everything goes through escapeHtml.
import { htmlDocument } from '../render/page';
import { escapeHtml } from '../render/escape';
import type { GridCell, SummaryGrid } from './grid';

const CSS = `
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 1.5em; color: #111; background: #fff; }
h1 { font-size: 1.3em; }
table { border-collapse: collapse; font-size: 0.9em; }
th, td { border: 1px solid #999; padding: 0.25em 0.5em; vertical-align: top; }
thead th { background: #eee; position: sticky; top: 0; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.blank { background: #f6f6f6; }
tr.problem td { background: #fff4e5; }
td.problems { min-width: 20em; }
tfoot td { font-weight: bold; border-top: 2px solid #333; }
@media print { thead th { position: static; } }
`;

function cell(value: GridCell, numeric: boolean, problems: boolean): string {
  if (value === null) return '<td class="blank"></td>';
  const text = escapeHtml(String(value));
  if (numeric && typeof value === 'number') return `<td class="n" data-value="${value}">${text}</td>`;
  return problems ? `<td class="problems">${text}</td>` : `<td>${text}</td>`;
}

function cells(row: GridCell[], grid: SummaryGrid, problemColumn: number): string {
  return row.map((c, i) => cell(c, grid.numeric[i]!, i === problemColumn)).join('');
}

/**
 * The table: the header (each cell with its column, and whether it holds
 * numbers, for sorting), a row per file (marked where it has a problem, with
 * its index for a click to open it) and the total row in the footer.
 */
export function summaryTableHtml(grid: SummaryGrid): string {
  const problemColumn = grid.header.indexOf('问题');
  const header = grid.header
    .map((h, i) => `<th data-column="${i}"${grid.numeric[i] ? ' data-numeric="1"' : ''}>${escapeHtml(h)}</th>`)
    .join('');
  const rows = grid.rows
    .map(
      (row, i) =>
        `<tr data-index="${i}"${row[problemColumn] ? ' class="problem"' : ''}>${cells(row, grid, problemColumn)}</tr>`,
    )
    .join('\n');
  return `<table id="summary">
<thead><tr>${header}</tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr>${cells(grid.total, grid, problemColumn)}</tr></tfoot>
</table>`;
}

/** The standalone page of `xxgk summary -o x.html`. */
export function summaryHtml(grid: SummaryGrid, title: string): string {
  const body = `<h1>${escapeHtml(title)}</h1>\n${summaryTableHtml(grid)}`;
  return htmlDocument({ title, body }, { standalone: true }, CSS);
}
