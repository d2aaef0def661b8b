// The text of a summed report (`xxgk sum`): the skeleton of a new report with
// the sums in its cells, prose empty for the author, and comments at the top
// that list what was added and what was left out, and why.
import { reportSkeletonText } from '../skeletonReport';
import type { CellSums } from './cellSums';

export interface SumInputNote {
  file: string;
  /** For an added report: `机关，年度`; for one left out: why. */
  text: string;
}

export interface SumReport {
  agency?: string;
  year: number;
  sums: CellSums;
  added: SumInputNote[];
  /** Inputs left out, grouped by why. */
  leftOut: { reason: string; inputs: SumInputNote[] }[];
}

/** How the first line of a summed report begins: what tells an earlier sum from a report. */
const MARK = '由 xxgk sum 把 ';

/** Whether a text is a report written by `xxgk sum` (its first comment line says so). */
export function isSumReport(text: string): boolean {
  return text.replace(/^\uFEFF/, '').startsWith(`# ${MARK}`);
}

export function sumReportText(report: SumReport): string {
  const header = [
    `${MARK}${report.added.length} 份报告的统计表逐格相加生成；文字部分请作者填写。`,
    '某格所有报告都留空时仍留空；部分报告留空或不是数字时，只加有数字的报告，并在该行注释中说明。',
    `计入的报告（${report.added.length} 份）：`,
    ...report.added.map((n) => `  ${n.file}（${n.text}）`),
  ];
  for (const group of report.leftOut) {
    if (!group.inputs.length) continue;
    header.push(
      `未计入（${group.reason}）${group.inputs.length} 份：`,
      ...group.inputs.map((n) => `  ${n.file}：${n.text}`),
    );
  }
  return reportSkeletonText({
    header,
    agency: report.agency,
    year: report.year,
    fill: { value: (path) => report.sums.value(path), note: (path) => report.sums.note(path) },
  });
}
