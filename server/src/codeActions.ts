// Quick fixes for the engine's findings, a suppression for each, and one
// "fix all" source action (fixAll.ts). The fixes themselves are computed by
// the engine (row-total, result-total, not-a-count, unknown-key, blank-cell)
// or by core/skeleton (missing-key); this module only matches diagnostics to
// findings and turns offset edits into one WorkspaceEdit per action. Which
// codes a comment may suppress, the registry of checks says.
import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleOf } from './core/checks/registry';
import type { CheckResult, ParsedReport } from './core/engine';
import { Finding, Fix } from './core/findings';
import { fixAllTextEdits } from './fixAll';
import { fixesFor } from './findingFixes';
import { toTextEdits } from './reportEdits';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.xxgk`;

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/** Whether a client asking for `only` these kinds wants `kind` (VS Code's hierarchical match). */
function wanted(only: string[] | undefined, kind: string): boolean {
  if (!only) return kind === CodeActionKind.QuickFix;
  return only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

function findingFor(diagnostic: Diagnostic, findings: readonly Finding[]): Finding | undefined {
  const candidates = findings.filter((f) => f.code === String(diagnostic.code) && sameRange(f.range, diagnostic.range));
  return candidates.length > 1
    ? (candidates.find((f) => f.message === diagnostic.message) ?? candidates[0])
    : candidates[0];
}

/** `# xxgk-disable-next-line <code>` above the finding's line (or added to one already there). */
export function suppressionFix(finding: Finding, report: ParsedReport): Fix | undefined {
  if (!ruleOf(finding.code)?.suppressible) return undefined;
  const { text, lines } = report;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const { start, end } = finding.range;
  if (start.line === 0 && start.character === 0 && end.line === 0 && end.character === 0) {
    // A finding about the whole file (a missing section) sits on no line a comment could precede.
    return {
      title: `在整个文件中忽略「${finding.code}」问题`,
      edits: [{ start: 0, end: 0, newText: `# xxgk-disable ${finding.code}${eol}` }],
    };
  }
  const title = `忽略此处的「${finding.code}」问题`;
  const lineAt = (line: number): [number, string] => {
    const from = lines.lineStart(line);
    return [from, text.slice(from, from + lines.lineLength(line))];
  };
  if (start.line > 0) {
    const [from, above] = lineAt(start.line - 1);
    if (/^[ \t]*#[ \t]*xxgk-disable-next-line[ \t]+\S/.test(above)) {
      const at = from + above.trimEnd().length;
      return { title, edits: [{ start: at, end: at, newText: `, ${finding.code}` }] };
    }
  }
  const [from, line] = lineAt(start.line);
  const indent = /^[ \t]*/.exec(line)![0];
  return {
    title,
    edits: [{ start: from, end: from, newText: `${indent}# xxgk-disable-next-line ${finding.code}${eol}` }],
  };
}

function action(
  doc: TextDocument,
  report: ParsedReport,
  fix: Fix,
  kind: string,
  diagnostics?: Diagnostic[],
): CodeAction {
  const result: CodeAction = {
    title: fix.title,
    kind,
    edit: { changes: { [doc.uri]: toTextEdits(doc, report.text, fix.edits) } },
  };
  if (diagnostics) result.diagnostics = diagnostics;
  return result;
}

/**
 * The code actions for a request. `recheck` checks a text as `result` was
 * checked (same settings, positions counted the same way): fix all uses it to
 * see what its fixes leave.
 */
export function provideCodeActions(
  doc: TextDocument,
  result: CheckResult,
  params: CodeActionParams,
  recheck: (text: string) => CheckResult,
): CodeAction[] {
  const report = result.report;
  if (!report) return [];
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wanted(only, CodeActionKind.QuickFix)) {
    const offered = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      const finding = findingFor(diagnostic, result.findings);
      if (!finding) continue;
      const fixes = fixesFor(finding, result);
      fixes.forEach((fix, i) => {
        const id = JSON.stringify(fix.edits);
        if (offered.has(id)) return;
        offered.add(id);
        actions.push({ ...action(doc, report, fix, CodeActionKind.QuickFix, [diagnostic]), isPreferred: i === 0 });
      });
      const suppress = suppressionFix(finding, report);
      if (suppress && !offered.has(JSON.stringify(suppress.edits))) {
        offered.add(JSON.stringify(suppress.edits));
        actions.push(action(doc, report, suppress, CodeActionKind.QuickFix, [diagnostic]));
      }
    }
  }
  if (only && wanted(only, FIX_ALL_KIND)) {
    const edits = fixAllTextEdits(doc, result, recheck);
    if (edits.length)
      actions.push({ title: '修复所有可自动修复的问题', kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: edits } } });
  }
  return actions;
}
