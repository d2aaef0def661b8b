// Writes the imported report as a *.xxgk.yaml text in official order
// (docs/report-format.md): prose as `|` blocks with one paragraph per line, table
// rows as flow mappings, a blank cell left blank (`科研机构: ,`), remarks on
// rows as comments, and the text that found no place as comments at the end.
import { parse } from 'yaml';
import { FormatNode, REPORT } from '../model';
import type { RowOut, TableOut } from './tableOut';
import type { TableId } from './labels';

export interface ImportedReport {
  agency?: string;
  year?: number;
  /** Printed only where it differs from the default title. */
  title?: string;
  preamble: string[];
  /** Paragraphs of the prose sections by key; undefined where the section was not found. */
  prose: Partial<Record<string, string[]>>;
  tables: Partial<Record<TableId, TableOut>>;
  signature?: { agency?: string; date?: string };
}

const TABLE_OF: Record<string, TableId> = {
  主动公开政府信息情况: 'table2',
  收到和处理政府信息公开申请情况: 'table3',
  '政府信息公开行政复议、行政诉讼情况': 'table4',
};

/** A scalar as plain YAML where that reads back the same, else double-quoted. */
function yamlScalar(value: string): string {
  if (value === '') return '""';
  try {
    if (!/[\n\r\t]/.test(value) && !/^\s|\s$/.test(value) && parse(`k: ${value}`)?.k === value) return value;
  } catch {
    // fall through to quoting
  }
  return JSON.stringify(value);
}

function comment(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

export function toYaml(report: ImportedReport, header: string[], unmapped: string[]): string {
  const out: string[] = [];
  for (const line of header) for (const l of line.split('\n')) out.push(l ? `# ${l}` : '#');
  for (const node of REPORT.children ?? []) {
    switch (node.key) {
      case '机关':
        out.push(report.agency ? `机关: ${yamlScalar(report.agency)}` : '机关:  # 原文中未找到机关名称，请填写');
        break;
      case '年度':
        out.push(report.year ? `年度: ${report.year}` : '年度:  # 原文中未找到报告年度，请填写');
        break;
      case '格式':
      case '上年报告': // a published report does not name its file of last year
        break;
      case '标题':
        if (report.title) out.push(`标题: ${yamlScalar(report.title)}`);
        break;
      case '前言':
        if (report.preamble.length) out.push(...block('前言', report.preamble));
        break;
      case '落款':
        if (report.signature && (report.signature.agency || report.signature.date)) {
          const parts: string[] = [];
          if (report.signature.agency) parts.push(`机关: ${yamlScalar(report.signature.agency)}`);
          if (report.signature.date) parts.push(`日期: ${report.signature.date}`);
          out.push(`落款: {${parts.join(', ')}}`);
        }
        break;
      default: {
        const table = TABLE_OF[node.key];
        if (table) {
          const t = report.tables[table];
          out.push(t ? `${node.key}:` : `${node.key}:  # 原文中未找到这一部分`);
          if (t) writeGroup(node, t, 1, out);
        } else {
          const paragraphs = report.prose[node.key];
          if (paragraphs === undefined) out.push(`${node.key}: ""  # 原文中未找到这一部分`);
          else if (paragraphs.length === 0) out.push(`${node.key}: ""  # 原文这一部分没有文字`);
          else out.push(...block(node.key, paragraphs));
        }
      }
    }
  }
  if (unmapped.length) {
    out.push('', '# ---- 原文中未能归入报告结构的文字（未导入，请核对）----');
    for (const text of unmapped) for (const l of text.split('\n')) out.push(`#   ${l}`);
  }
  return out.join('\n') + '\n';
}

function block(key: string, paragraphs: string[]): string[] {
  return [`${key}: |`, ...paragraphs.map((p) => `  ${p}`)];
}

function writeGroup(node: FormatNode, table: TableOut, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  for (const child of node.children ?? []) {
    if (child.kind === 'group') {
      out.push(`${indent}${child.key}:`);
      writeGroup(child, table, depth + 1, out);
      continue;
    }
    const row = table.rows.find((r) => r.spec.path[r.spec.path.length - 1] === child.key && sameNode(r, child, node));
    if (!row) continue;
    const remark = rowRemark(row);
    const tail = remark ? `  # ${comment(remark)}` : '';
    if (row.spec.columns.length === 0) {
      const v = cellYaml(row, 0);
      out.push(`${indent}${child.key}:${v ? ` ${v}` : ''}${tail}`);
    } else {
      const cells = row.spec.columns.map((c, i) => {
        const v = cellYaml(row, i);
        return v ? `${c}: ${v}` : `${c}: `;
      });
      out.push(`${indent}${child.key}: {${cells.join(', ')}}${tail}`);
    }
  }
}

function sameNode(row: RowOut, child: FormatNode, parent: FormatNode): boolean {
  const path = row.spec.path;
  return (
    path[path.length - 1] === child.key &&
    (parent.children ?? []).includes(child) &&
    (path.length < 2 || path[path.length - 2] === parent.key || parent === REPORT)
  );
}

function cellYaml(row: RowOut, i: number): string {
  const cell = row.cells[i];
  return cell && cell.state === 'value' ? cell.raw : '';
}

function rowRemark(row: RowOut): string | undefined {
  if (!row.found) return '原文中未找到此行';
  return row.comment;
}
