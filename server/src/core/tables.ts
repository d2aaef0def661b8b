// The statistical tables as rows of cells with their values and places, for
// the arithmetic checks and the renderer. Missing 总计 cells are computed
// here, once, so every consumer agrees on them.
import {
  FormatNode,
  nodeAt,
  RESULT_CATEGORIES,
  TABLE3_APPLICANT_COLUMNS,
  TABLE3_COLUMNS,
  TABLE4_COLUMNS,
  TABLE4_RESULT_COLUMNS,
} from './model';
import { CellValue, readCell } from './values';
import { entryAt, YEntry, YNode } from './yamlTree';

export const REQUESTS = '收到和处理政府信息公开申请情况';
export const APPEALS = '政府信息公开行政复议、行政诉讼情况';
export const OUTCOMES = '本年度办理结果';
export const TOTAL = '总计';

export interface Cell {
  path: string[];
  column: string;
  /** The entry of the cell, where the file has its key. */
  entry?: YEntry;
  value: CellValue;
}

export interface Row {
  path: string[];
  format: FormatNode;
  entry?: YEntry;
  cells: Map<string, Cell>;
  /** The columns whose sum 总计 must equal (six applicants, or four results). */
  parts: readonly FormatNode[];
}

function readRow(root: YNode, path: string[], columns: readonly FormatNode[], parts: readonly FormatNode[]): Row {
  const entry = entryAt(root, path);
  const cells = new Map<string, Cell>();
  for (const column of columns) {
    const cellEntry = entry?.value.kind === 'map' ? entry.value.byKey.get(column.key) : undefined;
    cells.set(column.key, {
      path: [...path, column.key],
      column: column.key,
      entry: cellEntry,
      value: readCell(cellEntry?.value, column.kind === 'amount'),
    });
  }
  return { path, format: nodeAt(path)!, entry, cells, parts };
}

/** A cell's number, or undefined where it is missing, blank or not a count. */
export function numberOf(row: Row, column: string): number | undefined {
  const value = row.cells.get(column)?.value;
  return value?.state === 'number' ? value.value : undefined;
}

/** The sum of the given columns of a row, or undefined if any term is unknown. */
export function sumOf(row: Row, columns: readonly string[]): number | undefined {
  let sum = 0;
  for (const column of columns) {
    const n = numberOf(row, column);
    if (n === undefined) return undefined;
    sum += n;
  }
  return sum;
}

/** A row's 总计: as given, or computed where the file leaves it out. */
export function totalOf(row: Row): number | undefined {
  const given = row.cells.get(TOTAL);
  if (given?.entry) return numberOf(row, TOTAL);
  return sumOf(
    row,
    row.parts.map((c) => c.key),
  );
}

export interface Table3 {
  received: Row;
  carriedIn: Row;
  /** Every leaf row of （一）…（六）, in official order. */
  results: Row[];
  /** 本年度办理结果 › 总计. */
  resultsTotal: Row;
  carriedOut: Row;
}

export function readTable3(root: YNode): Table3 {
  const row = (path: string[]): Row => readRow(root, [REQUESTS, ...path], TABLE3_COLUMNS, TABLE3_APPLICANT_COLUMNS);
  const results: Row[] = [];
  for (const category of RESULT_CATEGORIES) {
    if (category.kind === 'row') results.push(row([OUTCOMES, category.key]));
    else for (const leaf of category.children ?? []) results.push(row([OUTCOMES, category.key, leaf.key]));
  }
  return {
    received: row(['本年新收政府信息公开申请数量']),
    carriedIn: row(['上年结转政府信息公开申请数量']),
    results,
    resultsTotal: row([OUTCOMES, TOTAL]),
    carriedOut: row(['结转下年度继续办理']),
  };
}

export function readTable4(root: YNode): Row[] {
  const row = (path: string[]): Row => readRow(root, [APPEALS, ...path], TABLE4_COLUMNS, TABLE4_RESULT_COLUMNS);
  return [row(['行政复议']), row(['行政诉讼', '未经复议直接起诉']), row(['行政诉讼', '复议后起诉'])];
}

/** The rows a row-total check looks at: all of table 三 and table 四. */
export function totalledRows(table3: Table3, table4: Row[]): Row[] {
  return [table3.received, table3.carriedIn, ...table3.results, table3.resultsTotal, table3.carriedOut, ...table4];
}

/** A cell's number in a column; in the 总计 column, the row's total as given or computed. */
export function columnValue(row: Row, column: string): number | undefined {
  return column === TOTAL ? totalOf(row) : numberOf(row, column);
}

/** The sum of all result rows （一）…（六） in a column, or undefined if a term is unknown. */
export function resultSum(table: Table3, column: string): number | undefined {
  let sum = 0;
  for (const row of table.results) {
    const n = columnValue(row, column);
    if (n === undefined) return undefined;
    sum += n;
  }
  return sum;
}

/** 本年度办理结果 › 总计 in a column: as given, else the sum of the result rows. */
export function resultsTotalOf(table: Table3, column: string): number | undefined {
  if (table.resultsTotal.cells.get(column)?.entry) return numberOf(table.resultsTotal, column);
  return resultSum(table, column);
}
