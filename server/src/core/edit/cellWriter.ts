// How a cell that the file leaves out is written in, with whatever of its
// row, table or section is missing too: only the keys on the way to the cell
// (a missing section gets only the group and the row that hold it), a row as
// one flow mapping of its required columns, blank (never a silent 0) except
// the cell typed in. The other missing keys stay missing and are reported.
import type { KeyWriter } from '../skeleton';
import { childNamed, FormatNode } from '../model';

/** A cell's `key: value` (a blank is `key:` with nothing after it). */
function cellPair(key: string, text: string | null, flow: boolean): string {
  if (text !== null) return `${key}: ${text}`;
  return flow ? `${key}: ` : `${key}:`;
}

/**
 * The writer of the missing key `path[depth]` and, under it, the keys on the
 * way to the cell at `path`, the cell written as `text` (null: blank).
 */
export function cellWriter(path: readonly string[], depth: number, text: string | null): KeyWriter {
  const cellKey = path[path.length - 1]!;
  const isCell = (at: number): boolean => at === path.length - 1;
  const row = (node: FormatNode): string => {
    const columns = (node.children ?? []).filter((c) => c.required || c.key === cellKey);
    const cells = columns.map((c) => (c.key === cellKey ? cellPair(c.key, text, true) : `${c.key}: `));
    return `${node.key}: {${cells.join(', ')}}`;
  };
  const inline = (node: FormatNode, at: number): string => {
    if (isCell(at)) return cellPair(node.key, text, true);
    if (node.kind === 'row') return row(node);
    return `${node.key}: {${inline(childNamed(node, path[at + 1]!)!, at + 1)}}`;
  };
  const block = (node: FormatNode, at: number, indent: number): string[] => {
    const pad = ' '.repeat(indent);
    if (isCell(at)) return [pad + cellPair(node.key, text, false)];
    if (node.kind === 'row') return [pad + row(node)];
    return [`${pad}${node.key}:`, ...block(childNamed(node, path[at + 1]!)!, at + 1, indent + 2)];
  };
  return { inline: (node) => inline(node, depth), block: (node, indent) => block(node, depth, indent) };
}
