// The extension's entry: starts the language server, the preview and the
// commands. Each concern lives in its own file; this one only wires them.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { ReportLanguageStatus } from './languageStatus';
import { XxgkLanguageClient } from './languageClient';
import { PreviewManager } from './preview/previewManager';

let client: XxgkLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = new XxgkLanguageClient(context);
  const previews = new PreviewManager(context, client);
  context.subscriptions.push(client, previews, new ReportLanguageStatus(), ...registerCommands(client, previews));
  // The client's start is not awaited by activation: the preview and the
  // commands work on their own, and the server comes up in the background.
  client.start().catch(() => undefined);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
