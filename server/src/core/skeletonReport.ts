// The text of a whole report from the statutory tree: header comments, 机关
// and 年度, then every required section, table, row and column in official
// order, prose left empty for the author. Counts are 0 (a new report) or come
// from a fill (`xxgk sum`). One generator, so both write the same layout.
import { stringify } from 'yaml';
import { REPORT } from './model';
import { keySkeleton, SkeletonFill } from './skeletonText';

export interface ReportSkeleton {
  /** Comment lines at the top, without `# `. */
  header: string[];
  /** Undefined: 机关 is left blank, with a comment asking for it. */
  agency?: string;
  year: number;
  fill?: SkeletonFill;
  /** 前言, one paragraph a line (a report made from last year's carries it over). */
  preamble?: string[];
}

function comment(line: string): string {
  return line ? `# ${line.replace(/[\r\n]+/g, ' ')}` : '#';
}

export function reportSkeletonText(report: ReportSkeleton): string {
  const lines = report.header.map(comment);
  for (const node of REPORT.children ?? []) {
    if (node.key === '机关')
      lines.push(report.agency === undefined ? '机关:  # 请填写机关名称' : `机关: ${stringify(report.agency).trim()}`);
    else if (node.key === '年度') lines.push(`年度: ${report.year}`);
    else if (node.key === '前言' && report.preamble?.length)
      lines.push('前言: |', ...report.preamble.map((p) => `  ${p}`));
    else if (node.required) lines.push(keySkeleton(node, 0, { unit: 2, eol: '\n', ready: true, fill: report.fill }));
  }
  return `${lines.join('\n')}\n`;
}
