/// <reference types="mocha" />
// The xxgk extension through the `vscode` API, in a real VS Code (run by
// runTest.ts with @vscode/test-electron; the workspace folder holds copies of
// the two examples). Diagnostics, hover, completion, live re-checking and the
// preview command, as the language client and the editor see them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { WITHHELD } from '../../unit/helpers/labels';

const EXTENSION_ID = 'xxgk.xxgk';
const LANGUAGE_ID = 'xxgk-report';
const XICHENG = '2023-西城区民政局.xxgk.yaml';
const WITH_ERRORS = '带错误的示例.xxgk.yaml';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'runTest.ts opens a workspace folder with the examples');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function openReport(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** The xxgk diagnostics of `uri` once `ready` holds for them (they come from the server, asynchronously). */
async function diagnostics(
  uri: vscode.Uri,
  ready: (ds: vscode.Diagnostic[]) => boolean,
  timeout = 30_000,
): Promise<vscode.Diagnostic[]> {
  const read = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'xxgk');
  const deadline = Date.now() + timeout;
  for (;;) {
    const ds = read();
    if (ready(ds)) return ds;
    if (Date.now() > deadline) {
      throw new Error(
        `diagnostics of ${uri.path} not as expected within ${timeout} ms: ${JSON.stringify(ds.map((d) => [d.range.start.line, codeOf(d), d.message]))}`,
      );
    }
    await new Promise<void>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics(() => {
        sub.dispose();
        resolve();
      });
      setTimeout(() => {
        sub.dispose();
        resolve();
      }, 250);
    });
  }
}

const summary = (ds: vscode.Diagnostic[]) =>
  ds
    .map((d) => ({ line: d.range.start.line, code: codeOf(d), severity: d.severity }))
    .sort((a, b) => a.line - b.line || a.code.localeCompare(b.code));

function lineIndex(document: vscode.TextDocument, needle: string): number {
  for (let i = 0; i < document.lineCount; i++) if (document.lineAt(i).text.includes(needle)) return i;
  throw new Error(`no line contains ${needle}`);
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** The text of the hovers VS Code shows at a position. */
async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    position,
  );
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

