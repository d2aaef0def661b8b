// The numbers between a row's label and the next label, put into the row's
// cells: one per cell, split where cells ran together into digit strings, or
// placed by column where pdftotext -layout printed blank cells as nothing.
import { rowNoteName, RowSpec, width } from './labels';
import { TextMode } from './normalize';
import { rowSumHolds, splitRuns } from './split';
import { CellOut, RowOut, TableOut } from './tableOut';
import { Token } from './tokens';

/** pdftotext -layout: where the numbers of complete rows stand (per row width), and the rows that came up short. */
export interface LayoutColumns {
  refs: Map<number, { line: number; centers: number[] }[]>;
  short: { row: RowOut; values: Token[] }[];
}

const center = (t: Token): number => t.col + t.raw.length / 2;

/**
 * A row of a pdftotext -layout table with fewer numbers than columns: its
 * blank cells print as nothing. Each number goes to the column it stands
 * under, judged by the nearest complete rows (columns shift from page to
 * page); where that is not clear-cut, the row stays flagged.
 */
export function alignShortRows(layout: LayoutColumns, out: TableOut): void {
  for (const { row, values } of layout.short) {
    const n = width(row.spec);
    const line = values[0]!.line;
    if (values.some((v) => v.kind !== 'num' || v.line !== line)) continue;
    const near = [...(layout.refs.get(n) ?? [])]
      .sort((a, b) => Math.abs(a.line - line) - Math.abs(b.line - line))
      .slice(0, 2);
    if (near.length === 0) continue;
    const columns = Array.from({ length: n }, (_, i) => near.reduce((sum, r) => sum + r.centers[i]!, 0) / near.length);
    const placed: number[] = [];
    for (const v of values) {
      const byDistance = columns.map((c, i) => ({ i, d: Math.abs(c - center(v)) })).sort((a, b) => a.d - b.d);
      const [first, second] = byDistance;
      const clear = !second || first!.d * 2 < second.d;
      if (!clear || (placed.length && first!.i <= placed[placed.length - 1]!)) {
        placed.length = 0;
        break;
      }
      placed.push(first!.i);
    }
    if (placed.length !== values.length) continue;
    row.cells = row.cells.map(() => ({ state: 'blank' }));
    placed.forEach((c, i) => (row.cells[c] = { state: 'value', raw: values[i]!.raw }));
    row.comment = `原文此行有 ${n - values.length} 格空白，各数按所在列的位置归入`;
    out.notes.push(
      `${rowNoteName(row.spec)}：PDF 中此行只有 ${values.length} 个数，按列的位置归入，其余 ${n - values.length} 格为空白。`,
    );
  }
}

/** What the rows of one table share while their numbers are read. */
export interface TableReading {
  mode: TextMode;
  /** The table being filled: notes and split counts go here. */
  out: TableOut;
  /** Indexes (into `tokens`) of the tokens a row has taken. */
  used: Set<number>;
  /** Every token of the table's text. */
  tokens: Token[];
  layout: LayoutColumns;
}

