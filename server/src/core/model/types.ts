// The statutory structure of the report (国办公开办函〔2021〕30号), as one tree.
// Everything that knows "what may stand where" reads this tree: the JSON
// Schema is generated from it, and hover, completion, outline and the renderer
// take their labels, numbering and explanations from it. The law behind each
// node: docs/statute.md; the identifiers: docs/identifiers.md.

/** What a key's value holds. */
export type NodeKind =
  | 'text' // a one-line string (机关, 标题)
  | 'prose' // a block scalar, one paragraph per line
  | 'year' // 年度
  | 'format' // 格式: only 2021
  | 'date' // 落款 › 日期
  | 'count' // a table cell: a non-negative integer
  | 'amount' // a table cell in 万元: up to 6 decimals
  | 'group' // a mapping of named children (sections, table groups)
  | 'row'; // a table row: a mapping over the table's columns

export type TableId = 'table2' | 'table3' | 'table4';

export interface FormatNode {
  /** The YAML key: the statutory label without its numbering. */
  key: string;
  /** English identifier: the name code uses for this concept (docs/identifiers.md). */
  id: string;
  kind: NodeKind;
  /** Printed numbering, as the official layout shows it: '一、', '（三）', '1.'. */
  numbering?: string;
  /** The label as printed where it differs from the key (e.g. with its note). */
  printed?: string;
  /** The article of the 条例 it rests on, e.g. '第十四条'. */
  article?: string;
  /** Plain Chinese explanation, for hover, completion and the schema description. */
  description: string;
  /** How to count it, where that needs saying. */
  howToCount?: string;
  /** Required keys produce `missing-key` when absent. */
  required: boolean;
  /** Which statistical table the node belongs to, if any. */
  table?: TableId;
  /** For 'group' and 'row': the children in official order. */
  children?: readonly FormatNode[];
}

export function group(
  key: string,
  id: string,
  description: string,
  children: readonly FormatNode[],
  extra: Partial<FormatNode> = {},
): FormatNode {
  return { key, id, kind: 'group', description, children, required: true, ...extra };
}

/** A row of a table: a required mapping over the table's columns. */
export function tableRow(
  key: string,
  id: string,
  description: string,
  columns: readonly FormatNode[],
  extra: Partial<FormatNode> = {},
): FormatNode {
  return { key, id, kind: 'row', description, children: columns, required: true, ...extra };
}

export function cell(key: string, id: string, description: string, extra: Partial<FormatNode> = {}): FormatNode {
  return { key, id, kind: 'count', description, required: true, ...extra };
}
