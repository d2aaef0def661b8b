// The key figures of one report, for a summary of many: who, which year, and
// the totals a 政务公开办 compares across its departments. Read with the
// engine's table readers, so a 总计 the file leaves out is computed exactly as
// the checks and the renderer compute it; a blank stays undefined, never 0.
import { readTable3, readTable4, resultsTotalOf, Row, TOTAL, totalOf } from '../tables';
import { readCell, scalarText } from '../values';
import { entryAt, YNode } from '../yamlTree';
import type { ReportFigures } from './figureKeys';

const LICENSING = ['主动公开政府信息情况', '第二十条第（五）项', '行政许可'];
const PENALTIES = ['主动公开政府信息情况', '第二十条第（六）项', '行政处罚'];

function countAt(root: YNode, path: string[]): number | undefined {
  const value = readCell(entryAt(root, path)?.value, false);
  return value.state === 'number' ? value.value : undefined;
}

/** 行政诉讼 counts both of its rows (未经复议直接起诉, 复议后起诉). */
function sumOfTotals(rows: Row[]): number | undefined {
  let sum = 0;
  for (const row of rows) {
    const total = totalOf(row);
    if (total === undefined) return undefined;
    sum += total;
  }
  return sum;
}

function yearOf(root: YNode): number | undefined {
  const text = scalarText(entryAt(root, ['年度'])?.value)?.trim();
  return text !== undefined && /^[0-9]{4}$/.test(text) ? Number(text) : undefined;
}

export function reportFigures(root: YNode): ReportFigures {
  const table3 = readTable3(root);
  const [review, directSuit, suitAfterReview] = readTable4(root) as [Row, Row, Row];
  const agency = scalarText(entryAt(root, ['机关'])?.value)?.trim();
  return {
    agency: agency || undefined,
    year: yearOf(root),
    figures: {
      received: totalOf(table3.received),
      carriedIn: totalOf(table3.carriedIn),
      outcomesTotal: resultsTotalOf(table3, TOTAL),
      carriedOut: totalOf(table3.carriedOut),
      review: totalOf(review),
      lawsuits: sumOfTotals([directSuit, suitAfterReview]),
      licensing: countAt(root, LICENSING),
      penalties: countAt(root, PENALTIES),
    },
  };
}
