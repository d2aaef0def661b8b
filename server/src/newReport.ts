// The text of a new report (xxgk/newReport): every section, table, row and
// column, counts at 0, prose left empty — so the new file's only findings are
// the empty-section warnings for the prose still to be written.
import { stringify } from 'yaml';
import { REPORT } from './core/model';
import { keySkeleton } from './core/skeletonText';

export function newReportText(agency: string, year: number): string {
  const lines = [`# ${agency}${year}年政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）`];
  for (const node of REPORT.children ?? []) {
    if (node.key === '机关') lines.push(`机关: ${stringify(agency).trim()}`);
    else if (node.key === '年度') lines.push(`年度: ${year}`);
    else if (node.required) lines.push(keySkeleton(node, 0, { unit: 2, eol: '\n', ready: true }));
  }
  return `${lines.join('\n')}\n`;
}
