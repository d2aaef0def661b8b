// Test helpers: build a complete, valid report text (docs/report-format.md), edit
// it line by line or cell by cell, and run the engine (where a finding lies:
// ./positions). Labels are written out in ./labels from docs/report-format.md, not taken
// from the engine's model, so a typo in the model cannot hide from the tests.
import assert from 'node:assert/strict';
import { checkText, CheckOptions } from '../../../server/src/core/engine';
import type { CheckCode, Finding } from '../../../server/src/core/findings';
import { COLUMNS, RESULT_GROUPS, T4_COLUMNS } from './labels';

/** A fixed "now" so that year checks do not depend on the clock. */
export const NOW = new Date(2025, 5, 1);

export { COLUMNS, RESULT_GROUPS, T4_COLUMNS };

export const RECEIVED = '本年新收政府信息公开申请数量';
export const CARRIED_IN = '上年结转政府信息公开申请数量';
export const CARRIED_OUT = '结转下年度继续办理';

/** Every leaf result row key (each is unique as a line key; `其他` is the row under 其他处理). */
export const RESULT_ROWS: readonly string[] = RESULT_GROUPS.flatMap(([g, rows]) => (rows.length ? rows : [g]));

export type Counts = readonly number[];

export interface ReportSpec {
  agency?: string;
  year?: string | number;
  /** Table 三 rows by key (RECEIVED, CARRIED_IN, a result row key, '总计' for the results total, CARRIED_OUT): six counts. */
  table3?: Record<string, Counts>;
  /** Table 四 rows (行政复议, 未经复议直接起诉, 复议后起诉): four counts. */
  table4?: Record<string, Counts>;
  /** Write the 总计 cells (computed). Default true. */
  totals?: boolean;
  /** Write the row 本年度办理结果 › 总计 (computed). Default: as `totals`. */
  resultsTotal?: boolean;
  overview?: string;
  problems?: string;
  other?: string;
}

/**
 * Default table 三: balances in every column (自然人 3 + 1 = (2 + 1) + 1;
 * 商业企业 1 + 0 = 1 + 0), every other cell 0.
 */
export const DEFAULT_TABLE3: Record<string, Counts> = {
  [RECEIVED]: [3, 1, 0, 0, 0, 0],
  [CARRIED_IN]: [1, 0, 0, 0, 0, 0],
  予以公开: [2, 1, 0, 0, 0, 0],
  部分公开: [1, 0, 0, 0, 0, 0],
  [CARRIED_OUT]: [1, 0, 0, 0, 0, 0],
};

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function flow(columns: readonly string[], counts: Counts, total: boolean): string {
  const cells = columns.map((c, i) => `${c}: ${counts[i] ?? 0}`);
  if (total) cells.push(`总计: ${sum(counts)}`);
  return `{${cells.join(', ')}}`;
}

function block(key: string, text: string): string[] {
  return [`${key}: |`, ...text.split('\n').map((l) => (l ? `  ${l}` : ''))];
}

/** A complete valid report text (LF line ends, final newline). */
export function validReport(spec: ReportSpec = {}): string {
  const totals = spec.totals ?? true;
  const t3 = { ...DEFAULT_TABLE3, ...spec.table3 };
  const zeros = [0, 0, 0, 0, 0, 0];
  const row3 = (key: string): Counts => t3[key] ?? zeros;
  const resultsTotal = COLUMNS.map((_, i) => sum(RESULT_ROWS.map((r) => row3(r)[i] ?? 0)));
  const t4 = spec.table4 ?? {};
  const row4 = (key: string): Counts => t4[key] ?? [0, 0, 0, 0];
  const lines = [
    `机关: ${spec.agency ?? '某市某区某局'}`,
    `年度: ${spec.year ?? 2024}`,
    ...block(
      '总体情况',
      spec.overview ??
        '2024年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。\n主动公开方面，及时发布机构职能、规范性文件等信息。',
    ),
    '主动公开政府信息情况:',
    '  第二十条第（一）项:',
    '    规章: {本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 0}',
    '    行政规范性文件: {本年制发件数: 2, 本年废止件数: 1, 现行有效件数: 10}',
    '  第二十条第（五）项:',
    '    行政许可: 54',
    '  第二十条第（六）项:',
    '    行政处罚: 6',
    '    行政强制: 0',
    '  第二十条第（八）项:',
    '    行政事业性收费: 0',
    '收到和处理政府信息公开申请情况:',
    `  ${RECEIVED}: ${flow(COLUMNS, row3(RECEIVED), totals)}`,
    `  ${CARRIED_IN}: ${flow(COLUMNS, row3(CARRIED_IN), totals)}`,
    '  本年度办理结果:',
  ];
  for (const [group, rows] of RESULT_GROUPS) {
    if (!rows.length) lines.push(`    ${group}: ${flow(COLUMNS, row3(group), totals)}`);
    else {
      lines.push(`    ${group}:`);
      for (const r of rows) lines.push(`      ${r}: ${flow(COLUMNS, row3(r), totals)}`);
    }
  }
  if (spec.resultsTotal ?? totals) lines.push(`    总计: ${flow(COLUMNS, t3['总计'] ?? resultsTotal, totals)}`);
  lines.push(
    `  ${CARRIED_OUT}: ${flow(COLUMNS, row3(CARRIED_OUT), totals)}`,
    '政府信息公开行政复议、行政诉讼情况:',
    `  行政复议: ${flow(T4_COLUMNS, row4('行政复议'), totals)}`,
    '  行政诉讼:',
    `    未经复议直接起诉: ${flow(T4_COLUMNS, row4('未经复议直接起诉'), totals)}`,
    `    复议后起诉: ${flow(T4_COLUMNS, row4('复议后起诉'), totals)}`,
    ...block('存在的主要问题及改进情况', spec.problems ?? '信息公开的及时性还有差距。\n下一步加强培训和日常管理。'),
    ...block('其他需要报告的事项', spec.other ?? '本年度未收取信息处理费。'),
  );
  return lines.join('\n') + '\n';
}

