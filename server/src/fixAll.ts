// "Fix all" (source.fixAll.xxgk; editors also run it on save): the quick
// fixes of the rules the registry of checks marks fixAllSafe, applied
// together, pass after pass as ESLint does, until the text has none left: a
// fix may reveal what the next pass fixes (a renamed row joins the sums), and
// a total fixed from a cell that another fix corrects in the same pass is
// computed again. Two renames that would give one mapping a key twice are
// left to a person.
import { TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleOf } from './core/checks/registry';
import type { CheckResult } from './core/engine';
import { Fix, OffsetEdit } from './core/findings';
import { YMap, YNode } from './core/yamlTree';
import { fixesFor } from './findingFixes';
import { changedLinesEdit, toTextEdits } from './reportEdits';

/** Passes at most: each pass only fixes what the one before revealed, so real reports need two or three. */
const MAX_FIX_ALL_PASSES = 10;

function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  if (a.start === a.end && b.start === b.end) return false;
  // An insertion touching a replacement is refused too: which goes first would be up to the editor.
  if (a.start === a.end) return b.start <= a.start && a.start <= b.end;
  if (b.start === b.end) return a.start <= b.start && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Fixes that would give two keys of one mapping the same name (two near
 * misses of one label): applied together they make a duplicate key, and
 * which of the two is meant only a person can tell.
 */
function rivalRenames(root: YNode, fixes: readonly Fix[]): Set<Fix> {
  const renames = fixes.flatMap((fix) => fix.edits.map((edit) => ({ fix, edit })));
  if (renames.length < 2) return new Set();
  // Each key's mapping, found in one walk over the tree.
  const keys = new Map<number, { map: YMap; keyEnd: number }>();
  const stack: YNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind !== 'map') continue;
    for (const entry of node.entries) {
      keys.set(entry.keyStart, { map: node, keyEnd: entry.keyEnd });
      stack.push(entry.value);
    }
  }
  // Per mapping and new name: the keys renamed to it (one key may be renamed by more than one finding).
  const byName = new Map<string, { keys: Set<number>; fixes: Fix[] }>();
  for (const { fix, edit } of renames) {
    const key = keys.get(edit.start);
    if (key?.keyEnd !== edit.end) continue;
    const id = `${key.map.start}:${edit.newText}`;
    const group = byName.get(id) ?? { keys: new Set<number>(), fixes: [] };
    byName.set(id, group);
    group.keys.add(edit.start);
    group.fixes.push(fix);
  }
  return new Set([...byName.values()].filter((group) => group.keys.size > 1).flatMap((group) => group.fixes));
}

/**
 * One pass: the main fix of every finding whose rule is fixAllSafe, unless
 * it is a guess (the others are offered one by one), less rival renames, as
 * one list of edits.
 */
function fixAllPass(result: CheckResult): OffsetEdit[] {
  const report = result.report;
  if (!report) return [];
  const fixes = result.findings
    .filter((finding) => ruleOf(finding.code)?.fixAllSafe)
    .map((finding) => fixesFor(finding, result)[0])
    .filter((fix): fix is Fix => fix !== undefined && !fix.guess);
  const rivals = rivalRenames(report.root, fixes);
  return combineFixes(fixes.filter((fix) => !rivals.has(fix)));
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

/**
 * Fix all as edits of `doc`: the first pass's own edits where one pass did
 * it all, else one edit over the lines the passes changed. `recheck` checks a
 * text as `result` was checked.
 */
export function fixAllTextEdits(
  doc: TextDocument,
  result: CheckResult,
  recheck: (text: string) => CheckResult,
): TextEdit[] {
  const report = result.report;
  if (!report) return [];
  const first = toTextEdits(doc, report.text, fixAllPass(result));
  if (!first.length) return [];
  let text = TextDocument.applyEdits(doc, first);
  let passes = 1;
  for (; passes < MAX_FIX_ALL_PASSES; passes++) {
    const next = recheck(text);
    const edits = next.report ? fixAllPass(next) : [];
    if (!edits.length) break;
    const current = TextDocument.create(doc.uri, doc.languageId, doc.version, text);
    text = TextDocument.applyEdits(current, toTextEdits(current, next.report!.text, edits));
  }
  return passes === 1 ? first : [changedLinesEdit(doc, text)];
}
