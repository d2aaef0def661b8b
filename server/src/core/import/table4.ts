// Table 四: its numbers, in official order, dealt out over its rows; digits run
// together are split by the groups' totals.
import { width } from './labels';
import { TextMode } from './normalize';
import { runTogether, withoutPaddingCells } from './rowValues';
import { groupSumsHold, splitRuns } from './split';
import { CellOut, RowOut, TableOut } from './tableOut';
import { Token } from './tokens';

export function dealTable4Values(
  tokens: Token[],
  mode: TextMode,
  rows: RowOut[],
  used: Set<number>,
  out: TableOut,
): void {
  const n = rows.reduce((s, r) => s + width(r.spec), 0);
  const textLines = new Set(tokens.filter((t) => t.kind === 'text').map((t) => t.line));
  const nonText = tokens.filter((t) => t.kind !== 'text');
  const kept = new Set(
    mode === 'pipe' ? withoutPaddingCells(nonText, n, { own: () => true, text: (l) => textLines.has(l) }) : nonText,
  );
  const values = tokens.map((t, i) => ({ t, i })).filter(({ t }) => kept.has(t));
  if (values.length === 0) return;
  for (const r of rows) r.found = true;
  const assign = (flat: CellOut[]): void => {
    let k = 0;
    for (const r of rows) r.cells = r.cells.map(() => flat[k++] ?? { state: 'missing' });
  };
  if (values.length >= n || mode === 'pipe') {
    const taken = values.slice(0, n);
    for (const { i } of taken) used.add(i);
    assign(taken.map(({ t }) => (t.kind === 'num' ? { state: 'value', raw: t.raw } : { state: 'blank' })));
    return;
  }
  const nums = values.filter(({ t }) => t.kind === 'num');
  if (
    runTogether(
      mode,
      values.map(({ t }) => t),
    )
  ) {
    for (const { i } of nums) used.add(i);
    const runs = nums.map(({ t }) => t.raw);
    const split = splitRuns(runs, n, groupSumsHold);
    if (split && split.length === 1) {
      assign(split[0]!.map((v) => ({ state: 'value', raw: String(v) })));
      out.notes.push(`表四：原文数字连写为“${runs.join(' ')}”，按各组合计只有一种拆法。`);
      return;
    }
    if (split && split.length > 1) {
      let k = 0;
      for (const r of rows) {
        const w = width(r.spec);
        r.candidates = dedupe(split.map((c) => c.slice(k, k + w)));
        r.comment = `原文表四数字连写为“${runs.join(' ')}”，共 ${split.length} 种拆法`;
        k += w;
      }
      return;
    }
  }
  for (const { i } of values) used.add(i);
  assign(values.map(() => ({ state: 'ambiguous' })));
  for (const r of rows) r.comment = `原文表四只找到 ${values.length} 个数（应有 ${n} 个），无法确定各属哪一格`;
}

function dedupe(rows: number[][]): number[][] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = r.join('/');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
