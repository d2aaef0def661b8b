// The sums a table cell takes part in, for hover: its row's 总计, the column
// sum of the result rows (表三 （七）总计), and the 勾稽关系 of its column, each
// with both sides and whether they agree.
import { nodeAt, printedLabel, samePath } from './core/model';
import {
  APPEALS,
  columnValue,
  numberOf,
  readTable3,
  readTable4,
  REQUESTS,
  resultsTotalOf,
  resultSum,
  Row,
  sumOf,
  Table3,
  TOTAL,
  totalOf,
} from './core/tables';
import { YNode } from './core/yamlTree';

function shown(n: number | undefined): string {
  return n === undefined ? '？' : String(n);
}

function mark(left: number | undefined, right: number | undefined): string {
  if (left === undefined || right === undefined) return '（有空白或无效的项，暂不能核对）';
  return left === right ? '✓ 相符' : '✗ 不符';
}

/** A cell as the sum shows it: its number, or what stands there instead. */
function term(row: Row, column: string): string {
  const cell = row.cells.get(column);
  if (column === TOTAL && !cell?.entry) return `${shown(totalOf(row))}（自动计算）`;
  switch (cell?.value.state) {
    case 'number':
      return String(cell.value.value);
    case 'blank':
      return '空白';
    case 'invalid':
      return '无效';
    default:
      return '未填';
  }
}

function rowLabel(row: Row): string {
  const node = nodeAt(row.path);
  return node ? printedLabel(node) : row.path[row.path.length - 1]!;
}

function rowTotalLine(row: Row): string {
  const parts = row.parts.map((c) => c.key);
  const sum = sumOf(row, parts);
  const terms = parts.map((c) => `${c} ${term(row, c)}`).join(' + ');
  const totalCell = row.cells.get(TOTAL);
  if (!totalCell?.entry) return `本行总计：${terms} = ${shown(sum)}（未填写总计，按此计算）`;
  const given = numberOf(row, TOTAL);
  return `本行总计：${terms} = ${shown(sum)}；填写的总计 ${term(row, TOTAL)}　${mark(sum, given)}`;
}

function resultTotalLine(table: Table3, column: string): string {
  const sum = resultSum(table, column);
  const cell = table.resultsTotal.cells.get(column);
  const head = `本年度办理结果（${column}列）：（一）至（六）各项之和 = ${shown(sum)}`;
  if (!cell?.entry) return `${head}；（七）总计未填写，取此和`;
  return `${head}；（七）总计填写 ${term(table.resultsTotal, column)}　${mark(sum, numberOf(table.resultsTotal, column))}`;
}

function balanceLine(table: Table3, column: string): string {
  const received = columnValue(table.received, column);
  const carriedIn = columnValue(table.carriedIn, column);
  const handled = resultsTotalOf(table, column);
  const carriedOut = columnValue(table.carriedOut, column);
  const left = received === undefined || carriedIn === undefined ? undefined : received + carriedIn;
  const right = handled === undefined || carriedOut === undefined ? undefined : handled + carriedOut;
  return (
    `勾稽关系（${column}列）：本年新收 ${shown(received)} + 上年结转 ${shown(carriedIn)} = ${shown(left)}；` +
    `办理结果总计 ${shown(handled)} + 结转下年度 ${shown(carriedOut)} = ${shown(right)}　${mark(left, right)}`
  );
}

function cellState(row: Row, column: string): string {
  const value = row.cells.get(column)?.value;
  switch (value?.state) {
    case 'number':
      return `本格：${value.value}`;
    case 'blank':
      return '本格：空白（不计为 0；没有发生请填 0）';
    case 'invalid':
      return '本格：不是有效的数字';
    default:
      return '本格：未填写';
  }
}

/** Markdown lines about a table-三 or table-四 cell at a path; [] elsewhere. */
export function cellLines(root: YNode, path: readonly string[]): string[] {
  const column = path[path.length - 1]!;
  const rowPath = path.slice(0, -1);
  if (path[0] === REQUESTS) {
    const table = readTable3(root);
    const rows = [table.received, table.carriedIn, ...table.results, table.resultsTotal, table.carriedOut];
    const row = rows.find((r) => samePath(r.path, rowPath));
    if (!row) return [];
    const lines = [`行：${rowLabel(row)}　列：${column}`, cellState(row, column), '参与的计算：'];
    const sums = [rowTotalLine(row)];
    if (row === table.resultsTotal || table.results.includes(row)) sums.push(resultTotalLine(table, column));
    sums.push(balanceLine(table, column));
    lines.push(sums.map((s) => `- ${s}`).join('\n'));
    return lines;
  }
  if (path[0] === APPEALS) {
    const row = readTable4(root).find((r) => samePath(r.path, rowPath));
    if (!row) return [];
    return [`行：${rowLabel(row)}　列：${column}`, cellState(row, column), '参与的计算：', `- ${rowTotalLine(row)}`];
  }
  return [];
}
