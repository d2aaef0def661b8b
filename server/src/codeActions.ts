// Quick fixes for the engine's findings, a suppression for each, and one
// "fix all" source action. The fixes themselves are computed by the engine
// (row-total, result-total, not-a-count, unknown-key, blank-cell) or by
// core/skeleton (missing-key); this module only matches diagnostics to
// findings and turns offset edits into one WorkspaceEdit per action. Which
// codes a comment may suppress, and whose fixes "fix all" may apply unasked,
// the registry of checks says.
import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleOf } from './core/checks/registry';
import type { CheckResult, ParsedReport } from './core/engine';
import { Finding, Fix, OffsetEdit } from './core/findings';
import { missingKeyFix } from './core/skeleton';
import { entryAt } from './core/yamlTree';
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

function offsetsOf(report: ParsedReport, range: Range): [number, number] {
  return [report.lines.offset(range.start), report.lines.offset(range.end)];
}

/**
 * The fixes of a finding, the main one first. A missing row whose name was
 * mistyped is fixed by correcting the name, so that rename (the unknown-key
 * fix of a sibling) comes before inserting a second row.
 */
export function fixesFor(finding: Finding, result: CheckResult): Fix[] {
  const report = result.report;
  if (!report || finding.code !== 'missing-key') return [...(finding.fixes ?? [])];
  const [start, end] = offsetsOf(report, finding.range);
  const insert = missingKeyFix(report, start, end, finding.missingKey ?? '');
  if (!insert) return [];
  const parent = insert.parentPath.length ? entryAt(report.root, insert.parentPath)?.value : report.root;
  const siblings = parent?.kind === 'map' ? parent.entries : [];
  const rename = result.findings
    .filter((f) => f.code === 'unknown-key' && siblings.some((e) => e.keyStart === offsetsOf(report, f.range)[0]))
    .flatMap((f) => f.fixes ?? [])
    .find((fix) => fix.edits.length === 1 && fix.edits[0]!.newText === insert.key);
  const { title, edits } = insert;
  return rename ? [rename, { title, edits }] : [{ title, edits }];
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

function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  if (a.start === a.end && b.start === b.end) return false;
  // An insertion touching a replacement is refused too: which goes first would be up to the editor.
  if (a.start === a.end) return b.start <= a.start && a.start <= b.end;
  if (b.start === b.end) return a.start <= b.start && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * The main fix of every finding whose rule is safe for fix-all (the others are
 * offered one by one), as one edit: a fix that touches one taken before is
 * left for the next round, and insertions at one place keep their order.
 */
export function fixAllEdits(result: CheckResult): OffsetEdit[] {
  const fixes = result.findings
    .filter((f) => ruleOf(f.code)?.fixAllSafe)
    .map((f) => fixesFor(f, result)[0])
    .filter((f): f is Fix => f !== undefined);
  return combineFixes(fixes);
}

/** Fixes as one list of edits that do not overlap; a fix touching one taken before is dropped whole. */
export function combineFixes(fixes: Fix[]): OffsetEdit[] {
  const accepted: OffsetEdit[] = [];
  const insertions = new Map<number, OffsetEdit>();
  const seen = new Set<string>();
  // Fixes come sorted by where they start, so an edit can only touch one accepted so far if it starts by `reach`.
  let reach = -1;
  const start = (fix: Fix): number => Math.min(...fix.edits.map((e) => e.start));
  for (const fix of fixes.sort((a, b) => start(a) - start(b))) {
    const id = JSON.stringify(fix.edits);
    if (seen.has(id)) continue;
    if (fix.edits.some((e) => e.start <= reach && accepted.some((a) => overlaps(a, e)))) continue;
    seen.add(id);
    for (const edit of fix.edits) {
      const same = edit.start === edit.end ? insertions.get(edit.start) : undefined;
      if (same) {
        same.newText += edit.newText;
        continue;
      }
      const copy = { ...edit };
      accepted.push(copy);
      if (copy.start === copy.end) insertions.set(copy.start, copy);
      reach = Math.max(reach, copy.end);
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}

export function provideCodeActions(doc: TextDocument, result: CheckResult, params: CodeActionParams): CodeAction[] {
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
    const edits = fixAllEdits(result);
    if (edits.length) actions.push(action(doc, report, { title: '修复所有可自动修复的问题', edits }, FIX_ALL_KIND));
  }
  return actions;
}
