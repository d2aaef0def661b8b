// The preview's page: the engine's one page builder (the same styles and
// Content-Security-Policy as the export), with the webview script by nonce.
// The body comes from the server's renderer and is patched in place afterwards.
import * as vscode from 'vscode';
import { htmlDocument } from '../../../server/src/shared/page';
import type { PreviewState } from './messages';
import { makeNonce } from './security';

export function previewShell(
  webview: vscode.Webview,
  extensionUri: vscode.Uri,
  state: PreviewState,
  title: string,
  body: string,
  version: number,
): string {
  return htmlDocument(
    // The root the webview script patches; its id survives every update, its
    // data-version follows the document version each body was rendered from.
    { title, body: `<main id="xxgk-root" data-version="${version}">${body}</main>` },
    {
      standalone: false,
      nonce: makeNonce(),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview.js')).toString(),
      // The state travels as an escaped attribute, never as inline script.
      bodyAttributes: { 'data-state': JSON.stringify(state) },
    },
  );
}
