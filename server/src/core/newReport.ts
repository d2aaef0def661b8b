// The text of a new report (xxgk/newReport, xxgk new): every section, table,
// row and column, counts at 0, prose left empty — so the new file's only
// findings are the empty-section warnings for the prose still to be written.
// A report made from last year's (core/nextYear.ts) carries its 前言 and its
// carry-over as this year's 上年结转.
import { reportSkeletonText } from './skeletonReport';

/** What a report made from last year's carries over (core/nextYear.ts). */
export interface CarriedOver {
  /** 前言, one paragraph a line. */
  preamble?: string[];
  /** The 上年结转 row by column: a count, or undefined where last year's cell was blank. */
  carriedIn?: Record<string, number | undefined>;
}

// The row's statutory label, as tables.ts reads it.
const CARRIED_IN = '上年结转政府信息公开申请数量';

export function newReportText(agency: string, year: number, carried: CarriedOver = {}): string {
  const carriedIn = carried.carriedIn;
  return reportSkeletonText({
    header: [`${agency}${year}年政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）`],
    agency,
    year,
    preamble: carried.preamble,
    fill: {
      value(path) {
        if (!carriedIn || path[path.length - 2] !== CARRIED_IN) return '0';
        const n = carriedIn[path[path.length - 1]!];
        return n === undefined ? '' : String(n);
      },
    },
  });
}
