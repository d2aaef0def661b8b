// The summary of many reports: one row per file, whatever became of it, and a
// total row. Nothing is dropped: a file that could not be read is a row with
// its problem; a faulty or duplicate report is a row, counted in the total and
// marked. Rows are added one at a time (a batch streams through), duplicates
// are found at the end, when every 机关 and 年度 is known.
import { FIGURE_KEYS, FIGURE_LABELS, FigureKey, Figures, ReportFigures } from './figureKeys';

/** What became of one file; the caller reads and checks it. */
export type SummaryInput =
  | { file: string; kind: 'unreadable'; reason: string }
  | { file: string; kind: 'too-large'; message: string }
  | {
      file: string;
      kind: 'report';
      /** The encoding the file was read in; anything but UTF-8 is named. */
      encoding: string;
      errors: number;
      warnings: number;
      report: ReportFigures;
    };

export interface SummaryRow {
  file: string;
  agency?: string;
  year?: number;
  figures: Figures;
  /** Undefined where the file could not be read at all. */
  errors?: number;
  warnings?: number;
  readable: boolean;
  faulty: boolean;
  duplicate: boolean;
  /** Each problem in one Chinese sentence; empty for a clean report. */
  problems: string[];
}

export interface TotalRow {
  /** Readable reports, faulty and duplicate ones included. */
  reports: number;
  faulty: number;
  duplicates: number;
  unreadable: number;
  years: number[];
  /** Sums over the reports that have the figure. */
  figures: Figures;
  /** For each figure, how many readable reports have no number for it. */
  missing: Record<FigureKey, number>;
  errors: number;
  warnings: number;
  problems: string[];
}

export interface SummaryTable {
  rows: SummaryRow[];
  total: TotalRow;
}

/** The row input of a checked report, its findings counted by severity. */
export function checkedReport(
  file: string,
  findings: readonly { severity: string }[],
  report: ReportFigures,
  encoding: string,
): SummaryInput {
  const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
  return { file, kind: 'report', encoding, errors: count('error'), warnings: count('warning'), report };
}

const NO_FIGURES: Figures = Object.fromEntries(FIGURE_KEYS.map((k) => [k, undefined])) as Figures;

export function summaryRow(input: SummaryInput): SummaryRow {
  const base = { file: input.file, figures: NO_FIGURES, faulty: false, duplicate: false };
  switch (input.kind) {
    case 'unreadable':
      return { ...base, readable: false, problems: [`无法读取：${input.reason}`] };
    case 'too-large':
      return { ...base, readable: false, problems: [input.message] };
    case 'report': {
      const problems: string[] = [];
      if (input.encoding !== 'utf-8')
        problems.push(`不是 UTF-8 编码，已按 ${input.encoding.toUpperCase()} 读取；建议另存为 UTF-8`);
      if (input.errors > 0) problems.push(`有 ${input.errors} 个错误，数字未必可靠（已计入合计）`);
      return {
        ...base,
        agency: input.report.agency,
        year: input.report.year,
        figures: input.report.figures,
        errors: input.errors,
        warnings: input.warnings,
        readable: true,
        faulty: input.errors > 0,
        problems,
      };
    }
  }
}

/** Marks every report whose 机关 and 年度 another report has too, naming the others. */
function markDuplicates(rows: SummaryRow[]): void {
  const byKey = new Map<string, SummaryRow[]>();
  for (const row of rows) {
    if (!row.readable || row.agency === undefined || row.year === undefined) continue;
    const key = `${row.year}\u0000${row.agency}`;
    const group = byKey.get(key);
    if (group) group.push(row);
    else byKey.set(key, [row]);
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const row of group) {
      const others = group.filter((r) => r !== row).map((r) => r.file);
      row.duplicate = true;
      row.problems.push(`与 ${others.join('、')} 重复：机关和年度相同（已计入合计）`);
    }
  }
}

function totalOf(rows: SummaryRow[]): TotalRow {
  const figures = { ...NO_FIGURES };
  const missing = Object.fromEntries(FIGURE_KEYS.map((k) => [k, 0])) as Record<FigureKey, number>;
  const years = new Set<number>();
  let reports = 0;
  let errors = 0;
  let warnings = 0;
  for (const row of rows) {
    if (!row.readable) continue;
    reports++;
    errors += row.errors ?? 0;
    warnings += row.warnings ?? 0;
    if (row.year !== undefined) years.add(row.year);
    for (const key of FIGURE_KEYS) {
      const n = row.figures[key];
      if (n === undefined) missing[key]++;
      else figures[key] = (figures[key] ?? 0) + n;
    }
  }
  const total: TotalRow = {
    reports,
    faulty: rows.filter((r) => r.faulty).length,
    duplicates: rows.filter((r) => r.duplicate).length,
    unreadable: rows.filter((r) => !r.readable).length,
    years: [...years].sort((a, b) => a - b),
    figures,
    missing,
    errors,
    warnings,
    problems: [],
  };
  total.problems = totalProblems(total);
  return total;
}

function totalProblems(total: TotalRow): string[] {
  const problems: string[] = [];
  if (total.faulty) problems.push(`其中 ${total.faulty} 份有错误，已计入`);
  if (total.duplicates) problems.push(`其中 ${total.duplicates} 份机关和年度重复，已计入`);
  if (total.unreadable) problems.push(`另有 ${total.unreadable} 个文件无法读取，未计入`);
  if (total.years.length > 1) problems.push(`年度不一：${total.years.join('、')}`);
  const gaps = FIGURE_KEYS.filter((k) => total.missing[k] > 0).map((k) => `${FIGURE_LABELS[k]} ${total.missing[k]} 份`);
  if (gaps.length) problems.push(`无数值、未计入的报告：${gaps.join('，')}`);
  return problems;
}

/** Collects rows one file at a time; `finish` marks duplicates and adds the total. */
export class SummaryBuilder {
  private readonly rows: SummaryRow[] = [];

  add(input: SummaryInput): SummaryRow {
    const row = summaryRow(input);
    this.rows.push(row);
    return row;
  }

  finish(): SummaryTable {
    markDuplicates(this.rows);
    return { rows: this.rows, total: totalOf(this.rows) };
  }
}

export function summaryTable(inputs: Iterable<SummaryInput>): SummaryTable {
  const builder = new SummaryBuilder();
  for (const input of inputs) builder.add(input);
  return builder.finish();
}