suite('xxgk in VS Code', function () {
  this.timeout(90_000);

  suiteTeardown(async () => {
    // Every test leaves its documents saved; close what is open, bounded in time.
    await Promise.race([
      vscode.commands.executeCommand('workbench.action.closeAllEditors'),
      new Promise((r) => setTimeout(r, 10_000)),
    ]);
  });

  test('the extension is installed, activates on a report and registers its commands', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const editor = await openReport(XICHENG);
    assert.strictEqual(editor.document.languageId, LANGUAGE_ID);
    await extension.activate();
    assert.ok(extension.isActive);
    const commands = await vscode.commands.getCommands(true);
    for (const command of [
      'xxgk.showPreview',
      'xxgk.showPreviewToSide',
      'xxgk.exportHtml',
      'xxgk.exportDocx',
      'xxgk.exportPdf',
      'xxgk.newReport',
      'xxgk.restartServer',
    ]) {
      assert.ok(commands.includes(command), `command ${command} is registered`);
    }
  });

  test('diagnostics: the example with errors has its 6 errors and 2 warnings, on their lines, in Chinese', async () => {
    const { document } = await openReport(WITH_ERRORS);
    const ds = await diagnostics(document.uri, (d) => d.length >= 8);
    const E = vscode.DiagnosticSeverity.Error;
    const W = vscode.DiagnosticSeverity.Warning;
    assert.deepStrictEqual(summary(ds), [
      { line: lineIndex(document, '行政许可: 12件'), code: 'not-a-count', severity: E },
      { line: lineIndex(document, '本年新收政府信息公开申请数量:'), code: 'row-total', severity: E },
      { line: lineIndex(document, '    不予公开:'), code: 'missing-key', severity: E },
      { line: lineIndex(document, '其他法律行政止公开:'), code: 'unknown-key', severity: E },
      { line: lineIndex(document, '科研机构: , 社会公益组织'), code: 'blank-cell', severity: W },
      { line: lineIndex(document, '  结转下年度继续办理:'), code: 'balance', severity: E },
      { line: lineIndex(document, '行政复议: {结果维持: ３'), code: 'not-a-count', severity: E },
      { line: lineIndex(document, '存在的主要问题及改进情况:'), code: 'empty-section', severity: W },
    ]);
    const permits = ds.find((d) => d.range.start.line === lineIndex(document, '行政许可: 12件'));
    assert.ok(permits);
    assert.match(permits.message, /「第二十条第（五）项 · 行政许可」应为非负整数.*这里是「12件」。是否应为 12？/);
    // The squiggle covers the value, not the whole line.
    assert.strictEqual(document.getText(permits.range), '12件');
  });

  test('diagnostics: the 西城 report has only the 7 blank-cell warnings of its original', async () => {
    const { document } = await openReport(XICHENG);
    const ds = await diagnostics(document.uri, (d) => d.length >= 7);
    assert.strictEqual(ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length, 0);
    assert.deepStrictEqual(
      summary(ds).map((d) => [d.line, d.code, d.severity]),
      [45, 46, 47, 49, 50, 51, 52].map((line) => [line, 'blank-cell', vscode.DiagnosticSeverity.Warning]),
    );
    for (const d of ds) assert.match(d.message, /是空白单元格。统计表不应留空：没有发生请填 0。/);
  });

  test('diagnostics follow edits: fixing 12件 → 12 removes that error, and only it', async () => {
    const { document } = await openReport(WITH_ERRORS);
    await diagnostics(document.uri, (d) => d.length >= 8);
    const line = lineIndex(document, '行政许可: 12件');
    const at = document.lineAt(line).text.indexOf('件');
    const edit = new vscode.WorkspaceEdit();
    edit.delete(document.uri, new vscode.Range(line, at, line, at + 1));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const ds = await diagnostics(document.uri, (d) => !d.some((x) => x.range.start.line === line));
    assert.strictEqual(ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length, 5);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await diagnostics(document.uri, (d) => d.some((x) => x.range.start.line === line && codeOf(x) === 'not-a-count'));
  });

  test('hover: a statutory row explains its place, its article and its columns', async () => {
    const { document } = await openReport(XICHENG);
    const line = lineIndex(document, '属于国家秘密:');
    const text = await hoverText(document, new vscode.Position(line, 8));
    assert.match(text, /表三 ·（三）不予公开 · 1\.属于国家秘密/);
    assert.match(text, /第十四条/);
    assert.match(text, /自然人、商业企业/);
  });

  test('hover: a number shows its row, its column and the sums it is part of', async () => {
    const { document } = await openReport(XICHENG);
    const line = lineIndex(document, '属于国家秘密:');
    const text = await hoverText(
      document,
      new vscode.Position(line, document.lineAt(line).text.indexOf('自然人: 0') + 5),
    );
    assert.match(text, /行：1\.属于国家秘密　列：自然人/);
    assert.match(text, /本格：0/);
    assert.match(
      text,
      /本行总计：自然人 0 \+ 商业企业 0 \+ 科研机构 0 \+ 社会公益组织 0 \+ 法律服务机构 0 \+ 其他 0 = 0；填写的总计 0　✓ 相符/,
    );
  });

  test('completion: on a new line under 不予公开, exactly the missing statutory row', async () => {
    const source = await vscode.workspace.openTextDocument(workspaceFile(XICHENG));
    const lines = source.getText().split('\n');
    const without = lines.filter((l) => !l.includes('属于行政执法案卷:'));
    const at = without.findIndex((l) => l.includes('属于行政查询事项:'));
    without.splice(at, 0, '      ');
    // A report on disk (not an untitled one: nothing is left unsaved).
    const uri = workspaceFile('缺一行.xxgk.yaml');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(without.join('\n')));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(document.languageId, LANGUAGE_ID);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      new vscode.Position(at, 6),
    );
    const labels = (list?.items ?? []).map(labelOf);
    assert.deepStrictEqual(
      labels.filter((l) => WITHHELD.includes(l)),
      ['属于行政执法案卷'],
      `completion items: ${labels.join(', ')}`,
    );
    const item = list!.items.find((i) => labelOf(i) === '属于行政执法案卷')!;
    const inserted =
      item.textEdit instanceof vscode.TextEdit
        ? item.textEdit.newText
        : typeof item.insertText === 'string'
          ? item.insertText
          : item.insertText?.value;
    assert.match(
      inserted ?? '',
      /^属于行政执法案卷: \{自然人: 0, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0\}/,
    );
  });

  test('the preview command opens the report, rendered, beside the editor', async () => {
    const editor = await openReport(XICHENG);
    await vscode.commands.executeCommand('xxgk.showPreviewToSide');
    const title = '北京市西城区民政局2023年政府信息公开工作年度报告';
    const deadline = Date.now() + 30_000;
    let tab: vscode.Tab | undefined;
    // The panel is titled after the file at once, after the report's own
    // title once the language server has rendered it.
    while (Date.now() < deadline) {
      tab = vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('xxgk.preview'));
      if (tab?.label.includes(title)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(tab, 'a preview tab is open');
    assert.ok(tab.label.includes(title), `preview tab label: ${tab.label}`);
    assert.notStrictEqual(tab.group.viewColumn, editor.viewColumn, 'the preview is beside the editor');
  });

  test('workspace diagnostics: a report written into the workspace is checked unopened; deleted, its problems go', async () => {
    const uri = workspaceFile('未打开.xxgk.yaml');
    await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(workspaceFile(XICHENG)));
    const ds = await diagnostics(uri, (d) => d.length === 7);
    assert.ok(ds.every((d) => codeOf(d) === 'blank-cell'));
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'never opened');
    await vscode.workspace.fs.delete(uri);
    await diagnostics(uri, (d) => d.length === 0);
  });
});
