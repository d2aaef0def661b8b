// A new report from last year's (`xxgk new --from`, xxgk/newReportFrom): the
// next year's complete skeleton, with 机关, 年度 + 1, 上年结转 taken from last
// year's 结转下年度继续办理 (a blank or invalid cell stays blank, never 0),
// 前言 carried over with the year moved on, and every other figure and prose
// section empty as in a new report.
import { TABLE3_APPLICANT_COLUMNS } from './model';
import { newReportText } from './newReport';
import { ParsedPrevious } from './previous/previous';
import { numberOf, readTable3 } from './tables';
import { paragraphs, scalarText } from './values';

export type NextYearResult = { text: string; agency: string; year: number } | { error: string };

/** The year moved on in prose: 2023 → 2024 where it stands alone as a year, not inside a longer number. */
function moveYear(line: string, from: number): string {
  return line.replace(new RegExp(`(?<![0-9])${from}(?![0-9])`, 'g'), String(from + 1));
}

export function nextYearReport(last: ParsedPrevious, name: string): NextYearResult {
  if (last.unfit) return { error: `${name} ${last.unfit}，无法据此新建报告。` };
  const root = last.root;
  const agency = root.kind === 'map' ? scalarText(root.byKey.get('机关')?.value)?.trim() : undefined;
  const lastYear = last.identity.year;
  if (!agency) return { error: `${name} 没有填写「机关」，无法据此新建报告。` };
  if (lastYear === undefined) return { error: `${name} 没有有效的「年度」，无法据此新建报告。` };
  const carriedOut = readTable3(root).carriedOut;
  const carriedIn = Object.fromEntries(TABLE3_APPLICANT_COLUMNS.map(({ key }) => [key, numberOf(carriedOut, key)]));
  const preamble = paragraphs(root.kind === 'map' ? root.byKey.get('前言')?.value : undefined).map((p) =>
    moveYear(p, lastYear),
  );
  const text = newReportText(agency, lastYear + 1, { preamble, carriedIn });
  return { text, agency, year: lastYear + 1 };
}
