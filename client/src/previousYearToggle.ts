// xxgk.togglePreviousYear (the button in the preview's title bar): flips
// `xxgk.preview.showPreviousYear`. The server reads the setting and renders
// last year's figures beside this year's; the preview re-renders on the change.
import * as vscode from 'vscode';

const SECTION = 'xxgk.preview';
const KEY = 'showPreviousYear';

export function registerPreviousYearToggle(): vscode.Disposable {
  return vscode.commands.registerCommand('xxgk.togglePreviousYear', async () => {
    const config = vscode.workspace.getConfiguration(SECTION);
    const shown = config.get<boolean>(KEY, false);
    // Where the workspace sets it, change it there; else for the user.
    const inspected = config.inspect<boolean>(KEY);
    const target =
      inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
    await config.update(KEY, !shown, target);
  });
}
