// Tables 二, 三 and 四 in Word, cell for cell as the HTML renderer
// (render/tables.ts) and the official template lay them out, merged header
// cells included: horizontal merges as w:gridSpan, vertical ones as w:vMerge
// (restart in the first row, continue in the rows below, with the same span).
// Values are as the file writes them; a 总计 the file leaves out is printed as
// computed by core/tables.ts; a blank or missing cell stays blank.
import {
  ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
  HeightRule,
  AlignmentType,
} from 'docx';
import {
  FormatNode,
  printedLabel,
  RESULT_CATEGORIES,
  TABLE2_HEADERS,
  TABLE3_COLUMNS,
  TABLE3_HEADERS,
  TABLE4_COLUMNS,
} from '../model';
import { table2 } from '../model/table2';
import { table3 } from '../model/table3';
import { table4 } from '../model/table4';
import { cellText } from '../render/context';
import { readTable3, readTable4, resultSum, Row, Table3, TOTAL, totalOf } from '../tables';
import { entryAt, YNode } from '../yamlTree';
import { cellParagraph, FONT, GROUP_FILL, run, SIZE, TABLE_BORDERS, TEXT_WIDTH } from './docxStyles';

/** The note in the top-left corner of table 三, as the template prints it. */
const BALANCE_NOTE = TABLE3_HEADERS.balanceNote;
const APPLICANTS = TABLE3_HEADERS.applicants;
const ORGANIZATIONS = TABLE3_HEADERS.organizations;

/** Rows at least 6 mm high, like the template's (340 twips). */
const ROW_HEIGHT = 340;

interface CellSpec {
  /** Text runs, or a plain string in the table face. */
  content: string | ParagraphChild[];
  align?: 'left' | 'center';
  columnSpan?: number;
  rowSpan?: number;
  fill?: string;
}

/** A cell spanning `columns` grid columns: its width is the sum of theirs. */
function widthOf(widths: readonly number[], start: number, span: number): number {
  return widths.slice(start, start + span).reduce((a, b) => a + b, 0);
}

function tableRun(text: string): ParagraphChild {
  return run(text, FONT.table, SIZE.table);
}

/**
 * Builds a table from rows of cell specs laid out on a grid: a cell with
 * rowSpan n is written as vMerge=restart, and a vMerge=continue cell of the
 * same span stands in its place in each of the n-1 rows below.
 */
function gridTable(
  widths: readonly number[],
  rows: CellSpec[][],
  options: { headerRows?: number; minHeights?: Map<number, number> } = {},
): Table {
  // pending[column] = rows still covered by a vertical merge starting above, and its span.
  const pending = new Map<number, { left: number; span: number }>();
  const out: TableRow[] = rows.map((specs, rowIndex) => {
    const cells: TableCell[] = [];
    let column = 0;
    let next = 0;
    const skipMerged = (): void => {
      for (let merge = pending.get(column); merge; merge = pending.get(column)) {
        cells.push(
          new TableCell({
            children: [cellParagraph([], 'center')],
            columnSpan: merge.span > 1 ? merge.span : undefined,
            verticalMerge: VerticalMergeType.CONTINUE,
            verticalAlign: VerticalAlign.CENTER,
            width: { size: widthOf(widths, column, merge.span), type: WidthType.DXA },
          }),
        );
        if (--merge.left === 0) pending.delete(column);
        column += merge.span;
      }
    };
    skipMerged();
    while (next < specs.length) {
      const spec = specs[next++]!;
      const span = spec.columnSpan ?? 1;
      const content = typeof spec.content === 'string' ? (spec.content ? [tableRun(spec.content)] : []) : spec.content;
      cells.push(
        new TableCell({
          children: [cellParagraph(content, spec.align ?? 'center')],
          columnSpan: span > 1 ? span : undefined,
          verticalMerge: spec.rowSpan && spec.rowSpan > 1 ? VerticalMergeType.RESTART : undefined,
          verticalAlign: VerticalAlign.CENTER,
          width: { size: widthOf(widths, column, span), type: WidthType.DXA },
          shading: spec.fill ? { fill: spec.fill, type: ShadingType.CLEAR, color: 'auto' } : undefined,
        }),
      );
      if (spec.rowSpan && spec.rowSpan > 1) pending.set(column, { left: spec.rowSpan - 1, span });
      column += span;
      skipMerged();
    }
    if (column !== widths.length)
      throw new Error(`docx table row ${rowIndex} covers ${column} of ${widths.length} columns`);
    return new TableRow({
      children: cells,
      cantSplit: true,
      // Keep the table with its heading and in one piece where it fits on a page.
      keepNext: rowIndex < rows.length - 1 ? true : undefined,
      tableHeader: rowIndex < (options.headerRows ?? 0) ? true : undefined,
      height: { value: options.minHeights?.get(rowIndex) ?? ROW_HEIGHT, rule: HeightRule.ATLEAST },
    });
  });
  return new Table({
    rows: out,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: TABLE_BORDERS,
    margins: { left: 57, right: 57, top: 0, bottom: 0 },
  });
}

