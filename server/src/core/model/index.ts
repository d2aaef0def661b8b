// Look-ups over the statutory tree by path (the chain of YAML keys).
import { REPORT, SECTIONS } from './report';
import { FormatNode } from './types';

export * from './types';
export { REPORT, SECTIONS } from './report';
export { TABLE2_HEADERS } from './table2';
export { RESULT_CATEGORIES, TABLE3_APPLICANT_COLUMNS, TABLE3_COLUMNS, TABLE3_HEADERS } from './table3';
export { TABLE4_COLUMNS, TABLE4_RESULT_COLUMNS } from './table4';

/** The statistical tables as reports and messages name them. */
export const TABLE_NAMES = { table2: '表二', table3: '表三', table4: '表四' } as const;

/** Whether two key paths are the same. */
export function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

export function childNamed(node: FormatNode, key: string): FormatNode | undefined {
  return node.children?.find((c) => c.key === key);
}

/** The format node at a path of keys, or undefined where the format has no such key. */
export function nodeAt(path: readonly string[]): FormatNode | undefined {
  let node: FormatNode | undefined = REPORT;
  for (const key of path) {
    node = node && childNamed(node, key);
    if (!node) return undefined;
  }
  return node;
}

/** The chain of format nodes along a path (without the root); stops at the first unknown key. */
export function nodesAlong(path: readonly string[]): FormatNode[] {
  const chain: FormatNode[] = [];
  let node: FormatNode | undefined = REPORT;
  for (const key of path) {
    node = node && childNamed(node, key);
    if (!node) break;
    chain.push(node);
  }
  return chain;
}

/** A node's label as printed: numbering plus printed label, e.g. '（三）不予公开'. */
export function printedLabel(node: FormatNode): string {
  return `${node.numbering ?? ''}${node.printed ?? node.key}`;
}

/**
 * Where a key stands, for messages and hovers: '表三 ·（三）不予公开 · 1.属于国家秘密'.
 * Section nodes are named by the table they hold, so that rows read as the
 * official table prints them.
 */
export function placeOf(path: readonly string[]): string {
  const chain = nodesAlong(path);
  const parts: string[] = [];
  for (const node of chain) {
    if (SECTIONS.includes(node)) {
      parts.push(node.table ? TABLE_NAMES[node.table] : printedLabel(node));
      continue;
    }
    parts.push(printedLabel(node));
  }
  return parts.join(' · ');
}

/** A short name of a cell for messages: '予以公开 · 自然人'. */
export function cellName(path: readonly string[]): string {
  const chain = nodesAlong(path);
  return chain
    .filter((n) => !SECTIONS.includes(n))
    .map((n) => n.key)
    .join(' · ');
}

/** Every statutory label anywhere in the format: the vocabulary for near-miss suggestions. */
export function allLabels(): string[] {
  const seen = new Set<string>();
  const walk = (node: FormatNode): void => {
    if (node.key) seen.add(node.key);
    node.children?.forEach(walk);
  };
  walk(REPORT);
  return [...seen];
}