/** Puts `values`, the tokens between a row's label and the next label, into the row's cells. */
export function readRowValues(
  row: RowOut,
  gap: Token[],
  reading: TableReading,
  lines: GapLines = { own: () => true, text: () => true },
): void {
  const { mode, out, used, tokens, layout } = reading;
  const n = width(row.spec);
  const values = mode === 'pipe' ? withoutPaddingCells(gap, n, lines) : gap;
  const index = (t: Token): number => tokens.indexOf(t);
  const nums = values.filter((v) => v.kind === 'num');
  if (mode === 'pipe' || values.length >= n) {
    const taken = values.slice(0, n);
    if (mode === 'layout' && taken.length === n && taken.every((t) => t.kind === 'num' && t.line === taken[0]!.line)) {
      if (!layout.refs.has(n)) layout.refs.set(n, []);
      layout.refs.get(n)!.push({ line: taken[0]!.line, centers: taken.map(center) });
    }
    taken.forEach((t, i) => {
      used.add(index(t));
      row.cells[i] = cellOf(t, row.spec, out);
    });
    if (taken.length < n) row.comment = `原文此行只有 ${taken.length} 格（应有 ${n} 格），其余未找到`;
    return;
  }
  // Fewer numbers than cells, and the numbers touch the text: cells run together into digit strings.
  if (runTogether(mode, values)) {
    const runs = nums.map((t) => t.raw);
    const sums = row.spec.table === 'table3' && n === 7;
    let split = splitRuns(runs, n, sums ? rowSumHolds : undefined);
    let note = '';
    if (split && split.length === 0 && sums) {
      split = splitRuns(runs, n);
      note = '（任何拆法都不满足本行合计）';
    }
    for (const t of nums) used.add(index(t));
    if (split && split.length === 1) {
      row.cells = split[0]!.map((v) => ({ state: 'value', raw: String(v) }));
      row.comment = `原文连写为“${runs.join(' ')}”，按${sums ? '本行合计' : '位数'}只有这一种拆法`;
      out.splitRows = (out.splitRows ?? 0) + 1;
      return;
    }
    if (split && split.length > 1) {
      row.candidates = split;
      row.comment = `原文数字连写为“${runs.join(' ')}”${note}`;
      return;
    }
    row.cells = row.cells.map(() => ({ state: 'ambiguous' }));
    row.comment = `原文数字连写为“${runs.join(' ')}”，无法拆成 ${n} 格${note}`;
    return;
  }
  for (const t of values) used.add(index(t));
  if (mode === 'layout' && values.length > 0) layout.short.push({ row, values });
  row.cells = row.cells.map(() => ({ state: 'ambiguous' }));
  row.comment = `原文此行只找到 ${values.length} 个数（${values.map((v) => v.raw || '空').join(' ')}），对不上 ${n} 列，无法确定各属哪一列`;
}

/** Which lines of a `|` table's gap are the row's own, and which hold text (labels, headers). */
export interface GapLines {
  own(line: number): boolean;
  text(line: number): boolean;
}

/**
 * A `|` table whose label wraps over several rows (a Markdown conversion of a
 * PDF, a web page's merged cells) prints the row's numbers on one of them and
 * empty cells on the others: where some line of the row's own has a number,
 * the blank cells of lines with text and no number (labels, headers) are
 * padding, not the row's cells; a line of blank cells only is kept. A row of
 * numbers with no label of its own starts with the empty label cell(s):
 * leading blanks beyond the `n` cells the row has are those. A row left blank
 * keeps its blanks even where the next row, under a label not recognised, has
 * numbers (that line is not its own).
 */
export function withoutPaddingCells(values: Token[], n: number, lines: GapLines): Token[] {
  const linesWithNumbers = new Set(values.filter((v) => v.kind === 'num' && lines.own(v.line)).map((v) => v.line));
  if (linesWithNumbers.size === 0) return values;
  const kept = values.filter((v) => v.kind !== 'blank' || linesWithNumbers.has(v.line) || !lines.text(v.line));
  const drop = new Set<Token>();
  let total = kept.length;
  for (const line of linesWithNumbers) {
    for (const cell of kept.filter((v) => v.line === line)) {
      if (total <= n || cell.kind !== 'blank') break;
      drop.add(cell);
      total--;
    }
  }
  return kept.filter((v) => !drop.has(v));
}

/**
 * Whether short numbers are cells run together: only whole numbers, and glued
 * to their labels ('行政规范性文件693665') or in a flattened web page. A text
 * with one cell per line that lost a blank cell is not split (it is flagged).
 */
export function runTogether(mode: TextMode, values: Token[]): boolean {
  if (mode === 'layout' || mode === 'pipe' || values.length === 0) return false;
  if (!values.every((t) => t.kind === 'num' && /^\d+$/.test(t.raw))) return false;
  return mode === 'glued' || values.some((t) => t.glued);
}

function cellOf(t: Token, row: RowSpec, out: TableOut): CellOut {
  if (t.kind === 'num') {
    if (!row.amount && t.raw.includes('.')) out.notes.push(`${rowNoteName(row)}：原文“${t.raw}”不是整数，照录。`);
    return { state: 'value', raw: t.raw };
  }
  if (t.raw) out.notes.push(`${rowNoteName(row)}：原文单元格为“${t.raw}”，导入为空格。`);
  return { state: 'blank' };
}
