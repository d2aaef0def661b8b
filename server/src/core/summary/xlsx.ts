// The summary as an Excel workbook (exceljs): the table on the first sheet,
// the header row and the 机关 column frozen, figures as number cells, a filter
// on the header, the total row in bold. This file is a bundle of its own
// (dist/summaryXlsx.js, with exceljs in it), required only when a .xlsx is
// asked for: every `xxgk` process and lint worker would otherwise parse it.
import { Workbook } from 'exceljs';
import type { SummaryGrid } from './grid';

/** Column widths in characters: wide for names, narrow for counts. */
function width(header: string, numeric: boolean): number {
  if (numeric) return Math.max(8, header.length * 2 + 2);
  return header === '问题' ? 48 : header === '文件' ? 40 : 28;
}

export async function summaryXlsx(grid: SummaryGrid, sheetName: string): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = 'xxgk';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.columns = grid.header.map((header, i) => ({ header, width: width(header, grid.numeric[i]!) }));
  sheet.getRow(1).font = { bold: true };
  // A null stays an empty cell: a blank in a report is not a 0 in the summary.
  for (const cells of grid.rows) sheet.addRow(cells.map((c) => c ?? undefined));
  const total = sheet.addRow(grid.total.map((c) => c ?? undefined));
  total.font = { bold: true };
  // The filter covers the reports, not the total row, which stays last whatever is sorted or hidden.
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: grid.rows.length + 1, column: grid.header.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
