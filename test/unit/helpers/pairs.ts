// Pairs of reports, last year's and this year's, for the cross-year checks
// (carryover, stock): consistent by construction, so that each test changes
// one figure and expects one finding.
import { checkText, CheckOptions, CheckResult } from '../../../server/src/core/engine';
import type { OffsetEdit } from '../../../server/src/core/findings';
import { parsePrevious, PreviousInput } from '../../../server/src/core/previous/previous';
import { NOW, replaceOnce, validReport } from './reports';

export const LAST_NAME = '2023-某市某区某局.xxgk.yaml';
export const LAST_URI = 'file:///reports/2023-%E6%9F%90.xxgk.yaml';

/**
 * Last year's report (2023) of the default agency: its 结转下年度继续办理 is
 * this year's default 上年结转, and its 行政规范性文件 现行有效件数 9 makes
 * this year's 10 = 9 + 2 − 1.
 */
export function lastYearReport(agency = '某市某区某局'): string {
  return replaceOnce(
    validReport({ year: 2023, agency }),
    '行政规范性文件: {本年制发件数: 2, 本年废止件数: 1, 现行有效件数: 10}',
    '行政规范性文件: {本年制发件数: 2, 本年废止件数: 1, 现行有效件数: 9}',
  );
}

export function thisYearReport(agency = '某市某区某局'): string {
  return validReport({ year: 2024, agency });
}

export function found(lastText: string, via: 'link' | 'option' | 'search' = 'search'): PreviousInput {
  return { kind: 'found', report: parsePrevious(lastText), name: LAST_NAME, uri: LAST_URI, via };
}

/** This year's text checked beside last year's. */
export function checkPair(thisText: string, lastText: string, options: CheckOptions = {}): CheckResult {
  return checkText(thisText, { now: NOW, previous: found(lastText), ...options });
}

/** The text with offset edits applied (as a quick fix would). */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