// ------------------------------------------------------------------ editing

/** Index of the line whose text (after indentation) starts with `key:`; the nth such line. */
export function lineOfKey(text: string, key: string, nth = 0): number {
  const lines = text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trimStart().startsWith(`${key}:`) && seen++ === nth) return i;
  }
  throw new Error(`no line with key ${key}`);
}

/** Replaces the line of `key` by what `edit` makes of it. */
export function editLine(text: string, key: string, edit: (line: string) => string | string[], nth = 0): string {
  const lines = text.split('\n');
  const i = lineOfKey(text, key, nth);
  const replaced = edit(lines[i]!);
  lines.splice(i, 1, ...(Array.isArray(replaced) ? replaced : [replaced]));
  return lines.join('\n');
}

export const deleteLine = (text: string, key: string, nth = 0): string => editLine(text, key, () => [], nth);

/** Inserts lines before the line of `key`, each indented like it. */
export function insertBefore(text: string, key: string, ...newLines: string[]): string {
  return editLine(text, key, (line) => {
    const indent = /^ */.exec(line)![0];
    return [...newLines.map((l) => indent + l), line];
  });
}

/** Sets a cell: `column: raw` inside the flow mapping on the row's line, or, without a column, the value after `key:`. */
export function setCell(text: string, row: string, column: string | undefined, raw: string): string {
  return editLine(text, row, (line) => {
    if (column === undefined) {
      const at = line.indexOf(`${row}:`) + row.length + 1;
      return raw === '' ? line.slice(0, at) : `${line.slice(0, at)} ${raw}`;
    }
    const re = new RegExp(`([{,]\\s*)${column}:[^,}]*`);
    assert.match(line, re, `row ${row} has no column ${column}`);
    return line.replace(re, (_m, pre: string) => `${pre}${column}:${raw === '' ? '' : ' ' + raw}`);
  });
}

/** Removes a cell from the flow mapping on the row's line. */
export function removeCell(text: string, row: string, column: string): string {
  return editLine(text, row, (line) => {
    const open = line.indexOf('{');
    const cells = line
      .slice(open)
      .replace(new RegExp(`(?<=[{,] ?)${column}: [^,}]*(, |(?=\\}))`), '')
      .replace(/, \}$/, '}');
    const next = line.slice(0, open) + cells;
    assert.notEqual(next, line, `row ${row} has no column ${column}`);
    return next;
  });
}

/** Replaces the only occurrence of `from`. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0, `text has no ${JSON.stringify(from)}`);
  assert.equal(text.indexOf(from, at + 1), -1, `${JSON.stringify(from)} is not unique`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

// ------------------------------------------------------------------ running

export function check(text: string, options: CheckOptions = {}): Finding[] {
  return checkText(text, { now: NOW, ...options }).findings;
}

export function findingsOf(text: string, code?: CheckCode, options: CheckOptions = {}): Finding[] {
  const all = check(text, options);
  return code ? all.filter((f) => f.code === code) : all;
}

/** The codes of all findings, sorted, for compact assertions. */
export function codesOf(text: string, options: CheckOptions = {}): string[] {
  return check(text, options)
    .map((f) => f.code)
    .sort();
}

/** Picks the findings about one column of a table (balance, result-total: their messages start with `<column>列`). */
export const aboutColumn =
  (column: string) =>
  (f: Finding): boolean =>
    f.message.startsWith(`${column}列`);

/** Exactly one finding of `code`; returns it. */
export function onlyFinding(text: string, code: CheckCode, options: CheckOptions = {}): Finding {
  const found = findingsOf(text, code, options);
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(found, null, 1)}`);
  return found[0]!;
}
