// The fixes of one finding, the main one first: those the engine attached,
// and for missing-key the skeleton insertion (core/skeleton), after the
// rename of a mistyped sibling where there is one. Shared by the quick fixes
// and fix all.
import { Range } from 'vscode-languageserver';
import type { CheckResult, ParsedReport } from './core/engine';
import { Finding, Fix } from './core/findings';
import { missingKeyFix } from './core/skeleton';
import { entryAt } from './core/yamlTree';

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
