// The text a completion inserts: a key with a ready value, in the file's own
// layout. A row is a flow mapping of its columns at 0; a group or table is
// block YAML with all its rows; a prose section is `|` and an indented empty
// line. Optional keys (总计) are left out: the file computes them.
import { FormatNode } from './core/model';

function required(node: FormatNode): readonly FormatNode[] {
  const children = node.children ?? [];
  const needed = children.filter((c) => c.required);
  return needed.length ? needed : children;
}

/** `{自然人: 0, 商业企业: 0, …}` for a row. */
export function flowRow(node: FormatNode): string {
  return `{${required(node)
    .map((c) => `${c.key}: 0`)
    .join(', ')}}`;
}

function scalarValue(node: FormatNode): string {
  switch (node.kind) {
    case 'count':
    case 'amount':
      return ' 0';
    case 'year':
      return ` ${new Date().getFullYear() - 1}`;
    case 'format':
      return ' 2021';
    default:
      return ' ';
  }
}

/** The lines of a group's children, each starting with an end of line. */
export function blockChildren(node: FormatNode, indent: number, unit: number, eol: string): string {
  const pad = ' '.repeat(indent);
  return required(node)
    .map((c) => `${eol}${pad}${keySkeleton(c, indent, unit, eol)}`)
    .join('');
}

/** A key with its value, for a key that starts at column `indent`. */
export function keySkeleton(node: FormatNode, indent: number, unit: number, eol: string): string {
  switch (node.kind) {
    case 'row':
      return `${node.key}: ${flowRow(node)}`;
    case 'group':
      return `${node.key}:${blockChildren(node, indent + unit, unit, eol)}`;
    case 'prose':
      return `${node.key}: |${eol}${' '.repeat(indent + unit)}`;
    default:
      return `${node.key}:${scalarValue(node)}`;
  }
}
