// The reports the cell-edit protocol tests write into, and the check that an
// edit touched nothing but the cell. Cell paths are read from the example's
// own tables (every cell, 总计 included) with the yaml library, not from the
// engine's model; the variants write the same figures as flow rows with
// comments around, and as block mappings, one cell a line, each with a comment.
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { exampleText } from './texts';

export const TABLE_SECTIONS = [
  '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议、行政诉讼情况',
];

type Tree = { [key: string]: Tree | number | string | null };

/** Every table cell of the example, by key path, in file order. */
export function cellPaths(): string[][] {
  const data = parse(exampleText()) as Tree;
  const paths: string[][] = [];
  const walk = (node: Tree, path: string[]): void => {
    for (const [key, value] of Object.entries(node)) {
      if (value !== null && typeof value === 'object') walk(value, [...path, key]);
      else paths.push([...path, key]);
    }
  };
  for (const section of TABLE_SECTIONS) walk(data[section] as Tree, [section]);
  return paths;
}

const TRAILING = '  # 台账核对';

/** The example with a comment line above and a comment after every table line (rows stay flow mappings). */
export function flowWithComments(): string {
  const lines = exampleText().split('\n');
  const tables = tableLines(lines);
  return lines
    .flatMap((line, i) => {
      if (!tables.has(i) || !/: \S/.test(line)) return [line];
      const indent = /^ */.exec(line)![0];
      return [`${indent}# 第 ${i + 1} 行，据台账`, line + TRAILING];
    })
    .join('\n');
}

/** The example with its tables written as block mappings, one cell a line, each with a comment; blanks as `key:`. */
export function blockWithComments(blankAll = false): string {
  const lines = exampleText().split('\n');
  const tables = [...tableLines(lines)];
  const data = parse(exampleText()) as Tree;
  const out: string[] = [];
  const emit = (node: Tree, indent: number): void => {
    for (const [key, value] of Object.entries(node)) {
      const pad = ' '.repeat(indent);
      if (value !== null && typeof value === 'object') {
        out.push(`${pad}# ${key}`, `${pad}${key}:`);
        emit(value, indent + 2);
      } else {
        const shown = value === null || blankAll ? '' : ` ${String(value)}`;
        out.push(`${pad}${key}:${shown}${TRAILING}`);
      }
    }
  };
  for (const section of TABLE_SECTIONS) emit({ [section]: data[section]! }, 0);
  return [...lines.slice(0, tables[0]!), ...out, ...lines.slice(tables[tables.length - 1]! + 1)].join('\n');
}

/** Indexes of the lines of the three table sections (their keys included). */
function tableLines(lines: string[]): Set<number> {
  const found = new Set<number>();
  let inside = false;
  lines.forEach((line, i) => {
    if (/^\S/.test(line)) inside = TABLE_SECTIONS.some((s) => line.startsWith(`${s}:`));
    if (inside) found.add(i);
  });
  return found;
}

/** The text without the cell at `path` (its `key: value` and separator; its whole line in block style). */
export function withoutCell(text: string, path: string[]): string {
  const key = path[path.length - 1]!;
  const lines = text.split('\n');
  const at = lineOfPath(lines, path);
  const line = lines[at]!;
  if (line.startsWith(`${' '.repeat((path.length - 1) * 2)}${key}:`)) {
    lines.splice(at, 1);
    return lines.join('\n');
  }
  // A flow row: `, key: value`, or `key: value, ` right after its `{`.
  const row = line.indexOf('{');
  const inner = line.slice(row);
  const k = escape(key);
  const middle = new RegExp(`, ${k}: [^,}]*`);
  const first = new RegExp(`^\\{${k}: [^,}]*, `);
  const without = middle.test(inner) ? inner.replace(middle, '') : inner.replace(first, '{');
  assert.notEqual(without, inner, `${path.join(' › ')} is in its row`);
  lines[at] = line.slice(0, row) + without;
  return lines.join('\n');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The 0-based line of the cell at `path` (its row's line for a flow row). */
export function lineOfPath(lines: string[], path: string[]): number {
  let at = -1;
  for (let depth = 0; depth < path.length; depth++) {
    const indent = ' '.repeat(depth * 2);
    // Only within the parent's block: the lines after it that are indented deeper.
    let found = -1;
    for (let i = at + 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (depth > 0 && /^\s*[^\s#]/.test(line) && !line.startsWith(indent)) break;
      if (line.startsWith(`${indent}${path[depth]}:`)) {
        found = i;
        break;
      }
    }
    if (found < 0) return at; // a cell inside a flow row
    at = found;
  }
  return at;
}

export function valueAt(data: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
}

/** The parsed data with the cell at `path` set to `value`. */
export function withValue(data: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    // A group whose only key was taken out reads as null.
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
  return copy;
}

/** The changed span of two texts: what was removed and what was put in its place. */
export function changedSpan(before: string, after: string): { removed: string; added: string } {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < max - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { removed: before.slice(head, before.length - tail), added: after.slice(head, after.length - tail) };
}

/**
 * Asserts that `after` is `before` with only the value of the cell at `path`
 * changed to `value` (null: blank): the same data elsewhere, and the text
 * changed in one span, on one line, that holds no key, comment or punctuation.
 */
export function assertOnlyValueChanged(before: string, after: string, path: string[], value: number | null): void {
  assert.deepEqual(parse(after), withValue(parse(before), path, value), `${path.join(' › ')}: the data`);
  const { removed, added } = changedSpan(before, after);
  for (const part of [removed, added])
    assert.match(
      part,
      /^[ 0-9.~a-z]*$/,
      `${path.join(' › ')}: only the value changed (${JSON.stringify({ removed, added })})`,
    );
}
