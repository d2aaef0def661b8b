// Engine offsets to editor positions. The server checks the document's text
// as it is (a BOM included), so engine offsets are document offsets.
import { Position, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { OffsetEdit } from './core/findings';

/** The editor position of an offset in the checked text. */
export function positionOf(doc: TextDocument, offset: number): Position {
  return doc.positionAt(offset);
}

/**
 * Offset edits as text edits. An inserted value that starts with a space
 * loses it where the text already has one before (`科研机构: ,` becomes
 * `科研机构: 0,`, not `科研机构:  0,`).
 */
export function toTextEdits(doc: TextDocument, checkedText: string, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((edit) => {
    let newText = edit.newText;
    if (edit.start === edit.end && newText.startsWith(' ') && checkedText[edit.start - 1] === ' ')
      newText = newText.slice(1);
    return { range: { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) }, newText };
  });
}
