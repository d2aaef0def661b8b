// The preview's page shell: the report's own styles (the same as the export)
// and the webview script, under a strict Content-Security-Policy. The body
// comes from the server's renderer and is patched in place afterwards.
import * as vscode from 'vscode';
import { REPORT_CSS } from '../../../server/src/core/render/styles';
import { makeNonce } from './security';
import type { PreviewState } from './messages';

export function previewShell(webview: vscode.Webview, extensionUri: vscode.Uri, state: PreviewState, body: string): string {
  const nonce = makeNonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview.js'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  // The state travels as a data attribute, escaped, never as inline script.
  const stateAttr = JSON.stringify(state).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">${REPORT_CSS}</style>
</head>
<body class="xxgk-webview" data-state="${stateAttr}">
<main id="xxgk-root">${body}</main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
