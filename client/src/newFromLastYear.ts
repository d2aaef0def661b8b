// xxgk.newReport › 'From the report of the year before…': pick last year's report, and
// next year's is written beside it ({年度}-{机关}.xxgk.yaml) as `xxgk new
// --from` makes it, then opened. Never overwrites a file.
import * as vscode from 'vscode';
import { newReportFromRequest } from '../../server/src/shared/protocol';
import type { LazyLanguageClient } from './lazyLanguageClient';

/** File names may not hold these on Windows, where most reports are written. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '');
}

/** Asks whether to start empty or from last year's report; undefined when dismissed. */
export async function pickNewReportKind(): Promise<'empty' | 'fromLastYear' | undefined> {
  const items: (vscode.QuickPickItem & { kind_: 'empty' | 'fromLastYear' })[] = [
    {
      label: vscode.l10n.t('From the report of the year before…'),
      detail: vscode.l10n.t('Agency and year + 1 from it, its carry-over as 上年结转, its 前言 with the year moved on'),
      kind_: 'fromLastYear',
    },
    { label: vscode.l10n.t('Empty report'), detail: vscode.l10n.t('Asks for the agency and the year'), kind_: 'empty' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('New Annual Report') });
  return picked?.kind_;
}

export async function newReportFromLastYear(client: LazyLanguageClient): Promise<void> {
  const active = vscode.window.activeTextEditor?.document;
  const files = await vscode.window.showOpenDialog({
    canSelectFiles: true,
    canSelectFolders: false,
    canSelectMany: false,
    defaultUri: active?.languageId === 'xxgk-report' ? active.uri : vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { [vscode.l10n.t('Annual reports')]: ['yaml', 'yml'] },
    openLabel: vscode.l10n.t('Use as the Report of the Year Before'),
  });
  const source = files?.[0];
  if (!source) return;
  const made = await client.request(newReportFromRequest, { path: source.fsPath });
  if (!made) return;
  if ('error' in made) {
    void vscode.window.showErrorMessage(made.error);
    return;
  }
  const folder = vscode.Uri.joinPath(source, '..');
  const target = vscode.Uri.joinPath(folder, `${made.year}-${safeFileName(made.agency)}.xxgk.yaml`);
  try {
    await vscode.workspace.fs.stat(target);
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists; it was not overwritten.', target.fsPath));
    return;
  } catch {
    // Not there yet: the only case in which we write.
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(made.text));
  await vscode.window.showTextDocument(target);
}
