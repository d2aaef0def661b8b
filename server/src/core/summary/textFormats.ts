// The summary as CSV and as JSON: text formats for spreadsheets and scripts.
import { FIGURE_KEYS } from './figureKeys';
import type { GridCell, SummaryGrid } from './grid';
import type { SummaryRow, SummaryTable } from './summaryTable';

/**
 * A CSV field (RFC 4180): quoted where it holds a comma, quote or line end.
 * Text that a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) is
 * kept as text by a leading apostrophe: an agency name or a file name is
 * never a formula.
 */
function csvField(cell: GridCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a UTF-8 BOM and CRLF line ends, so that Excel opens the Chinese as Chinese. */
export function summaryCsv(grid: SummaryGrid): string {
  const lines = [grid.header, ...grid.rows, grid.total].map((cells) => cells.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function jsonRow(row: SummaryRow): Record<string, unknown> {
  return {
    file: row.file,
    agency: row.agency ?? null,
    year: row.year ?? null,
    ...Object.fromEntries(FIGURE_KEYS.map((k) => [k, row.figures[k] ?? null])),
    errors: row.errors ?? null,
    warnings: row.warnings ?? null,
    readable: row.readable,
    faulty: row.faulty,
    duplicate: row.duplicate,
    problems: row.problems,
  };
}

/** `{reports: [...], total: {...}}`; figures by identifier, null where blank. */
export function summaryJson(table: SummaryTable): string {
  const { total } = table;
  return (
    JSON.stringify(
      {
        reports: table.rows.map(jsonRow),
        total: {
          reports: total.reports,
          faulty: total.faulty,
          duplicates: total.duplicates,
          unreadable: total.unreadable,
          years: total.years,
          ...Object.fromEntries(FIGURE_KEYS.map((k) => [k, total.figures[k] ?? null])),
          missing: total.missing,
          errors: total.errors,
          warnings: total.warnings,
          problems: total.problems,
        },
      },
      null,
      2,
    ) + '\n'
  );
}
