// Completion of statutory names by context: at the top level the metadata and
// section keys not yet present, under a group its rows, inside a row (block
// or flow) its columns; after `key:` the value skeleton. Each item carries its
// Chinese documentation and matches pinyin (full or initials) as well.
import { pinyin } from 'pinyin-pro';
import {
  CompletionItem,
  CompletionItemKind,
  CompletionList,
  InsertTextFormat,
  InsertTextMode,
  Position,
  Range,
} from 'vscode-languageserver';
import { CheckResult } from './core/engine';
import { allLabels, FormatNode, nodeAt, printedLabel, REPORT } from './core/model';
import { CursorContext, cursorContext } from './cursorContext';
import { describeKey, isSection } from './describe';
import { blockChildren, flowRow, keySkeleton } from './core/skeletonText';

const filterTexts = new Map<string, string>();

/**
 * The text an editor filters by: the label, its full pinyin, its initials,
 * and the syllables apart, so that a fuzzy matcher that wants each typed run
 * to start a word (VS Code) finds `gjmm` and `guojiamimi` in 属于国家秘密.
 */
function filterTextOf(label: string): string {
  let text = filterTexts.get(label);
  if (text === undefined) {
    const syllables = pinyin(label, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).filter((s) =>
      /^[a-z]+$/.test(s),
    );
    const initials = syllables.map((s) => s[0]).join('');
    text = [label, syllables.join(''), initials, syllables.join(' ')].filter(Boolean).join(' ');
    filterTexts.set(label, text);
  }
  return text;
}

/**
 * Computes every label's filter text ahead of the first completion: pinyin-pro
 * builds its dictionary on first use (~15–70 ms), which the user would
 * otherwise wait for on their first completion.
 */
export function warmUpCompletion(): void {
  for (const label of allLabels()) filterTextOf(label);
}

function completionKindOf(node: FormatNode): CompletionItemKind {
  if (isSection(node)) return CompletionItemKind.Module;
  switch (node.kind) {
    case 'group':
      return CompletionItemKind.Folder;
    case 'row':
      return CompletionItemKind.Struct;
    case 'count':
    case 'amount':
      return CompletionItemKind.Field;
    default:
      return CompletionItemKind.Property;
  }
}

function sortText(index: number): string {
  return String(index).padStart(3, '0');
}

interface Place {
  range: Range;
  eol: string;
}

function keyItem(path: string[], node: FormatNode, index: number, newText: string, place: Place): CompletionItem {
  return {
    label: node.key,
    labelDetails: node.numbering ? { description: printedLabel(node) } : undefined,
    kind: completionKindOf(node),
    detail: printedLabel(node),
    documentation: { kind: 'markdown', value: describeKey(path, node) },
    sortText: sortText(index),
    filterText: filterTextOf(node.key),
    textEdit: { range: place.range, newText },
    insertTextFormat: InsertTextFormat.PlainText,
    insertTextMode: InsertTextMode.asIs,
  };
}

function keyItems(ctx: Extract<CursorContext, { kind: 'key' }>, place: Place): CompletionItem[] {
  const parent = ctx.parent.length ? nodeAt(ctx.parent) : REPORT;
  if (!parent || (parent.kind !== 'group' && parent.kind !== 'row')) return [];
  const items: CompletionItem[] = [];
  (parent.children ?? []).forEach((child, index) => {
    if (ctx.present.has(child.key)) return;
    const text = ctx.keyOnly
      ? child.key
      : keySkeleton(child, ctx.indent, { unit: ctx.unit, eol: place.eol, ready: true });
    items.push(keyItem([...ctx.parent, child.key], child, index, text, place));
  });
  return items;
}

function flowItems(ctx: Extract<CursorContext, { kind: 'flowKey' }>, place: Place): CompletionItem[] {
  const row = nodeAt(ctx.row);
  if (!row || row.kind !== 'row') return [];
  const items: CompletionItem[] = [];
  (row.children ?? []).forEach((column, index) => {
    if (ctx.present.has(column.key)) return;
    let text = ctx.keyOnly ? column.key : `${column.key}: 0`;
    if (ctx.leadingSpace) text = ` ${text}`;
    text += ctx.suffix;
    items.push(keyItem([...ctx.row, column.key], column, index, text, place));
  });
  return items;
}

function valueItems(ctx: Extract<CursorContext, { kind: 'value' }>, place: Place): CompletionItem[] {
  const node = nodeAt(ctx.path);
  if (!node) return [];
  const doc = { kind: 'markdown' as const, value: describeKey(ctx.path, node) };
  const item = (label: string, detail: string, newText: string): CompletionItem => ({
    label,
    kind: CompletionItemKind.Snippet,
    detail,
    documentation: doc,
    sortText: sortText(0),
    textEdit: { range: place.range, newText },
    insertTextFormat: InsertTextFormat.PlainText,
    insertTextMode: InsertTextMode.asIs,
  });
  const space = ctx.space ? ' ' : '';
  switch (node.kind) {
    case 'row':
      return [item(flowRow(node), `「${node.key}」整行，各列填 0`, `${space}${flowRow(node)}`)];
    case 'prose':
      return [item('|', '块文本：每行一段', `${space}|${place.eol}${' '.repeat(ctx.indent + ctx.unit)}`)];
    case 'group':
      return [
        item(
          `${node.key}的全部各项`,
          `插入「${node.key}」下的全部法定项目`,
          blockChildren(node, ctx.indent + ctx.unit, { unit: ctx.unit, eol: place.eol, ready: true }),
        ),
      ];
    default:
      return [];
  }
}

export function provideCompletion(result: CheckResult, position: Position): CompletionList {
  const report = result.report;
  const empty: CompletionList = { isIncomplete: false, items: [] };
  if (!report) return empty;
  const ctx = cursorContext(report.text, report.lines, position);
  if (!ctx) return empty;
  const eol = report.text.includes('\r\n') ? '\r\n' : '\n';
  const range = ctx.kind === 'value' ? report.lines.range(ctx.at, ctx.at) : report.lines.range(ctx.start, ctx.end);
  const place = { range, eol };
  switch (ctx.kind) {
    case 'key':
      return { isIncomplete: false, items: keyItems(ctx, place) };
    case 'flowKey':
      return { isIncomplete: false, items: flowItems(ctx, place) };
    case 'value':
      return { isIncomplete: false, items: valueItems(ctx, place) };
  }
}
