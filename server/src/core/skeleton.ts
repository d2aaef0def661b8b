// Skeletons of missing keys (zeros in every required count, empty prose) and
// the edit that puts one in its official place: a missing column into its
// flow-mapping row in column order, a missing row or group on its own lines
// at the indentation of its siblings, a missing section among the sections.
// Shared by the quick fixes of the language server; no editor types here.
import type { ParsedReport } from './engine';
import { Fix, OffsetEdit } from './findings';
import { FormatNode, nodeAt, printedLabel, REPORT } from './model';
import { keySkeleton, required } from './skeletonText';
import { YEntry, YMap, YNode } from './yamlTree';
import { lineStartAt } from './lineIndex';

/** A key with its skeleton value on one line, as it stands inside a flow mapping. */
function inlineSkeleton(node: FormatNode): string {
  if (node.kind === 'row' || node.kind === 'group')
    return `${node.key}: {${required(node).map(inlineSkeleton).join(', ')}}`;
  if (node.kind === 'prose') return `${node.key}: ""`;
  return keySkeleton(node, 0, { unit: 2, eol: '\n', ready: false });
}

/** A key with its skeleton value as block lines at `indent`; rows as flow mappings. */
function blockSkeleton(node: FormatNode, indent: number): string[] {
  const pad = ' '.repeat(indent);
  return `${pad}${keySkeleton(node, indent, { unit: 2, eol: '\n', ready: false })}`.split('\n');
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** The entry whose key spans exactly [start, end), with its path. */
function entryByKeyRange(root: YNode, start: number, end: number): { entry: YEntry; path: string[] } | undefined {
  const stack: { map: YMap; path: string[] }[] = root.kind === 'map' ? [{ map: root, path: [] }] : [];
  while (stack.length) {
    const { map, path } = stack.pop()!;
    for (const entry of map.entries) {
      if (entry.keyStart === start && entry.keyEnd === end) return { entry, path: [...path, entry.key] };
      if (entry.value.kind === 'map' && entry.value.start <= start && start < entry.value.end)
        stack.push({ map: entry.value, path: [...path, entry.key] });
    }
  }
  return undefined;
}

/** Where a flow-mapping entry ends, before its `,` or `}`. */
function flowEntryEnd(text: string, entry: YEntry): number {
  if (entry.value.end > entry.value.start) return entry.value.end;
  let at = text.indexOf(':', entry.keyEnd);
  if (at < 0) return entry.keyEnd;
  at++;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

/** The start of the line after a block entry's value. */
function afterBlockEntry(text: string, entry: YEntry): number {
  const end = Math.max(entry.value.end, entry.keyEnd);
  if (end > 0 && text[end - 1] === '\n') return end;
  const nl = text.indexOf('\n', end);
  return nl < 0 ? text.length : nl + 1;
}

/** The start of an entry's own lines: its key line, and the comment lines right above it. */
function blockEntryStart(text: string, map: YMap, entry: YEntry): number {
  const before = map.entries
    .filter((e) => e.keyStart < entry.keyStart)
    .reduce((end, e) => Math.max(end, e.value.end), map.start);
  let start = lineStartAt(text, entry.keyStart);
  while (start > 0) {
    const prev = lineStartAt(text, start - 1);
    if (prev < before || !/^[ \t]*#/.test(text.slice(prev, start))) break;
    start = prev;
  }
  return start;
}

/** New lines at a line start; at the end of a file without a final line end, the line end goes first. */
function atEnd(text: string, at: number, lines: string[], eol: string): string {
  const unterminated = at === text.length && at > 0 && text[at - 1] !== '\n';
  return unterminated ? eol + lines.join(eol) : lines.join(eol) + eol;
}

/** How an inserted key is written: on one line inside a flow mapping, or as block lines at an indent. */
export interface KeyWriter {
  inline(node: FormatNode): string;
  block(node: FormatNode, indent: number): string[];
}

const SKELETON: KeyWriter = { inline: inlineSkeleton, block: blockSkeleton };

/**
 * The edit that inserts the key `missing` (written by `writer`) into `node`,
 * the value of `parent` (undefined at the top level) whose format is
 * `format`, in official order; undefined where the value takes no key (a list).
 */
export function insertKey(
  text: string,
  parent: YEntry | undefined,
  node: YNode,
  format: FormatNode,
  missing: FormatNode,
  writer: KeyWriter = SKELETON,
): OffsetEdit | undefined {
  const { inline, block } = writer;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const order = (format.children ?? []).map((c) => c.key);
  if (node.kind === 'map') {
    const index = order.indexOf(missing.key);
    const present = (keys: string[]): YEntry | undefined =>
      keys.map((k) => node.byKey.get(k)).find((e) => e !== undefined);
    const next = present(order.slice(index + 1));
    const prev = present(order.slice(0, index).reverse());
    const last = node.entries[node.entries.length - 1];
    if (text[node.start] === '{') {
      if (next) return { start: next.keyStart, end: next.keyStart, newText: `${inline(missing)}, ` };
      const after = prev ?? last;
      if (!after) return { start: node.start + 1, end: node.start + 1, newText: inline(missing) };
      const at = flowEntryEnd(text, after);
      return { start: at, end: at, newText: `, ${inline(missing)}` };
    }
    const first = node.entries[0]!;
    const lines = block(missing, first.keyStart - lineStartAt(text, first.keyStart));
    // After the sibling that precedes it in official order, else before the one that follows it.
    const at = prev
      ? afterBlockEntry(text, prev)
      : next
        ? blockEntryStart(text, node, next)
        : afterBlockEntry(text, last!);
    return { start: at, end: at, newText: atEnd(text, at, lines, eol) };
  }
  if (node.kind !== 'scalar') return undefined;
  if (!parent) {
    // An empty file (or one with comments only): the sections go at its end.
    return { start: text.length, end: text.length, newText: atEnd(text, text.length, block(missing, 0), eol) };
  }
  // A blank where a mapping belongs: the children go on the lines below the key.
  const lines = block(missing, parent.keyStart - lineStartAt(text, parent.keyStart) + 2);
  const end = lineEnd(text, parent.keyEnd);
  if (node.raw === '') return { start: end, end, newText: eol + lines.join(eol) };
  if (text.slice(node.end, end).trim() !== '') return undefined;
  let start = node.start;
  while (text[start - 1] === ' ' || text[start - 1] === '\t') start--;
  return { start, end, newText: eol + lines.join(eol) };
}

/**
 * The fix for a `missing-key` finding (given by its offsets and the missing key):
 * insert the missing key's skeleton where the official order puts it.
 */
export function missingKeyFix(
  report: ParsedReport,
  start: number,
  end: number,
  key: string,
): (Fix & { key: string; parentPath: string[] }) | undefined {
  const found = start === end ? undefined : entryByKeyRange(report.root, start, end);
  if (start !== end && !found) return undefined;
  const path = found?.path ?? [];
  const format = path.length ? nodeAt(path) : REPORT;
  const node = found ? found.entry.value : report.root;
  const missing = format?.children?.find(
    (c) => c.required && !(node.kind === 'map' && node.byKey.has(c.key)) && c.key === key,
  );
  if (!format || !missing) return undefined;
  const edit = insertKey(report.text, found?.entry, node, format, missing);
  if (!edit) return undefined;
  return { title: `插入「${printedLabel(missing)}」`, edits: [edit], key: missing.key, parentPath: path };
}
