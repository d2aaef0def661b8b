// Cell-by-cell sums of the statistical tables of many reports, added one
// report at a time (a batch streams through; only the sums are kept). Sums
// are exact: counts as big integers, amounts in 万元 as millionths. A cell
// every report leaves blank stays blank; where only some leave it blank or
// write no count there, the others are added and the gap is noted on the row.
import { FormatNode, nodeAt, SECTIONS } from '../model';
import { required } from '../skeletonText';
import { readCell } from '../values';
import { entryAt, YNode } from '../yamlTree';

/** Amounts have at most 6 decimals (report-format.md): sums are kept in millionths. */
const AMOUNT_SCALE = 6;

export interface TableCell {
  path: string[];
  amount: boolean;
}

/** Every cell an author fills in: the required count and amount keys of the three tables, in order. */
export function tableCells(): TableCell[] {
  const cells: TableCell[] = [];
  const walk = (node: FormatNode, path: string[]): void => {
    if (node.kind === 'count' || node.kind === 'amount') cells.push({ path, amount: node.kind === 'amount' });
    else for (const child of required(node)) walk(child, [...path, child.key]);
  };
  for (const section of SECTIONS) if (section.table) walk(section, [section.key]);
  return cells;
}

interface CellSum {
  cell: TableCell;
  total: bigint;
  numbers: number;
  blanks: number;
  /** Missing, or not a count: the report has an error there. */
  others: number;
}

/** The exact value of a count or amount text (already matched by readCell), in units of the cell. */
function exact(raw: string, amount: boolean): bigint {
  if (!amount) return BigInt(raw);
  const [whole, fraction = ''] = raw.split('.');
  return BigInt(whole! + fraction.padEnd(AMOUNT_SCALE, '0'));
}

function amountText(value: bigint): string {
  const digits = value.toString().padStart(AMOUNT_SCALE + 1, '0');
  const whole = digits.slice(0, -AMOUNT_SCALE);
  const fraction = digits.slice(-AMOUNT_SCALE).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

const key = (path: readonly string[]): string => path.join('\u0000');

export class CellSums {
  private readonly sums = new Map<string, CellSum>();
  /** How many reports were added. */
  reports = 0;

  constructor() {
    for (const cell of tableCells())
      this.sums.set(key(cell.path), { cell, total: 0n, numbers: 0, blanks: 0, others: 0 });
  }

  add(root: YNode): void {
    this.reports++;
    for (const sum of this.sums.values()) {
      const node = entryAt(root, sum.cell.path)?.value;
      const value = readCell(node, sum.cell.amount);
      if (value.state === 'number' && node?.kind === 'scalar') {
        sum.total += exact(node.raw, sum.cell.amount);
        sum.numbers++;
      } else if (value.state === 'blank') sum.blanks++;
      else sum.others++;
    }
  }

  /** A cell's text: the sum, or '' where no report has a number there. */
  value(path: readonly string[]): string {
    const sum = this.sums.get(key(path));
    if (!sum || sum.numbers === 0) return '';
    return sum.cell.amount ? amountText(sum.total) : sum.total.toString();
  }

  /** What was not added on a row (or a single cell), e.g. `未计入：科研机构 2 份留空`. */
  note(path: readonly string[]): string | undefined {
    const node = nodeAt(path);
    const columns = node?.kind === 'row' ? required(node).map((c) => [...path, c.key]) : [path];
    // Columns with the same gap are named together: `各列 1 份留空`, `自然人、其他 1 份留空`.
    const byGap = new Map<string, string[]>();
    for (const column of columns) {
      const gap = this.gap(column);
      if (gap) byGap.set(gap, [...(byGap.get(gap) ?? []), column[column.length - 1]!]);
    }
    if (!byGap.size) return undefined;
    const named = (names: string[]): string =>
      names.length === columns.length && names.length > 1 ? '各列' : names.join('、');
    return `未计入：${[...byGap].map(([gap, names]) => `${named(names)} ${gap}`).join('；')}`;
  }

  /** What a cell's sum leaves out, e.g. `2 份留空`; undefined where nothing, or where every report is blank. */
  private gap(path: readonly string[]): string | undefined {
    const sum = this.sums.get(key(path));
    if (!sum || sum.blanks === this.reports) return undefined;
    const parts: string[] = [];
    if (sum.blanks) parts.push(`${sum.blanks} 份留空`);
    if (sum.others) parts.push(`${sum.others} 份缺少或不是数字`);
    return parts.length ? parts.join('、') : undefined;
  }
}
