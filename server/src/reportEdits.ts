// Engine offsets to editor positions, and a new text as one edit of the
// document. The server checks the document's text as it is (a BOM included),
// so engine offsets are document offsets.
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

/** The text split after each line end, so that joining the parts gives it back. */
function linesWithEnds(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * One edit that turns the document's text into `text`, over the whole lines
 * that differ, so that the cursor and folding outside them stay put.
 */
export function changedLinesEdit(doc: TextDocument, text: string): TextEdit {
  const old = doc.getText();
  const before = linesWithEnds(old);
  const after = linesWithEnds(text);
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
  const end = old.length - before.slice(before.length - tail).join('').length;
  const newText = after.slice(head, after.length - tail).join('');
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText };
}
