// The skeleton text of a key: a row is a flow mapping of its columns at 0; a
// group or table is block YAML with all its rows; optional keys (总计) are
// left out, the file computes them. Completion and a new report want a value
// ready to type into (`ready`: 年度 filled in, prose with an indented empty
// line for the cursor); a quick fix wants only what is missing (年度 blank, so
// the year check still asks for it). The one generator for both, and for a
// report of given figures (`xxgk sum`): a fill gives each cell its text.
import { FormatNode } from './model';

export interface SkeletonStyle {
  /** Indent step of the file. */
  unit: number;
  eol: string;
  ready: boolean;
  /** Cell texts in place of the zeros. */
  fill?: SkeletonFill;
}

/** The cells of a report with figures; paths are the chains of keys from the top. */
export interface SkeletonFill {
  /** A count or amount cell's text: its digits, or '' for a blank. */
  value(path: readonly string[]): string;
  /** A comment for the line of a row or cell, if any. */
  note?(path: readonly string[]): string | undefined;
}

/** The children a skeleton writes: the required ones, or all where none is required (落款). */
export function required(node: FormatNode): readonly FormatNode[] {
  const children = node.children ?? [];
  const needed = children.filter((c) => c.required);
  return needed.length ? needed : children;
}

/** A cell's value after its colon: ` 0`, or the fill's text (nothing for a blank). */
function cellValue(fill: SkeletonFill | undefined, path: readonly string[]): string {
  if (!fill) return ' 0';
  const text = fill.value(path);
  return text ? ` ${text}` : '';
}

/** `{自然人: 0, 商业企业: 0, …}` for a row (at `path`, where a fill gives the cells). */
export function flowRow(node: FormatNode, fill?: SkeletonFill, path: readonly string[] = [node.key]): string {
  return `{${required(node)
    .map((c) => `${c.key}:${cellValue(fill, [...path, c.key]) || ' '}`)
    .join(', ')}}`;
}

function withNote(line: string, fill: SkeletonFill | undefined, path: readonly string[]): string {
  const note = fill?.note?.(path);
  return note ? `${line}  # ${note.replace(/[\r\n]+/g, ' ')}` : line;
}

function scalarValue(node: FormatNode, style: SkeletonStyle, path: readonly string[]): string {
  const ready = style.ready;
  switch (node.kind) {
    case 'count':
    case 'amount':
      return cellValue(style.fill, path);
    case 'year':
      return ready ? ` ${new Date().getFullYear() - 1}` : '';
    case 'format':
      return ' 2021';
    default:
      return ready ? ' ' : '';
  }
}

/** The lines of a group's children (the group at `path`), each starting with an end of line. */
export function blockChildren(
  node: FormatNode,
  indent: number,
  style: SkeletonStyle,
  path: readonly string[] = [node.key],
): string {
  const pad = ' '.repeat(indent);
  return required(node)
    .map((c) => `${style.eol}${pad}${keySkeleton(c, indent, style, path)}`)
    .join('');
}

/**
 * A key with its value, for a key that starts at column `indent` (the indent
 * itself not included); `parent` is the path of keys above it, for a fill.
 */
export function keySkeleton(
  node: FormatNode,
  indent: number,
  style: SkeletonStyle,
  parent: readonly string[] = [],
): string {
  const path = [...parent, node.key];
  switch (node.kind) {
    case 'row':
      return withNote(`${node.key}: ${flowRow(node, style.fill, path)}`, style.fill, path);
    case 'group':
      return `${node.key}:${blockChildren(node, indent + style.unit, style, path)}`;
    case 'prose':
      return style.ready ? `${node.key}: |${style.eol}${' '.repeat(indent + style.unit)}` : `${node.key}: |`;
    default:
      return withNote(`${node.key}:${scalarValue(node, style, path)}`, style.fill, path);
  }
}
