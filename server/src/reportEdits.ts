// Engine offsets to editor positions. The engine works on the text with a
// leading BOM removed; the editor's document may still hold it, so offsets
// are moved by one where it does.
import { Position, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { OffsetEdit } from './core/findings';

function bomLength(doc: TextDocument): number {
  return doc.getText({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }) === '\ufeff' ? 1 : 0;
}

/** The editor position of an offset in the checked (BOM-stripped) text. */
export function positionOf(doc: TextDocument, offset: number): Position {
  return doc.positionAt(offset + bomLength(doc));
}

/**
 * Offset edits as text edits. An inserted value that starts with a space
 * loses it where the text already has one before (`科研机构: ,` becomes
 * `科研机构: 0,`, not `科研机构:  0,`).
 */
export function toTextEdits(doc: TextDocument, checkedText: string, edits: readonly OffsetEdit[]): TextEdit[] {
  const bom = bomLength(doc);
  return edits.map((edit) => {
    let newText = edit.newText;
    if (edit.start === edit.end && newText.startsWith(' ') && checkedText[edit.start - 1] === ' ') newText = newText.slice(1);
    return { range: { start: doc.positionAt(edit.start + bom), end: doc.positionAt(edit.end + bom) }, newText };
  });
}
