// Statutory labels as the importer looks for them: every table row with its
// YAML path and columns (taken from the model, in official order), the variants
// and typos real reports print instead of the official label, and the
// folded form both are compared by — the label with spacing, punctuation,
// quotes and numbering digits removed, so that `1. 属于国家秘密`, `1.属于国家秘密`
// and `属于国家秘密` all read alike.
import { FormatNode, REPORT, TABLE_NAMES, TableId } from '../model';

export type { TableId };

export interface RowSpec {
  table: TableId;
  /** YAML path of the row (for one-cell rows of table 二: of the cell itself). */
  path: string[];
  /** The row's statutory key. */
  key: string;
  /** Column keys in official order; empty for a one-cell row (行政许可: 54). */
  columns: string[];
  /** Whether the cells are amounts (万元, decimals allowed) rather than counts. */
  amount: boolean;
  /** Printed numbering in the official layout: '一、', '（一）', '1.'. */
  numbering: string;
  /** Label variants to look for (the key first). */
  variants: string[];
}

export interface GroupSpec {
  table: TableId;
  path: string[];
  key: string;
  numbering: string;
  variants: string[];
  /** Variants that count only after a numbering of the group's kind: '（六）其他' is 其他处理. */
  numberedVariants: string[];
}

/** Rows and groups of one table in official order, a group before its rows. */
export type Anchor = { type: 'row'; spec: RowSpec } | { type: 'group'; spec: GroupSpec };

/** A label folded for comparison: letters only (CJK and Latin), after NFKC; digits, spaces, punctuation and symbols removed. */
export function foldLabel(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}\d\u00a0\u3000]/gu, '');
}

/** Variants seen in real reports (docs/statute.md), by statutory key. The key itself is always tried first. */
const ROW_VARIANTS: Record<string, string[]> = {
  行政规范性文件: ['规范性文件'],
  本年新收政府信息公开申请数量: ['本年新收政府信息公开申请', '本年新收申请数量'],
  上年结转政府信息公开申请数量: ['上年结转政府信息公开申请', '上年结转申请数量'],
  部分公开: [
    '部分公开（区分处理的，只计这一情形，不计其他情形）',
    '部分公开（区分处理的，只计这一情形，不计其它情形）',
  ],
  其他法律行政法规禁止公开: ['其他法律行政止公开', '其它法律行政法规禁止公开', '其他法律、行政法规禁止公开'],
  '危及“三安全一稳定”': ['危及三安全一稳定'],
  属于三类内部事务信息: ['属于三类内部信息'],
  属于四类过程性信息: ['属于四类过程性性信息'],
  其他: ['其它'],
  总计: ['合计'],
  结转下年度继续办理: ['结转下年度继续办理数量'],
};

const GROUP_VARIANTS: Record<string, string[]> = {
  其他处理: ['其它处理'],
};

const NUMBERED_GROUP_VARIANTS: Record<string, string[]> = {
  其他处理: ['其他', '其它'],
};

/** Header words of each table: text that belongs to the table's structure, not to any cell. */
export const HEADER_WORDS: Record<TableId, string[]> = {
  table2: [
    '信息内容',
    '本年制发件数',
    '本年废止件数',
    '现行有效件数',
    '历史累计',
    '本年处理决定数量',
    '本年收费金额',
    '单位万元',
    '第二十条第一项',
    '第二十条第五项',
    '第二十条第六项',
    '第二十条第八项',
  ],
  table3: [
    '本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和',
    '申请人情况',
    '自然人',
    '法人或其他组织',
    '商业企业',
    '科研机构',
    '社会公益组织',
    '法律服务机构',
    '其他',
    '总计',
    '本年度办理结果',
    '不予公开',
    '无法提供',
    '不予处理',
    '其他处理',
  ],
  table4: [
    '行政复议',
    '行政诉讼',
    '结果维持',
    '结果纠正',
    '其他结果',
    '尚未审结',
    '总计',
    '未经复议直接起诉',
    '复议后起诉',
  ],
};

const TABLE_OF_SECTION: Record<string, TableId> = {
  主动公开政府信息情况: 'table2',
  收到和处理政府信息公开申请情况: 'table3',
  '政府信息公开行政复议、行政诉讼情况': 'table4',
};

function collect(): { rows: RowSpec[]; anchors: Anchor[] } {
  const rows: RowSpec[] = [];
  const anchors: Anchor[] = [];
  for (const section of REPORT.children ?? []) {
    const table = TABLE_OF_SECTION[section.key];
    if (!table) continue;
    const walk = (node: FormatNode, path: string[]): void => {
      const here = [...path, node.key];
      const variants = [node.printed ?? node.key, node.key, ...(ROW_VARIANTS[node.key] ?? [])];
      if (node.kind === 'row' || node.kind === 'count' || node.kind === 'amount') {
        const spec: RowSpec = {
          table,
          path: here,
          key: node.key,
          columns: node.kind === 'row' ? (node.children ?? []).map((c) => c.key) : [],
          amount: node.kind === 'amount',
          numbering: node.numbering ?? '',
          variants: unique(variants),
        };
        rows.push(spec);
        anchors.push({ type: 'row', spec });
        return;
      }
      if (node.kind === 'group' && node !== section) {
        const spec: GroupSpec = {
          table,
          path: here,
          key: node.key,
          numbering: node.numbering ?? '',
          variants: unique([node.key, ...(GROUP_VARIANTS[node.key] ?? [])]),
          numberedVariants: NUMBERED_GROUP_VARIANTS[node.key] ?? [],
        };
        anchors.push({ type: 'group', spec });
      }
      for (const child of node.children ?? []) walk(child, node === section ? [section.key] : here);
    };
    walk(section, []);
  }
  return { rows, anchors };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

const COLLECTED = collect();

/** Every table row of the format, in official order. */
const ROWS: readonly RowSpec[] = COLLECTED.rows;

/** Rows and groups of a table in official order. */
export function anchorsOf(table: TableId): Anchor[] {
  return COLLECTED.anchors.filter((a) => a.spec.table === table);
}

export function rowsOf(table: TableId): RowSpec[] {
  return ROWS.filter((r) => r.table === table);
}

/** Number of cells of a row: its columns, or 1 for a one-cell row. */
export function width(row: RowSpec): number {
  return row.columns.length || 1;
}

/** A row's display name for notes and comments: '表三 · 不予公开 · 属于国家秘密'. */
export function rowNoteName(row: RowSpec): string {
  return [TABLE_NAMES[row.table], ...row.path.slice(1)].join(' · ');
}

// ------------------------------------------------------------ numbering

const CN_NUM = '一二三四五六七八九十';

/** A numbering prefix: '一、', '2、', '3.', '（一）', '(一)', '第一部分', with any spacing. */
export const NUMBERING_RE = new RegExp(
  `^[\\s\\u3000#*]*(?:[（(]\\s*[${CN_NUM}]+\\s*[)）]|[${CN_NUM}]+\\s*[、.．，,]|\\d{1,2}\\s*[、.．，,](?!\\d)|[（(]\\s*\\d{1,2}\\s*[)）]|第[${CN_NUM}]+部分[、：:]?)\\s*`,
);

/** The kind of a numbering: 'cn' (一、), 'paren' (（一）), 'digit' (1. or 1、), or '' for none. */
export function numberingKind(numbering: string): '' | 'cn' | 'paren' | 'digit' {
  const n = numbering.trim();
  if (!n) return '';
  if (/^[（(]/.test(n)) return 'paren';
  if (/^\d/.test(n)) return 'digit';
  return 'cn';
}
