// Format Document: core/format does the work (the CLI shares it); this turns
// its output into one text edit over the lines that changed, so the cursor
// and folding outside them stay put. The layout is fixed (two-space indents,
// as YAML reports are written), so the editor's tab options are not used.
import { FormattingOptions, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatText } from './core/format';
import { changedLinesEdit } from './reportEdits';

export function formatReport(doc: TextDocument, _options: FormattingOptions): TextEdit[] {
  const text = doc.getText();
  const formatted = formatText(text);
  if (formatted === undefined || formatted === text) return [];
  return [changedLinesEdit(doc, formatted)];
}
