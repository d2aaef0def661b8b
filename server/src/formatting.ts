// Format Document: core/format does the work (the CLI shares it); this turns
// its output into one text edit over the lines that changed, so the cursor
// and folding outside them stay put. The layout is fixed (two-space indents,
// as YAML reports are written), so the editor's tab options are not used.
import { FormattingOptions, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatText } from './core/format';

/** The text split after each line end, so that joining the parts gives it back. */
function linesWithEnds(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export function formatReport(doc: TextDocument, _options: FormattingOptions): TextEdit[] {
  const text = doc.getText();
  const formatted = formatText(text);
  if (formatted === undefined || formatted === text) return [];
  const before = linesWithEnds(text);
  const after = linesWithEnds(formatted);
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  const start = before.slice(0, head).join('').length;
  const end = text.length - before.slice(before.length - tail).join('').length;
  const newText = after.slice(head, after.length - tail).join('');
  return [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText }];
}
