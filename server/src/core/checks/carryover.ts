// carryover: this year's 上年结转政府信息公开申请数量 is last year's
// 结转下年度继续办理, column by column. On this year's cell; the related
// location is last year's cell; the fixes take last year's value, for the
// cell or for the whole row (facts the author never stated: offered one by
// one, never applied by fix-all).
import { Fix, RawFinding } from '../findings';
import { TABLE3_APPLICANT_COLUMNS } from '../model';
import { ParsedPrevious } from '../previous/previous';
import { defineRule } from './rule';
import { Cell, numberOf, readTable3, Row, sumOf, Table3, TOTAL, totalOf } from '../tables';

export const carryoverRule = defineRule({
  code: 'carryover',
  severity: 'warning',
  description: '上年结转政府信息公开申请数量与上年报告的结转下年度继续办理不一致（逐列）',
  suppressible: true,
  // Its fixes write last year's figures, which the author never stated here.
  fixAllSafe: false,
});

interface Mismatch {
  column: string;
  cell: Cell;
  lastYear: number;
  thisYear: number;
  previousCell?: Cell;
}

function setValue(cell: Cell, value: number): Fix['edits'][number] | undefined {
  const node = cell.entry?.value;
  return node && node.end > node.start ? { start: node.start, end: node.end, newText: String(value) } : undefined;
}

function mismatches(table: Table3, last: Table3): Mismatch[] {
  const found: Mismatch[] = [];
  for (const { key: column } of TABLE3_APPLICANT_COLUMNS) {
    const cell = table.carriedIn.cells.get(column)!;
    const thisYear = numberOf(table.carriedIn, column);
    const lastYear = numberOf(last.carriedOut, column);
    if (thisYear === undefined || lastYear === undefined || thisYear === lastYear || !cell.entry) continue;
    found.push({ column, cell, lastYear, thisYear, previousCell: last.carriedOut.cells.get(column) });
  }
  // The 总计 column only where it says something the six columns did not: it is
  // given, right for its own row, and no column was found wrong.
  const total = table.carriedIn.cells.get(TOTAL)!;
  const given = numberOf(table.carriedIn, TOTAL);
  const lastTotal = totalOf(last.carriedOut);
  const parts = sumOf(
    table.carriedIn,
    TABLE3_APPLICANT_COLUMNS.map((c) => c.key),
  );
  if (
    !found.length &&
    total.entry &&
    given !== undefined &&
    lastTotal !== undefined &&
    given !== lastTotal &&
    (parts === undefined || parts === given)
  )
    found.push({ column: TOTAL, cell: total, lastYear: lastTotal, thisYear: given, previousCell: totalCellOf(last) });
  return found;
}

function totalCellOf(last: Table3): Cell | undefined {
  return last.carriedOut.cells.get(TOTAL)?.entry ? last.carriedOut.cells.get(TOTAL) : undefined;
}

/** Every cell of this year's row set to last year's (总计 too, where given), where they differ. */
function rowFix(table: Table3, last: Table3): Fix['edits'] {
  const edits: Fix['edits'] = [];
  for (const [column, cell] of table.carriedIn.cells) {
    const lastValue = column === TOTAL ? totalOf(last.carriedOut) : numberOf(last.carriedOut, column);
    if (lastValue === undefined || numberOf(table.carriedIn, column) === lastValue) continue;
    const edit = setValue(cell, lastValue);
    if (edit) edits.push(edit);
  }
  return edits;
}

function relatedCell(row: Row, cell: Cell | undefined, message: string): NonNullable<RawFinding['related']> {
  const entry = cell?.entry ?? row.entry;
  if (!entry) return [];
  return [{ start: entry.keyStart, end: Math.max(entry.keyEnd, entry.value.end), message, inPrevious: true }];
}

export function carryoverFindings(table: Table3, previous: ParsedPrevious, name: string): RawFinding[] {
  const last = readTable3(previous.root);
  const found = mismatches(table, last);
  const lastYear = previous.identity.year;
  const rowEdits = rowFix(table, last);
  return found.map((m): RawFinding => {
    const fixes: Fix[] = [];
    const edit = setValue(m.cell, m.lastYear);
    if (edit) fixes.push({ title: `改为上年报告的结转下年度继续办理 ${m.lastYear}`, edits: [edit] });
    if (rowEdits.length > (edit ? 1 : 0))
      fixes.push({ title: `按上年报告填写整行上年结转（${rowEdits.length} 格）`, edits: rowEdits });
    return {
      start: m.cell.entry!.keyStart,
      end: m.cell.entry!.keyEnd,
      code: 'carryover',
      message:
        `${m.column}列：上年结转 ${m.thisYear}，但上年报告（${name}）的结转下年度继续办理为 ${m.lastYear}` +
        `（本年的上年结转应等于上年的结转下年度继续办理）。`,
      related: relatedCell(
        last.carriedOut,
        m.previousCell,
        `${lastYear ?? '上'}年度 结转下年度继续办理 · ${m.column} ${m.lastYear}`,
      ),
      fixes,
    };
  });
}
