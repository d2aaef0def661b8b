// The summary as a grid of cells, the one layout every table format writes
// (.xlsx, .csv, .html) and the VS Code table shows: a header row, a row per
// report, the total row last. Numbers stay numbers; a blank stays null.
import { FIGURE_KEYS, FIGURE_LABELS } from './figureKeys';
import type { SummaryRow, SummaryTable, TotalRow } from './summaryTable';

export type GridCell = string | number | null;

export interface SummaryGrid {
  header: string[];
  /** Which columns hold numbers (for right alignment and number cells). */
  numeric: boolean[];
  rows: GridCell[][];
  total: GridCell[];
}

const HEADER = ['机关', '年度', ...FIGURE_KEYS.map((k) => FIGURE_LABELS[k]), '错误', '警告', '问题', '文件'];
const NUMERIC = HEADER.map((_h, i) => i >= 1 && i < HEADER.length - 2);

/** Problems in one cell, one sentence after another. */
export function problemText(problems: readonly string[]): string {
  return problems.join('；');
}

function reportCells(row: SummaryRow): GridCell[] {
  return [
    row.agency ?? null,
    row.year ?? null,
    ...FIGURE_KEYS.map((k) => row.figures[k] ?? null),
    row.errors ?? null,
    row.warnings ?? null,
    problemText(row.problems),
    row.file,
  ];
}

/** The total row's label, e.g. `合计（12 份报告）`. */
export function totalLabel(total: TotalRow): string {
  return `合计（${total.reports} 份报告）`;
}

function totalCells(total: TotalRow): GridCell[] {
  return [
    totalLabel(total),
    total.years.length === 1 ? total.years[0]! : total.years.join('、') || null,
    ...FIGURE_KEYS.map((k) => total.figures[k] ?? null),
    total.errors,
    total.warnings,
    problemText(total.problems),
    null,
  ];
}

export function summaryGrid(table: SummaryTable): SummaryGrid {
  return { header: HEADER, numeric: NUMERIC, rows: table.rows.map(reportCells), total: totalCells(table.total) };
}
