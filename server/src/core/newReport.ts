// The text of a new report (xxgk/newReport): every section, table, row and
// column, counts at 0, prose left empty — so the new file's only findings are
// the empty-section warnings for the prose still to be written.
import { stringify } from 'yaml';
import { REPORT } from './model';
import { keySkeleton } from './skeletonText';

/** What a report made from last year's carries over (core/nextYear.ts). */
export interface CarriedOver {
  /** 前言, one paragraph a line. */
  preamble?: string[];
  /** The 上年结转 row as flow-mapping text, e.g. `{自然人: 3, 商业企业: , …}`. */
  carriedIn?: string;
}

export function newReportText(agency: string, year: number, carried: CarriedOver = {}): string {
  const lines = [`# ${agency}${year}年政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）`];
  for (const node of REPORT.children ?? []) {
    if (node.key === '机关') lines.push(`机关: ${stringify(agency).trim()}`);
    else if (node.key === '年度') lines.push(`年度: ${year}`);
    else if (node.key === '前言' && carried.preamble?.length)
      lines.push('前言: |', ...carried.preamble.map((p) => `  ${p}`));
    else if (node.required) lines.push(keySkeleton(node, 0, { unit: 2, eol: '\n', ready: true }));
  }
  let text = `${lines.join('\n')}\n`;
  if (carried.carriedIn)
    text = text.replace(/^( {2}上年结转政府信息公开申请数量: )\{[^\n]*\}$/m, `$1${carried.carriedIn}`);
  return text;
}
