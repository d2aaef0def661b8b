// Hover: on a statutory key its label, place, article and explanation; on a
// number its row and column and every computed sum it takes part in; on an
// unknown key the nearest statutory label. The parse tree is used where it
// reaches; the lines (core/keyLines) where the text does not parse.
import { Hover, Position } from 'vscode-languageserver';
import { CheckResult } from './core/engine';
import { placeAt, PlaceAt } from './core/keyLines';
import { nodeAt, REPORT } from './core/model';
import { suggestLabel } from './core/nearest';
import { entryAt, YNode } from './core/yamlTree';
import { cellLines } from './hoverCells';
import { previousLines } from './hoverPrevious';
import { proseHover } from './hoverProse';
import { markdownText } from './markdownText';
import { describeKey, table2Column, titleOf } from './describe';

/** The key or value under an offset in the parse tree. */
function treePlace(root: YNode, offset: number): PlaceAt | undefined {
  let node = root;
  const path: string[] = [];
  for (;;) {
    if (node.kind !== 'map') return undefined;
    let next: YNode | undefined;
    for (const entry of node.entries) {
      if (offset >= entry.keyStart && offset < entry.keyEnd)
        return { path: [...path, entry.key], part: 'key', start: entry.keyStart, end: entry.keyEnd };
      const v = entry.value;
      if (offset < v.start || offset >= v.end) continue;
      if (v.kind === 'map') {
        path.push(entry.key);
        next = v;
        break;
      }
      if (v.kind === 'scalar') return { path: [...path, entry.key], part: 'value', start: v.start, end: v.end };
      return undefined;
    }
    if (!next) return undefined;
    node = next;
  }
}

function unknownKey(root: YNode, path: string[]): string | undefined {
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length ? nodeAt(parentPath) : REPORT;
  if (!parent?.children) return undefined;
  const key = path[path.length - 1]!;
  const labels = parent.children.map((c) => c.key);
  // The same suggestion as the unknown-key finding: a label not yet present first.
  const siblings = parentPath.length ? entryAt(root, parentPath)?.value : root;
  const suggestion = suggestLabel(key, labels, (label) => siblings?.kind === 'map' && siblings.byKey.has(label));
  const where = parentPath.length ? `「${titleOf(parentPath, parent)}」下` : '报告顶层';
  const shown = markdownText(key);
  const lines = [`**${shown}**`, `${where}没有「${shown}」这一法定项目。`];
  if (suggestion) lines.push(`是否应为「${suggestion}」？`);
  lines.push(`此处的法定项目：${labels.join('、')}。`);
  return lines.join('\n\n');
}

function valueHover(result: CheckResult, path: string[]): string | undefined {
  const node = nodeAt(path);
  if (!node || (node.kind !== 'count' && node.kind !== 'amount')) return undefined;
  const lines = [`**${titleOf(path, node)}**`];
  const column = table2Column(path, node);
  if (node.table === 'table2') {
    lines.push(`行：${path[2]}　列：${column ?? node.key}`);
  }
  lines.push(...previousLines(result, path), ...cellLines(result.report!.root, path));
  return lines.join('\n\n');
}

export function provideHover(result: CheckResult, position: Position): Hover | null {
  const report = result.report;
  if (!report) return null;
  const offset = report.lines.offset(position);
  const place = treePlace(report.root, offset) ?? placeAt(report.text, report.lines, position);
  if (!place) return null;
  if (place.part === 'value' && nodeAt(place.path)?.kind === 'prose') return proseHover(result, offset) ?? null;
  let value: string | undefined;
  if (place.part === 'key') {
    const node = nodeAt(place.path);
    value = node ? describeKey(place.path, node) : unknownKey(report.root, place.path);
    // A cell's key stands for the cell (a blank cell has nothing else to hover): add its sums.
    const cell =
      node && (node.kind === 'count' || node.kind === 'amount')
        ? [...previousLines(result, place.path), ...cellLines(report.root, place.path)]
        : [];
    if (cell.length) value = `${value}\n\n---\n\n${cell.join('\n\n')}`;
  } else {
    value = valueHover(result, place.path);
  }
  if (!value) return null;
  return { contents: { kind: 'markdown', value }, range: report.lines.range(place.start, place.end) };
}
