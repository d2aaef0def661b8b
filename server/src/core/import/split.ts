// Cells run together into digit strings ('640020470' for a row of seven) are
// split back using the table's own arithmetic. Every split into counts (no
// leading zeros) is enumerated; the row sum and the column balances keep only
// those that fit. Where more than one fits, the caller leaves the cells blank
// and lists the candidates — never a guess presented as fact.

/** Upper bound on enumerated splits of one digit sequence. */
const MAX_SPLITS = 200_000;

const COUNT = /^(?:0|[1-9]\d*)$/;

/**
 * All ways to cut the runs into exactly `cells` counts, each run into at least one.
 * `accept` filters complete splits; undefined when the enumeration exceeds the bound.
 */
export function splitRuns(
  runs: readonly string[],
  cells: number,
  accept: (values: number[]) => boolean = () => true,
): number[][] | undefined {
  const results: number[][] = [];
  const digits = runs.reduce((n, r) => n + r.length, 0);
  if (digits < cells || runs.length > cells) return [];
  let visited = 0;
  const current: number[] = [];
  const walk = (run: number, offset: number): boolean => {
    if (++visited > MAX_SPLITS * 4) return false;
    if (run === runs.length) {
      if (current.length === cells && accept(current)) {
        results.push([...current]);
        if (results.length > MAX_SPLITS) return false;
      }
      return true;
    }
    const text = runs[run]!;
    const remainingRuns = runs.length - run - 1;
    for (let end = offset + 1; end <= text.length; end++) {
      const part = text.slice(offset, end);
      if (!COUNT.test(part)) {
        if (part.startsWith('0')) break; // a leading zero stays invalid however long
        continue;
      }
      current.push(Number(part));
      // Not more cells than are left, and enough cells left for the digits of the other runs.
      if (current.length + remainingRuns + (end < text.length ? 1 : 0) <= cells) {
        const ok = end === text.length ? walk(run + 1, 0) : walk(run, end);
        if (!ok) {
          current.pop();
          return false;
        }
      }
      current.pop();
    }
    return true;
  };
  return walk(0, 0) ? results : undefined;
}

/** Table 三: the six applicant columns add up to 总计. */
export function rowSumHolds(values: readonly number[]): boolean {
  const n = values.length;
  if (n < 2) return true;
  let sum = 0;
  for (let i = 0; i < n - 1; i++) sum += values[i]!;
  return sum === values[n - 1];
}

/** Table 四: each group of five (four results and 总计) adds up. */
export function groupSumsHold(values: readonly number[], group = 5): boolean {
  for (let g = 0; g + group <= values.length; g += group) {
    if (!rowSumHolds(values.slice(g, g + group))) return false;
  }
  return true;
}

/** Candidates as a YAML comment: '69/3/665；6/93/665'. */
export function describeCandidates(candidates: readonly (readonly number[])[], limit = 12): string {
  const shown = candidates.slice(0, limit).map((c) => c.join('/'));
  const more = candidates.length > limit ? `；……共 ${candidates.length} 种` : '';
  return shown.join('；') + more;
}
