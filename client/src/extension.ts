// The extension's entry: starts the language server, the preview and the
// commands. Each concern lives in its own file; this one only wires them.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { ReportLanguageStatus } from './languageStatus';
import { LazyLanguageClient } from './lazyLanguageClient';
import { PreviewManager } from './preview/previewManager';
import { registerPreviousYearToggle } from './previousYearToggle';

let client: LazyLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = new LazyLanguageClient(context);
  const previews = new PreviewManager(context, client);
  context.subscriptions.push(
    client,
    previews,
    new ReportLanguageStatus(),
    ...registerCommands(context, client, previews),
  );
  context.subscriptions.push(registerPreviousYearToggle());
  // The client is loaded and started once activation has returned: the preview
  // and the commands work on their own, and the server comes up in the background.
  const started = client;
  setTimeout(() => started.start().catch(() => undefined), 0);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
