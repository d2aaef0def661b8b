// Table 三's column balances, used to choose among the candidate splits of
// rows whose cells ran together: in every column the result rows add up to
// （七）总计, and 本年新收 + 上年结转 = 总计 + 结转下年度继续办理 (the official
// 勾稽关系). A candidate survives only if some choice for the other open rows
// makes every checkable column hold.
import type { RowOut } from './tableOut';

const MAX_COMBINATIONS = 200_000;

export function solveTable3(rows: RowOut[], notes: string[]): void {
  const open = rows.filter((r) => r.candidates && r.candidates.length > 1);
  if (open.length === 0) return;
  let combinations = 1;
  for (const r of open) combinations *= r.candidates!.length;
  if (combinations > MAX_COMBINATIONS) {
    notes.push(`表三有 ${open.length} 行数字连写且拆法组合过多（${combinations} 种），未据列合计求解。`);
    return;
  }
  const byKey = (key: string, inOutcomes: boolean): RowOut | undefined =>
    rows.find((r) => r.spec.key === key && r.spec.path.includes('本年度办理结果') === inOutcomes);
  const received = byKey('本年新收政府信息公开申请数量', false);
  const carriedIn = byKey('上年结转政府信息公开申请数量', false);
  const total = byKey('总计', true);
  const carriedOut = byKey('结转下年度继续办理', false);
  const results = rows.filter((r) => r.spec.path.includes('本年度办理结果') && r.spec.key !== '总计');

  const chosen = new Map<RowOut, number[]>();
  const valuesOf = (r: RowOut | undefined): number[] | undefined => {
    if (!r) return undefined;
    const pick = chosen.get(r);
    if (pick) return pick;
    return r.cells.map((c) => (c.state === 'value' ? Number(c.raw) : NaN));
  };
  const holds = (): boolean => {
    for (let c = 0; c < 7; c++) {
      const t = valuesOf(total)?.[c] ?? NaN;
      let sum = 0;
      for (const r of results) sum += valuesOf(r)?.[c] ?? NaN;
      if (!Number.isNaN(sum) && !Number.isNaN(t) && sum !== t) return false;
      const lhs = (valuesOf(received)?.[c] ?? NaN) + (valuesOf(carriedIn)?.[c] ?? NaN);
      const rhs = t + (valuesOf(carriedOut)?.[c] ?? NaN);
      if (!Number.isNaN(lhs) && !Number.isNaN(rhs) && lhs !== rhs) return false;
    }
    return true;
  };

  const survivors = open.map(() => new Set<number>());
  let solutions = 0;
  const walk = (i: number): void => {
    if (i === open.length) {
      if (holds()) {
        solutions++;
        open.forEach((r, k) => survivors[k]!.add(r.candidates!.indexOf(chosen.get(r)!)));
      }
      return;
    }
    for (const candidate of open[i]!.candidates!) {
      chosen.set(open[i]!, candidate);
      walk(i + 1);
    }
    chosen.delete(open[i]!);
  };
  walk(0);
  if (solutions === 0) {
    notes.push('表三：连写数字的各种拆法都不满足列合计（原表合计可能有误），未据列合计取舍。');
    return;
  }
  open.forEach((r, k) => {
    const before = r.candidates!.length;
    r.candidates = r.candidates!.filter((_, i) => survivors[k]!.has(i));
    if (r.candidates.length === 1 && before > 1) {
      r.comment = `${r.comment ?? ''}，${before} 种拆法中只有这一种满足表三的列合计与勾稽关系`;
      notes.push(
        `${r.spec.path.slice(1).join(' · ')}：原文数字连写，${before} 种拆法中只有 ${r.candidates[0]!.join('/')} 满足表三的列合计与勾稽关系。`,
      );
    }
  });
}
