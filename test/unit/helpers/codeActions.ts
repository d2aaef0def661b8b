// Quick fixes computed without a server (server/src/codeActions.ts): the
// actions offered for findings, and a fix applied to the text.
import assert from 'node:assert/strict';
import { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { provideCodeActions } from '../../../server/src/codeActions';
import { checkText } from '../../../server/src/core/engine';
import { Finding } from '../../../server/src/core/findings';
import { findingsOf, NOW } from './reports';

export const URI = 'file:///test/报告.xxgk.yaml';

export function diagnosticOf(f: Finding): Diagnostic {
  return { range: f.range, message: f.message, code: f.code, source: 'xxgk' };
}

export function actions(text: string, diagnostics: Finding[], only?: string[]): CodeAction[] {
  const doc = TextDocument.create(URI, 'xxgk', 1, text);
  const result = checkText(text, { now: NOW });
  const params: CodeActionParams = {
    textDocument: { uri: URI },
    range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: diagnostics.map(diagnosticOf), only },
  };
  return provideCodeActions(doc, result, params, (next) => checkText(next, { now: NOW }));
}

export function apply(text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[URI];
  assert.ok(edits, `action ${action.title} has no edit for the document`);
  assert.deepEqual(Object.keys(action.edit!.changes!), [URI], 'one document only');
  return TextDocument.applyEdits(TextDocument.create(URI, 'xxgk', 1, text), edits);
}

/** The one finding of `code` (or the one whose message contains `about`). */
export function finding(text: string, code: Finding['code'], about?: string): Finding {
  const found = findingsOf(text, code).filter((f) => about === undefined || f.message.includes(about));
  assert.equal(found.length, 1, JSON.stringify(found, null, 1));
  return found[0]!;
}

/** Applies the preferred quick fix for one finding; asserts it is offered, preferred and carries its diagnostic. */
export function quickFix(text: string, code: Finding['code'], about?: string): { fixed: string; action: CodeAction } {
  const f = finding(text, code, about);
  const offered = actions(text, [f]);
  const preferred = offered.filter((a) => a.isPreferred);
  assert.equal(preferred.length, 1, JSON.stringify(offered.map((a) => a.title)));
  const action = preferred[0]!;
  assert.equal(action.kind, 'quickfix');
  assert.deepEqual(
    action.diagnostics?.map((d) => d.code),
    [code],
  );
  assert.match(action.title, /[\u4e00-\u9fff]/, 'titles are Chinese');
  return { fixed: apply(text, action), action };
}
