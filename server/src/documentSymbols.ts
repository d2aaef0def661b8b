// Outline: sections › tables › rows, named by their official numbered labels
// (一、总体情况 › （三）不予公开 › 1.属于国家秘密). Rows are leaves: their
// columns are cells, not places to navigate to.
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { CheckResult } from './core/engine';
import { LineIndex } from './core/lineIndex';
import { FormatNode, printedLabel } from './core/model';
import { YEntry, YNode } from './core/yamlTree';
import { isSection } from './describe';

function symbolKindOf(node: FormatNode | undefined): SymbolKind {
  if (!node) return SymbolKind.Key;
  if (isSection(node)) return node.kind === 'prose' ? SymbolKind.String : SymbolKind.Module;
  switch (node.kind) {
    case 'group':
      return SymbolKind.Namespace;
    case 'row':
      return SymbolKind.Struct;
    case 'count':
    case 'amount':
      return SymbolKind.Field;
    default:
      return SymbolKind.Property;
  }
}

function detailOf(entry: YEntry): string | undefined {
  const node = entry.format;
  const v = entry.value;
  if (
    node &&
    (node.kind === 'text' ||
      node.kind === 'year' ||
      node.kind === 'format' ||
      node.kind === 'date' ||
      node.kind === 'count' ||
      node.kind === 'amount')
  ) {
    return v.kind === 'scalar' && v.value !== null ? String(v.value) : undefined;
  }
  if (!node) return '（格式中没有此项）';
  return undefined;
}

function symbolsOf(map: YNode, text: string, lines: LineIndex): DocumentSymbol[] {
  if (map.kind !== 'map') return [];
  const symbols: DocumentSymbol[] = [];
  for (const entry of map.entries) {
    const node = entry.format;
    const selectionRange = lines.range(entry.keyStart, entry.keyEnd);
    const range = lines.range(entry.keyStart, Math.max(entry.keyEnd, trimmedEnd(text, entry.value)));
    const symbol: DocumentSymbol = {
      name: node ? printedLabel(node) : entry.key || '（空键）',
      kind: symbolKindOf(node),
      range,
      selectionRange,
    };
    const detail = detailOf(entry);
    if (detail !== undefined) symbol.detail = detail;
    if (node?.kind === 'group' && entry.value.kind === 'map') symbol.children = symbolsOf(entry.value, text, lines);
    symbols.push(symbol);
  }
  return symbols;
}

/** A value's end without trailing line ends and spaces (block values run into the next line). */
function trimmedEnd(text: string, value: YNode): number {
  let end = value.end;
  while (end > value.start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

export function provideDocumentSymbols(result: CheckResult): DocumentSymbol[] {
  const report = result.report;
  if (!report) return [];
  return symbolsOf(report.root, report.text, report.lines);
}
