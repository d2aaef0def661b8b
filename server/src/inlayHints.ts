// Inlay hints for the sums a reader would otherwise add up by hand: the
// computed 总计 after each table row that leaves it out (the preview and the
// exports print that number), and on 本年度办理结果 the per-column sums of
// （一）…（六） that the 勾稽关系 compares. Numbers come from core/tables, the
// same place the checks take them from, so a hint never disagrees with a finding.
import { InlayHint, Position, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resultSum } from './core/tables';
import type { CheckResult } from './core/engine';
import { TABLE3_COLUMNS } from './core/model';
import { OUTCOMES, readTable3, readTable4, REQUESTS, Row, TOTAL, totalOf } from './core/tables';
import { entryAt, YEntry } from './core/yamlTree';
import { positionOf } from './reportEdits';

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function inRange(position: Position, range: Range): boolean {
  return !before(position, range.start) && !before(range.end, position);
}

/** Where a hint about an entry goes: after its flow mapping, else at the end of its key line. */
function hintPosition(doc: TextDocument, text: string, entry: YEntry): Position {
  const value = entry.value;
  if (value.kind === 'map' && text[value.start] === '{') return positionOf(doc, value.end);
  const line = positionOf(doc, entry.keyEnd).line;
  const next = doc.offsetAt({ line: line + 1, character: 0 });
  const lineText = doc.getText({ start: { line, character: 0 }, end: doc.positionAt(next) }).replace(/\r?\n$/, '');
  return { line, character: lineText.length };
}

function rowTotalHint(doc: TextDocument, text: string, row: Row): InlayHint | undefined {
  if (!row.entry || row.cells.get(TOTAL)?.entry) return undefined;
  const total = totalOf(row);
  if (total === undefined) return undefined;
  const parts = row.parts.map((c) => c.key).join('、');
  return {
    position: hintPosition(doc, text, row.entry),
    label: `总计 ${total}`,
    paddingLeft: true,
    tooltip: `本行未填总计，按${parts}之和计算；预览和导出打印此数。`,
  };
}

function outcomesHint(doc: TextDocument, result: CheckResult): InlayHint | undefined {
  const report = result.report!;
  const entry = entryAt(report.root, [REQUESTS, OUTCOMES]);
  if (!entry) return undefined;
  const table = readTable3(report.root);
  const sums = TABLE3_COLUMNS.map((c) => `${c.key} ${resultSum(table, c.key) ?? '?'}`);
  return {
    position: hintPosition(doc, report.text, entry),
    label: `办理结果合计：${sums.join('，')}`,
    paddingLeft: true,
    tooltip: '（一）至（六）各项之和，即勾稽关系中与“（七）总计”比对的数；“?”表示该列有空白或不是数字的单元格。',
  };
}

export function provideInlayHints(doc: TextDocument, result: CheckResult, range: Range): InlayHint[] {
  const report = result.report;
  if (!report) return [];
  const table3 = readTable3(report.root);
  const rows = [
    table3.received,
    table3.carriedIn,
    ...table3.results,
    table3.resultsTotal,
    table3.carriedOut,
    ...readTable4(report.root),
  ];
  const hints = rows.map((row) => rowTotalHint(doc, report.text, row));
  hints.push(outcomesHint(doc, result));
  return hints
    .filter((h): h is InlayHint => h !== undefined && inRange(h.position, range))
    .sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
