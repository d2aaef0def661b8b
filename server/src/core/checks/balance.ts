// balance: the official 勾稽关系 of table 三. In every column,
// 本年新收 + 上年结转 = 本年度办理结果总计 + 结转下年度继续办理.
import { RawFinding } from '../findings';
import { TABLE3_COLUMNS } from '../model';
import { columnValue, resultsTotalOf, Row, Table3, TOTAL } from '../tables';
import { related, relatedAll } from './arithmetic';
import { defineRule } from './rule';

export const balanceRule = defineRule({
  code: 'balance',
  severity: 'error',
  description: '勾稽关系不成立：某列的本年新收 + 上年结转 ≠ 办理结果总计 + 结转下年度继续办理',
  suppressible: true,
});

export function balanceFindings(table: Table3, wrongRows: Set<Row>): RawFinding[] {
  const findings: RawFinding[] = [];
  const involved = [table.received, table.carriedIn, ...table.results, table.resultsTotal, table.carriedOut];
  for (const column of TABLE3_COLUMNS.map((c) => c.key)) {
    // The 总计 column is checked only where a 总计 is given: a column of computed
    // totals only repeats what the six columns already said.
    if (
      column === TOTAL &&
      (involved.some((r) => wrongRows.has(r)) || !involved.some((r) => r.cells.get(TOTAL)?.entry))
    )
      continue;
    const received = columnValue(table.received, column);
    const carriedIn = columnValue(table.carriedIn, column);
    const handled = resultsTotalOf(table, column);
    const carriedOut = columnValue(table.carriedOut, column);
    if (received === undefined || carriedIn === undefined || handled === undefined || carriedOut === undefined)
      continue;
    if (received + carriedIn === handled + carriedOut) continue;
    const anchor = table.carriedOut.cells.get(column)?.entry ?? table.carriedOut.entry;
    if (!anchor) continue;
    findings.push({
      start: anchor.keyStart,
      end: anchor.keyEnd,
      code: 'balance',
      message:
        `${column}列：本年新收 ${received} + 上年结转 ${carriedIn} = ${received + carriedIn}，` +
        `但办理结果总计 ${handled} + 结转下年度 ${carriedOut} = ${handled + carriedOut}（勾稽关系：第一项加第二项之和，等于第三项加第四项之和）。`,
      related: relatedAll([
        related(table.received.cells.get(column), `本年新收 ${received}`),
        related(table.carriedIn.cells.get(column), `上年结转 ${carriedIn}`),
        related(table.resultsTotal.cells.get(column), `办理结果总计 ${handled}`),
      ]),
    });
  }
  return findings;
}
