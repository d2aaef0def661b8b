// xxgk/cellEdit: the preview's typed, emptied and pasted cells as one edit of
// the open document, computed by the engine (core/edit/cellEdit.ts) on the
// version the preview showed.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cellEdits } from './core/edit/cellEdit';
import type { CellEditParams, CellEditResult } from './shared/protocol';

const STALE = '报告在编辑器中已有新的修改，这次填写没有写入，请再试一次。';

/** Whether the params are what the protocol says (a client may send anything). */
function wellFormed(params: CellEditParams): boolean {
  return (
    Array.isArray(params.cells) &&
    params.cells.every(
      (c) =>
        Array.isArray(c?.path) &&
        c.path.every((k) => typeof k === 'string') &&
        (c.value === null || typeof c.value === 'string'),
    )
  );
}

export function cellEditFor(doc: TextDocument | undefined, params: CellEditParams): CellEditResult {
  if (!wellFormed(params))
    return { refused: '填写请求的格式不对：cells 应为 {path: 字符串数组, value: 字符串或 null} 的列表。' };
  if (!doc) return { refused: '这份报告没有在编辑器中打开，无法填写。' };
  if (doc.version !== params.version) return { refused: STALE, stale: true };
  const text = doc.getText();
  const outcome = cellEdits(text, params.cells);
  if (!outcome.ok) return { refused: outcome.message, path: outcome.path ? [...outcome.path] : undefined };
  return {
    edit: {
      documentChanges: [
        {
          textDocument: { uri: doc.uri, version: doc.version },
          edits: outcome.edits.map((e) => ({
            range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) },
            newText: e.newText,
          })),
        },
      ],
    },
  };
}
