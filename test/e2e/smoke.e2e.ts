// Proves the e2e harness on a throwaway extension made at test time: an
// error diagnostic on each line of a *.xxgk.yaml file that contains BAD, a
// hover, completion items and a command that opens a webview. Fails (never
// skips) with a message naming what is missing when setup has not run.
//   bash scripts/e2e/setup-code-server.sh && node --import tsx --test test/e2e/*.e2e.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir, requireE2EEnv, startSession, type Session } from './harness';
import { writeVsix } from './vsix';

const EXTENSION_JS = String.raw`
const vscode = require('vscode');
exports.activate = (context) => {
  const sel = { pattern: '**/*.xxgk.yaml' };
  const diags = vscode.languages.createDiagnosticCollection('xxgk-smoke');
  const lint = (doc) => {
    if (!doc.fileName.endsWith('.xxgk.yaml')) return;
    const out = [];
    for (let i = 0; i < doc.lineCount; i++) {
      const col = doc.lineAt(i).text.indexOf('BAD');
      if (col >= 0) out.push(new vscode.Diagnostic(new vscode.Range(i, col, i, col + 3), 'smoke: BAD 不允许', vscode.DiagnosticSeverity.Error));
    }
    diags.set(doc.uri, out);
  };
  context.subscriptions.push(
    diags,
    vscode.workspace.onDidOpenTextDocument(lint),
    vscode.workspace.onDidChangeTextDocument((e) => lint(e.document)),
    vscode.languages.registerHoverProvider(sel, {
      provideHover: () => new vscode.Hover('smoke hover 悬停'),
    }),
    vscode.languages.registerCompletionItemProvider(sel, {
      provideCompletionItems: () => [new vscode.CompletionItem('smokeAlpha'), new vscode.CompletionItem('smokeBeta')],
    }),
    vscode.commands.registerCommand('xxgkSmoke.showPanel', () => {
      const panel = vscode.window.createWebviewPanel('xxgkSmoke', 'Smoke Panel', vscode.ViewColumn.Beside, {});
      panel.webview.html = '<!DOCTYPE html><html><body><table><tr><td>政府信息公开 smoke table</td></tr></table></body></html>';
    }),
  );
  vscode.workspace.textDocuments.forEach(lint);
};
exports.deactivate = () => {};
`;

function makeSmokeVsix(dir: string): Promise<string> {
  const pkg = {
    name: 'xxgk-smoke',
    publisher: 'xxgk-e2e',
    version: '0.0.1',
    engines: { vscode: '^1.85.0' },
    main: './extension.js',
    activationEvents: ['onStartupFinished'],
    contributes: {
      commands: [{ command: 'xxgkSmoke.showPanel', title: 'Show Panel', category: 'xxgk Smoke' }],
    },
  };
  return writeVsix(path.join(dir, 'xxgk-smoke-0.0.1.vsix'), {
    'package.json': JSON.stringify(pkg, null, 2),
    'extension.js': EXTENSION_JS,
  });
}

test('e2e prerequisites are installed', () => {
  // Fails with the list of what is missing and how to install it.
  requireE2EEnv();
});

test('harness drives a real VS Code: squiggle, hover, completion, typing, webview', { timeout: 300_000 }, async () => {
  const tmp = makeTempDir('xxgk-e2e-smoke-');
  const folder = path.join(tmp, 'ws');
  const vsix = await makeSmokeVsix(tmp);
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'a.xxgk.yaml'), 'year: 2023\ntitle: BAD\nnote: ok\n');

  let s: Session | undefined;
  try {
    s = await startSession({ name: 'smoke', folder, vsix: [vsix] });
    const { wb } = s;
    await wb.screenshot('workbench');

    await wb.openFile('a.xxgk.yaml');
    assert.equal(await wb.waitForSquiggles('error', 1), 1);
    await wb.screenshot('squiggle');

    // The diagnostic shows first, the hover provider's text a moment later.
    const hover = await wb.hoverOn(wb.squiggles('error').first(), /smoke hover 悬停/);
    assert.match(hover, /smoke: BAD 不允许/);
    assert.match(hover, /smoke hover 悬停/);
    await wb.screenshot('hover');
    await wb.dismiss();

    await wb.typeAt(3, 9, ' BAD');
    assert.equal(await wb.waitForSquiggles('error', 2), 2);
    assert.match(await wb.visibleText(), /note: ok BAD/);

    const items = await wb.complete(4, 1, 'smokeBeta');
    assert.ok(items.includes('smokeAlpha') && items.includes('smokeBeta'), `suggest items: ${items.join(', ')}`);
    await wb.screenshot('completion');
    await wb.dismiss();

    await wb.runCommand('xxgk Smoke: Show Panel');
    const frame = await wb.findFrameByText('政府信息公开 smoke table');
    assert.ok(frame);
    await wb.screenshot('webview');
  } catch (e) {
    if (s) await s.wb.screenshot('failure').catch(() => undefined);
    throw e;
  } finally {
    await s?.close();
    rmSync(tmp, { recursive: true, force: true });
  }
});
