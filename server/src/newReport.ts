// The text of a new report (xxgk/newReport): every section, table, row and
// column, counts at 0, prose left empty — so the new file's only findings are
// the empty-section warnings for the prose still to be written.
import { reportSkeletonText } from './core/skeletonReport';

export function newReportText(agency: string, year: number): string {
  return reportSkeletonText({
    header: [`${agency}${year}年政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）`],
    agency,
    year,
  });
}
