// row-total: a given 总计 differs from the sum of its row (table 三: the six
// applicant columns; table 四: the four results).
import { RawFinding } from '../findings';
import { numberOf, Row, sumOf, TOTAL } from '../tables';
import { related, relatedAll, rowName, setValueFix } from './arithmetic';
import { defineRule } from './rule';

export const rowTotalRule = defineRule({
  code: 'row-total',
  severity: 'error',
  description: '某行给出的总计与该行各列之和不符',
  suppressible: true,
  fixAllSafe: true,
});

export function rowTotalFinding(row: Row): RawFinding | undefined {
  const totalCell = row.cells.get(TOTAL);
  const given = numberOf(row, TOTAL);
  if (!totalCell?.entry || given === undefined) return undefined;
  const columns = row.parts.map((c) => c.key);
  const sum = sumOf(row, columns);
  if (sum === undefined || sum === given) return undefined;
  const terms = columns.map((c) => `${c} ${numberOf(row, c)}`).join(' + ');
  return {
    start: totalCell.entry.keyStart,
    end: totalCell.entry.keyEnd,
    code: 'row-total',
    message: `「${rowName(row)}」行：${terms} = ${sum}，但总计为 ${given}。`,
    related: relatedAll(columns.map((c) => related(row.cells.get(c), `${c} ${numberOf(row, c)}`))),
    fixes: setValueFix(totalCell, sum),
  };
}

/** The rows whose 总计 is wrong: their total column is not used in other checks. */
export function rowTotalFindings(rows: Row[]): { findings: RawFinding[]; wrong: Set<Row> } {
  const findings: RawFinding[] = [];
  const wrong = new Set<Row>();
  for (const row of rows) {
    const finding = rowTotalFinding(row);
    if (!finding) continue;
    findings.push(finding);
    wrong.add(row);
  }
  return { findings, wrong };
}
