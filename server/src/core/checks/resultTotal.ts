// result-total: in some column, 本年度办理结果 › 总计 differs from the sum of all
// result rows （一）…（六）. The 总计 column is checked only where no row
// involved has a row-total finding, so that one wrong total is reported once.
import { RawFinding } from '../findings';
import { TABLE3_COLUMNS } from '../model';
import { columnValue, numberOf, Row, resultSum, Table3, TOTAL } from '../tables';
import { related, relatedAll, setValueFix } from './arithmetic';
import { defineRule } from './rule';

export const resultTotalRule = defineRule({
  code: 'result-total',
  severity: 'error',
  description: '本年度办理结果的总计与（一）至（六）各项之和不符',
  suppressible: true,
  fixAllSafe: true,
});

export function resultTotalFindings(table: Table3, wrongRows: Set<Row>): RawFinding[] {
  const findings: RawFinding[] = [];
  const totalRow = table.resultsTotal;
  for (const column of TABLE3_COLUMNS.map((c) => c.key)) {
    const cell = totalRow.cells.get(column);
    const given = numberOf(totalRow, column);
    if (!cell?.entry || given === undefined) continue;
    if (column === TOTAL && (wrongRows.has(totalRow) || table.results.some((r) => wrongRows.has(r)))) continue;
    const sum = resultSum(table, column);
    if (sum === undefined || sum === given) continue;
    const nonZero = table.results.filter((r) => (columnValue(r, column) ?? 0) !== 0);
    findings.push({
      start: cell.entry.keyStart,
      end: cell.entry.keyEnd,
      code: 'result-total',
      message: `${column}列：本年度办理结果（一）至（六）各项之和为 ${sum}，但（七）总计为 ${given}。`,
      related: relatedAll(
        nonZero.map((r) => related(r.cells.get(column), `${r.path.slice(2).join(' · ')}：${columnValue(r, column)}`)),
      ),
      fixes: setValueFix(cell, sum),
    });
  }
  return findings;
}