/** Column widths that add up to the text width exactly; the last takes the rounding. */
function spread(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** A value cell's text: as written; computed where `computed` is given and the file leaves the key out; else blank. */
function valueText(root: YNode, path: string[], computed?: () => number | undefined): string {
  const entry = entryAt(root, path);
  if (entry) return cellText(entry.value);
  const n = computed?.();
  return n === undefined ? '' : String(n);
}

function value(
  root: YNode,
  path: string[],
  extra: Partial<CellSpec> = {},
  computed?: () => number | undefined,
): CellSpec {
  return { content: valueText(root, path, computed), align: 'center', ...extra };
}

/** A row label: numbering and key in the table face, a printed note after the key (部分公开's) in 楷体, as the template. */
function label(node: FormatNode, extra: Partial<CellSpec> = {}): CellSpec {
  const printed = printedLabel(node);
  const plain = `${node.numbering ?? ''}${node.key}`;
  const content: ParagraphChild[] =
    printed.startsWith(plain) && printed.length > plain.length
      ? [tableRun(plain), run(printed.slice(plain.length), FONT.note, SIZE.table)]
      : [tableRun(printed)];
  return { content, align: 'left', ...extra };
}

// ------------------------------------------------------------------ 表二

export function docxTable2(root: YNode): Table {
  const rows: CellSpec[][] = [];
  for (const group of table2.children ?? []) {
    const groupPath = [table2.key, group.key];
    const headers = TABLE2_HEADERS[group.key] ?? ['信息内容'];
    rows.push([{ content: group.key, align: 'left', columnSpan: 4, fill: GROUP_FILL }]);
    rows.push(headers.map((text, i) => ({ content: text, columnSpan: i > 0 && headers.length === 2 ? 3 : 1 })));
    for (const row of group.children ?? []) {
      const rowPath = [...groupPath, row.key];
      if (row.kind === 'row')
        rows.push([
          label(row, { align: 'center' }),
          ...(row.children ?? []).map((c) => value(root, [...rowPath, c.key])),
        ]);
      else rows.push([label(row, { align: 'center' }), value(root, rowPath, { columnSpan: 3 })]);
    }
  }
  return gridTable(spread([1, 1, 1, 1]), rows);
}

// ------------------------------------------------------------------ 表三

function table3Values(root: YNode, table: Table3, row: Row, totalRow: boolean): CellSpec[] {
  return TABLE3_COLUMNS.map((column) => {
    const path = [...row.path, column.key];
    if (totalRow) return value(root, path, {}, () => resultSum(table, column.key));
    if (column.key === TOTAL) return value(root, path, {}, () => totalOf(row));
    return value(root, path);
  });
}

export function docxTable3(root: YNode): Table {
  const t = readTable3(root);
  const columns = TABLE3_COLUMNS;
  const rows: CellSpec[][] = [
    [
      { content: [run(BALANCE_NOTE, FONT.note, SIZE.note)], align: 'left', columnSpan: 3, rowSpan: 3 },
      { content: APPLICANTS, columnSpan: 7 },
    ],
    [
      { content: columns[0]!.key, rowSpan: 2 },
      { content: ORGANIZATIONS, columnSpan: 5 },
      { content: columns[6]!.key, rowSpan: 2 },
    ],
    columns.slice(1, 6).map((c) => ({ content: c.key })),
  ];
  const top = (row: Row): CellSpec[] => [label(row.format, { columnSpan: 3 }), ...table3Values(root, t, row, false)];
  rows.push(top(t.received), top(t.carriedIn));

  const outcomes = table3.children!.find((c) => c.key === '本年度办理结果')!;
  const outcomeRows = (outcomes.children ?? []).reduce(
    (n, c) => n + (c.kind === 'row' ? 1 : (c.children?.length ?? 0)),
    0,
  );
  let lead: CellSpec[] = [label(outcomes, { rowSpan: outcomeRows, align: 'center' })];
  const takeLead = (): CellSpec[] => {
    const cells = lead;
    lead = [];
    return cells;
  };
  let resultIndex = 0;
  for (const category of RESULT_CATEGORIES) {
    if (category.kind === 'row') {
      const row = t.results[resultIndex++]!;
      rows.push([...takeLead(), label(category, { columnSpan: 2 }), ...table3Values(root, t, row, false)]);
      continue;
    }
    const leaves = category.children ?? [];
    leaves.forEach((leaf, i) => {
      const row = t.results[resultIndex++]!;
      const start = i === 0 ? [...takeLead(), label(category, { rowSpan: leaves.length, align: 'center' })] : [];
      rows.push([...start, label(leaf), ...table3Values(root, t, row, false)]);
    });
  }
  rows.push([
    ...takeLead(),
    label(t.resultsTotal.format, { columnSpan: 2 }),
    ...table3Values(root, t, t.resultsTotal, true),
  ]);
  rows.push(top(t.carriedOut));

  // Three label columns (一、… / （一）… / 1.…), then seven number columns, in the template's proportions:
  // a number column holds two characters a line, so 商业企业 reads 商业/企业 as in the template.
  return gridTable(spread([785, 959, 3406, ...Array<number>(7).fill(714)]), rows, { headerRows: 3 });
}

// ------------------------------------------------------------------ 表四

export function docxTable4(root: YNode): Table {
  const results = TABLE4_COLUMNS.map((c) => c.key);
  const [review, direct, afterReview] = readTable4(root);
  const lawsuits = table4.children!.find((c) => c.key === '行政诉讼')!;
  const rows: CellSpec[][] = [
    [
      { content: review!.format.key, columnSpan: 5 },
      { content: lawsuits.key, columnSpan: 10 },
    ],
    [
      ...results.map((r) => ({ content: r, rowSpan: 2 })),
      { content: direct!.format.key, columnSpan: 5 },
      { content: afterReview!.format.key, columnSpan: 5 },
    ],
    [...results, ...results].map((r) => ({ content: r })),
    [review!, direct!, afterReview!].flatMap((row) =>
      TABLE4_COLUMNS.map((column) =>
        value(root, [...row.path, column.key], {}, column.key === TOTAL ? () => totalOf(row) : undefined),
      ),
    ),
  ];
  return gridTable(spread(Array<number>(15).fill(1)), rows, { headerRows: 3, minHeights: new Map([[3, 672]]) });
}
