// The skeleton text of a key: a row is a flow mapping of its columns at 0; a
// group or table is block YAML with all its rows; optional keys (总计) are
// left out, the file computes them. Completion and a new report want a value
// ready to type into (`ready`: 年度 filled in, prose with an indented empty
// line for the cursor); a quick fix wants only what is missing (年度 blank, so
// the year check still asks for it). The one generator for both.
import { FormatNode } from './model';

export interface SkeletonStyle {
  /** Indent step of the file. */
  unit: number;
  eol: string;
  ready: boolean;
}

/** The children a skeleton writes: the required ones, or all where none is required (落款). */
export function required(node: FormatNode): readonly FormatNode[] {
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

function scalarValue(node: FormatNode, ready: boolean): string {
  switch (node.kind) {
    case 'count':
    case 'amount':
      return ' 0';
    case 'year':
      return ready ? ` ${new Date().getFullYear() - 1}` : '';
    case 'format':
      return ' 2021';
    default:
      return ready ? ' ' : '';
  }
}

/** The lines of a group's children, each starting with an end of line. */
export function blockChildren(node: FormatNode, indent: number, style: SkeletonStyle): string {
  const pad = ' '.repeat(indent);
  return required(node)
    .map((c) => `${style.eol}${pad}${keySkeleton(c, indent, style)}`)
    .join('');
}

/** A key with its value, for a key that starts at column `indent` (the indent itself not included). */
export function keySkeleton(node: FormatNode, indent: number, style: SkeletonStyle): string {
  switch (node.kind) {
    case 'row':
      return `${node.key}: ${flowRow(node)}`;
    case 'group':
      return `${node.key}:${blockChildren(node, indent + style.unit, style)}`;
    case 'prose':
      return style.ready ? `${node.key}: |${style.eol}${' '.repeat(indent + style.unit)}` : `${node.key}: |`;
    default:
      return `${node.key}:${scalarValue(node, style.ready)}`;
  }
}
