// The edit of the YAML text that writes values into table cells, as the
// preview asks for them (typed, emptied or pasted): each cell's value is
// replaced where the file has the cell, and everything else in the text stays
// byte for byte (comments, key order, flow or block style, the rest of the
// line); a cell the file leaves out is added in its statutory place
// (core/skeleton.ts), with whatever of its row or section is missing.
import { parseReport } from '../engine';
import type { OffsetEdit } from '../findings';
import { nodeAt, placeOf, REPORT } from '../model';
import { insertKey } from '../skeleton';
import { isBlank } from '../values';
import { entryAt, YEntry, YNode } from '../yamlTree';
import { judgeCellInput } from './cellValue';
import { cellWriter } from './cellWriter';

export interface CellChange {
  /** The cell's key path, from the top of the file. */
  path: readonly string[];
  /** The text typed or pasted; null (or only spaces) empties the cell. */
  value: string | null;
}

export type CellEditOutcome =
  /** The edits of the text (none where every cell already holds its value). */
  | { ok: true; edits: OffsetEdit[] }
  /** Nothing is written: why, and the cell it is about (if one). */
  | { ok: false; message: string; path?: readonly string[] };

type Step = { edit?: OffsetEdit } | { message: string };

/** Syntax errors make the tree partial: no cell is written into such a text. */
const UNSAFE_CODES = new Set(['yaml-syntax', 'multi-document', 'too-large']);

/**
 * The edits that write every change into `text`. One change (or several in
 * cells the file has) gives one edit per cell; cells added to the file give
 * one edit over the span of all the changes.
 */
export function cellEdits(text: string, changes: readonly CellChange[]): CellEditOutcome {
  const wanted = new Map<string, { path: readonly string[]; text: string | null }>();
  for (const change of changes) {
    const input = judgeCellInput(change.path, change.value);
    if (!input.ok) return { ok: false, message: input.message, path: change.path };
    wanted.set(change.path.join('\u0000'), { path: change.path, text: input.text });
  }
  const parsed = parseReport(text);
  const unsafe = parsed.syntax.find((f) => UNSAFE_CODES.has(f.code));
  if (unsafe) {
    const line = parsed.lines.position(unsafe.start).line + 1;
    return { ok: false, message: `报告第 ${line} 行有错误（${unsafe.message}），请先在编辑器中改正，再在预览中填写。` };
  }
  // Cells the file has: their edits, all computed on this one parse, never overlap.
  const edits: OffsetEdit[] = [];
  const missing: { path: readonly string[]; text: string | null }[] = [];
  for (const cell of wanted.values()) {
    if (!ownEntry(parsed.root, cell.path)) {
      missing.push(cell);
      continue;
    }
    const step = cellStep(text, parsed.root, cell.path, cell.text);
    if ('message' in step) return { ok: false, message: step.message, path: cell.path };
    if (step.edit) edits.push(step.edit);
  }
  if (!missing.length) return { ok: true, edits: edits.sort((a, b) => a.start - b.start) };
  // Each added cell changes the text around the next: one at a time, each on a fresh parse.
  let next = applyEdits(text, edits);
  for (const cell of missing) {
    const step = cellStep(next, parseReport(next).root, cell.path, cell.text);
    if ('message' in step) return { ok: false, message: step.message, path: cell.path };
    if (step.edit) next = applyEdits(next, [step.edit]);
  }
  return { ok: true, edits: next === text ? [] : [spanEdit(text, next)] };
}

/** The entry of the cell where the file writes it itself (not merged in from elsewhere by `<<`). */
function ownEntry(root: YNode, path: readonly string[]): YEntry | undefined {
  const entry = entryAt(root, path);
  const parent = path.length > 1 ? entryAt(root, path.slice(0, -1))?.value : root;
  if (!entry || !parent) return undefined;
  return entry.keyStart >= parent.start && entry.keyStart < parent.end ? entry : undefined;
}

/** A mapping as its own text writes it: without the entries merged in from elsewhere (`<<: *anchor`). */
function ownKeys(node: YNode): YNode {
  if (node.kind !== 'map') return node;
  const entries = node.entries.filter((e) => e.keyStart >= node.start && e.keyStart < node.end);
  if (entries.length === node.entries.length) return node;
  const byKey = new Map<string, YEntry>();
  for (const e of entries) if (!byKey.has(e.key)) byKey.set(e.key, e);
  return { ...node, entries, byKey };
}

/** The edit of one cell in `text`: its value replaced, or the cell added where the file leaves it out. */
function cellStep(text: string, root: YNode, path: readonly string[], value: string | null): Step {
  const entry = ownEntry(root, path);
  if (entry) return replaceValue(text, root, entry, path, value);
  // An optional cell (总计) left out is computed: emptying it leaves it out.
  if (value === null && !nodeAt(path)!.required) return {};
  // The deepest key on the way that the file has, and the first one it lacks.
  let depth = path.length - 1;
  while (depth > 0 && !ownEntry(root, path.slice(0, depth))) depth--;
  const parentPath = path.slice(0, depth);
  const parent = depth > 0 ? ownEntry(root, parentPath) : undefined;
  const node = ownKeys(parent ? parent.value : root);
  const format = depth > 0 ? nodeAt(parentPath)! : REPORT;
  const edit = insertKey(text, parent, node, format, nodeAt(path.slice(0, depth + 1))!, cellWriter(path, depth, value));
  if (!edit) return { message: `「${placeOf(parentPath)}」的值不是映射，无法写入单元格，请在编辑器中修改。` };
  return { edit };
}

function replaceValue(text: string, root: YNode, entry: YEntry, path: readonly string[], value: string | null): Step {
  const node = entry.value;
  if (node.kind !== 'scalar' || node.start < entry.keyEnd)
    return { message: `「${placeOf(path)}」的值不是一个数字（是映射、列表或别名），请在编辑器中修改。` };
  if (value === null) {
    if (isBlank(node)) return {};
    const parent = entryAt(root, path.slice(0, -1))?.value ?? root;
    const flow = text[parent.start] === '{';
    const end = valueEnd(text, node.start, node.end);
    // In a flow mapping `自然人: ,` (as blanks are written there); in block style nothing after the colon.
    if (flow) return { edit: { start: node.start, end, newText: /\s/.test(text[node.start - 1] ?? '') ? '' : ' ' } };
    let start = node.start;
    while (text[start - 1] === ' ' || text[start - 1] === '\t') start--;
    return { edit: { start, end, newText: '' } };
  }
  if (node.raw === value) return {};
  if (node.raw !== '')
    return { edit: { start: node.start, end: valueEnd(text, node.start, node.end), newText: value } };
  // An empty value: after the colon and its space, keeping what follows (`, `, `}`, a comment).
  const colon = text.indexOf(':', entry.keyEnd);
  const afterColon = colon + 1;
  if (text[afterColon] === ' ' || text[afterColon] === '\t') {
    const at = afterColon + 1;
    return { edit: { start: at, end: at, newText: text[at] === '#' ? `${value} ` : value } };
  }
  return { edit: { start: afterColon, end: afterColon, newText: ` ${value}` } };
}

/** A value's end without the line breaks and spaces a block scalar takes with it. */
function valueEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** The text with non-overlapping edits applied. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** One edit from `before` to `after`: the span between their common start and common end. */
function spanEdit(before: string, after: string): OffsetEdit {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < max - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start: head, end: before.length - tail, newText: after.slice(head, after.length - tail) };
}
