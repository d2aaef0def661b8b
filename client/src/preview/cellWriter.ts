// Writes the cells typed, emptied or pasted in the preview into the report:
// the language server computes the edit of the YAML from the cells' key paths
// (xxgk/cellEdit), and it is applied with workspace.applyEdit, so the editor's
// undo takes each edit back in one step and the file is dirty as after typing.
import * as vscode from 'vscode';
import { cellEditRequest, type CellWorkspaceEdit } from '../../../server/src/shared/protocol';
import type { LazyLanguageClient } from '../lazyLanguageClient';
import type { CellValue } from './messages';

/** A new version of the document can come between the server's answer and the edit: asked again this often. */
const ATTEMPTS = 3;

export interface WriteOutcome {
  refused?: string;
  /** The cell the refusal is about (its data-path). */
  path?: string;
}

export async function writeCells(
  client: LazyLanguageClient,
  uri: vscode.Uri,
  cells: readonly CellValue[],
): Promise<WriteOutcome> {
  const request = cells.map((c) => ({ path: c.path.split('/'), value: c.value }));
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const document = await vscode.workspace.openTextDocument(uri);
    const result = await client.request(cellEditRequest, {
      uri: uri.toString(),
      version: document.version,
      cells: request,
    });
    if ('refused' in result) {
      if (result.stale) continue;
      return { refused: result.refused, path: result.path?.join('/') };
    }
    const edit = toWorkspaceEdit(uri, result.edit);
    if (edit.size === 0) return {};
    // The edit is for the version the server saw; VS Code refuses it on any other.
    if (
      document.version === result.edit.documentChanges[0]?.textDocument.version &&
      (await vscode.workspace.applyEdit(edit))
    )
      return {};
  }
  return {
    refused: vscode.l10n.t('The report changed while the cells were being written; nothing was written. Try again.'),
  };
}

function toWorkspaceEdit(uri: vscode.Uri, lsp: CellWorkspaceEdit): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const change of lsp.documentChanges) {
    for (const e of change.edits) {
      const range = new vscode.Range(
        e.range.start.line,
        e.range.start.character,
        e.range.end.line,
        e.range.end.character,
      );
      edit.replace(uri, range, e.newText);
    }
  }
  return edit;
}
