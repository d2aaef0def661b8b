// Every number of the three tables by path ('a/b/c'), as the checks see it: a
// 总计 the file leaves out is computed. Built once per report, for comparing
// it with last year's cell by cell (hover, preview).
import { table2 } from '../model/table2';
import { columnValue, readTable3, readTable4, resultsTotalOf, Row } from '../tables';
import { readCell } from '../values';
import { entryAt, YNode } from '../yamlTree';

export function tableNumbers(root: YNode): Map<string, number> {
  const numbers = new Map<string, number>();
  const table3 = readTable3(root);
  const rows: Row[] = [table3.received, table3.carriedIn, ...table3.results, table3.carriedOut, ...readTable4(root)];
  for (const row of rows) {
    for (const column of row.cells.keys()) {
      const n = columnValue(row, column);
      if (n !== undefined) numbers.set([...row.path, column].join('/'), n);
    }
  }
  for (const column of table3.resultsTotal.cells.keys()) {
    const n = resultsTotalOf(table3, column);
    if (n !== undefined) numbers.set([...table3.resultsTotal.path, column].join('/'), n);
  }
  for (const group of table2.children ?? []) {
    for (const item of group.children ?? []) {
      const cells = item.kind === 'row' ? (item.children ?? []).map((c) => [item.key, c.key]) : [[item.key]];
      for (const keys of cells) {
        const path = [table2.key, group.key, ...keys];
        const value = readCell(entryAt(root, path)?.value, item.key === '行政事业性收费');
        if (value.state === 'number') numbers.set(path.join('/'), value.value);
      }
    }
  }
  return numbers;
}

/** `上年 54 → 本年 61，+7（+13.0%）`; without a share where last year's is 0. */
export function changeLine(last: number, now: number): string {
  const diff = Number((now - last).toFixed(6));
  if (diff === 0) return `上年 ${last} → 本年 ${now}，无变化`;
  const sign = diff > 0 ? '+' : '-';
  const share = last === 0 ? '' : `（${sign}${((Math.abs(diff) / last) * 100).toFixed(1)}%）`;
  return `上年 ${last} → 本年 ${now}，${sign}${Math.abs(diff)}${share}`;
}

/** Whether a value changed by more than `share` of last year's (any change from 0 counts). */
export function changedBeyond(last: number, now: number, share: number): boolean {
  if (last === now) return false;
  return last === 0 || Math.abs(now - last) / last > share;
}
