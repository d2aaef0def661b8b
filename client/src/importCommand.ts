// xxgk.import: a published report (.docx, .pdf, .html, Markdown or text) chosen by the
// user becomes a new *.xxgk.yaml document beside the source, through the
// server's importer (xxgk/import). The document opens unsaved, under a name
// no file or open document has: nothing on disk is written or replaced until
// the user saves.
import * as vscode from 'vscode';
import { importReportRequest } from '../../server/src/shared/protocol';
import type { LazyLanguageClient } from './lazyLanguageClient';

const EXTENSIONS = ['docx', 'pdf', 'html', 'htm', 'md', 'markdown', 'txt'];

function baseName(uri: vscode.Uri): string {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A path to compare: Windows' and macOS's file systems ignore case (`C:` and `c:` are one drive). */
function pathKey(uri: vscode.Uri): string {
  return process.platform === 'win32' || process.platform === 'darwin' ? uri.path.toLowerCase() : uri.path;
}

/** `<name>.xxgk.yaml` in the source's folder, or `<name>-2.xxgk.yaml`, … : the first that is neither a file nor an open document. */
async function freeTarget(source: vscode.Uri): Promise<vscode.Uri> {
  const folder = vscode.Uri.joinPath(source, '..');
  const name = baseName(source).replace(/\.xxgk$/, '');
  const open = new Set(vscode.workspace.textDocuments.map((d) => pathKey(d.uri)));
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(folder, `${name}${n === 1 ? '' : `-${n}`}.xxgk.yaml`);
    if (!open.has(pathKey(candidate)) && !(await exists(candidate))) return candidate;
  }
}

export async function importReportCommand(client: LazyLanguageClient): Promise<void> {
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Import a Published Annual Report'),
    openLabel: vscode.l10n.t('Import'),
    canSelectFiles: true,
    canSelectFolders: false,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { [vscode.l10n.t('Published reports')]: EXTENSIONS, [vscode.l10n.t('All files')]: ['*'] },
  });
  const source = picked?.[0];
  if (!source) return;
  if (source.scheme !== 'file') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Only files on disk can be imported: {0}', source.toString()));
    return;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Importing {0}…', source.fsPath) },
    () => client.request(importReportRequest, { path: source.fsPath }),
  );
  if (result.error || !result.yaml) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not import: {0}', result.error ?? ''));
    return;
  }

  const target = await freeTarget(source);
  // An untitled document bound to the target path: saving writes there; until then nothing is written.
  let document = await vscode.workspace.openTextDocument(target.with({ scheme: 'untitled' }));
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(0, 0), result.yaml);
  await vscode.workspace.applyEdit(edit);
  if (document.languageId !== 'xxgk-report')
    document = await vscode.languages.setTextDocumentLanguage(document, 'xxgk-report');
  await vscode.window.showTextDocument(document, { preview: false });

  const message = result.unmapped.length
    ? vscode.l10n.t(
        'Imported into {0} (not saved yet). Check numbers and text against the original: {1} notes are at the top of the file, {2} passages that found no place are at its end.',
        target.fsPath,
        result.notes.length,
        result.unmapped.length,
      )
    : vscode.l10n.t(
        'Imported into {0} (not saved yet). Check numbers and text against the original: {1} notes are at the top of the file.',
        target.fsPath,
        result.notes.length,
      );
  void vscode.window.showInformationMessage(message);
}
