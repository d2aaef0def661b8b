// Tables 二, 三 and 四, cell for cell as the official template of
// 国办公开办函〔2021〕30号 lays them out (docs/layout.md), merged header cells
// included. Values come from the file as written; a
// 总计 the file leaves out is printed as computed by core/tables.ts.
import {
  FormatNode,
  printedLabel,
  RESULT_CATEGORIES,
  TABLE2_HEADERS,
  TABLE3_COLUMNS,
  TABLE4_COLUMNS,
  TABLE3_HEADERS,
} from '../model';
import { table2 } from '../model/table2';
import { table3 } from '../model/table3';
import { table4 } from '../model/table4';
import { readTable3, readTable4, resultSum, Row, Table3, TOTAL, totalOf } from '../tables';
import { addClass, Attrs, El, h } from './dom';
import { cellText, keyed, placeInFile, RenderContext } from './context';

import { changedBeyond, changeLine } from '../previous/numbers';

const COMPUTED_TITLE = '自动计算';
const NOT_COMPUTABLE = '自动计算：有空白、缺少或无效的单元格，无法计算';

/** A value cell: as written; computed where `computed` is given and the file leaves the key out. */
function valueCell(
  ctx: RenderContext,
  path: string[],
  column: FormatNode,
  attrs: Attrs = {},
  computed?: () => number | undefined,
): El {
  return withPrevious(ctx, path, ownValueCell(ctx, path, column, attrs, computed));
}

/** Last year's value in small grey type after this year's; a change beyond the share marked `changed`. */
function withPrevious(ctx: RenderContext, path: string[], el: El): El {
  const figures = ctx.previous;
  if (!figures) return el;
  const key = path.join('/');
  const last = figures.last.get(key);
  if (last === undefined) return el;
  el.children.push(h('span', { class: 'previous-year' }, [`上年 ${last}`]));
  const now = figures.now.get(key);
  if (now === undefined) return el;
  el.titles.push(changeLine(last, now));
  if (changedBeyond(last, now, figures.share)) addClass(el, 'changed');
  return el;
}

function ownValueCell(
  ctx: RenderContext,
  path: string[],
  column: FormatNode,
  attrs: Attrs = {},
  computed?: () => number | undefined,
): El {
  const place = placeInFile(ctx, path);
  if (place.entry) return keyed(ctx, 'td', place, column, { ...attrs, class: 'num' }, [cellText(place.entry.value)]);
  if (!computed) return keyed(ctx, 'td', place, column, { ...attrs, class: 'num' }, []);
  const n = computed();
  const el = keyed(ctx, 'td', place, column, { ...attrs, class: 'num computed' }, n === undefined ? [] : [String(n)]);
  el.titles.unshift(n === undefined ? NOT_COMPUTABLE : COMPUTED_TITLE);
  return el;
}

/** The label cell of a row or group (numbering plus printed label). */
function labelCell(ctx: RenderContext, path: string[], node: FormatNode, attrs: Attrs = {}, markMissing = true): El {
  const classes = ['label', attrs['class']].filter(Boolean).join(' ');
  return keyed(ctx, 'td', placeInFile(ctx, path), node, { ...attrs, class: classes }, [printedLabel(node)], {
    suffix: '#label',
    markMissing,
  });
}

function th(text: string, attrs: Attrs = {}): El {
  return h('th', attrs, [text]);
}

/** Column widths are set by class in styles.ts: a CSP without 'unsafe-inline' ignores style attributes. */
function colgroup(classes: string[]): El {
  return h(
    'colgroup',
    {},
    classes.map((c) => h('col', { class: c })),
  );
}

function table(id: string, cols: El, head: El[], body: El[]): El {
  return h('table', { class: `xxgk-table ${id}` }, [cols, h('thead', {}, head), h('tbody', {}, body)]);
}

// ------------------------------------------------------------------ 表二

export function renderTable2(ctx: RenderContext): El {
  const section = table2.key;
  const rows: El[] = [];
  for (const group of table2.children ?? []) {
    const groupPath = [section, group.key];
    const headers = TABLE2_HEADERS[group.key] ?? ['信息内容'];
    rows.push(
      h('tr', { class: 'group' }, [
        keyed(ctx, 'th', placeInFile(ctx, groupPath), group, { colspan: 4, class: 'group-label' }, [group.key], {
          suffix: '#label',
        }),
      ]),
    );
    const wide = headers.length === 2 ? { colspan: 3 } : {};
    rows.push(
      h(
        'tr',
        { class: 'head' },
        headers.map((text, i) => th(text, i === 0 ? {} : wide)),
      ),
    );
    for (const row of group.children ?? []) {
      const rowPath = [...groupPath, row.key];
      if (row.kind === 'row') {
        const cells = (row.children ?? []).map((column) => valueCell(ctx, [...rowPath, column.key], column));
        rows.push(h('tr', {}, [labelCell(ctx, rowPath, row), ...cells]));
      } else {
        // One number per row (行政许可, 行政事业性收费): the label names it, the value cell takes any finding.
        rows.push(h('tr', {}, [labelCell(ctx, rowPath, row, {}, false), valueCell(ctx, rowPath, row, { colspan: 3 })]));
      }
    }
  }
  return h('table', { class: 'xxgk-table table2' }, [
    colgroup(['c-label', 'c-num', 'c-num', 'c-num']),
    h('tbody', {}, rows),
  ]);
}

// ------------------------------------------------------------------ 表三

const ORGANIZATION_COLUMNS = TABLE3_COLUMNS.slice(1, 6);

function table3Cells(ctx: RenderContext, table: Table3, row: Row, totalRow: boolean): El[] {
  return TABLE3_COLUMNS.map((column) => {
    const path = [...row.path, column.key];
    if (totalRow) {
      // （七）总计: any cell the file leaves out is the sum of the result rows.
      const sum = (): number | undefined => resultSum(table, column.key);
      return valueCell(ctx, path, column, {}, sum);
    }
    if (column.key === TOTAL) return valueCell(ctx, path, column, {}, () => totalOf(row));
    return valueCell(ctx, path, column);
  });
}

export function renderTable3(ctx: RenderContext): El {
  const t = readTable3(ctx.root);
  const head = [
    h('tr', {}, [
      th(TABLE3_HEADERS.balanceNote, { rowspan: 3, colspan: 3, class: 'note' }),
      th(TABLE3_HEADERS.applicants, { colspan: 7 }),
    ]),
    h('tr', {}, [
      th('自然人', { rowspan: 2 }),
      th(TABLE3_HEADERS.organizations, { colspan: 5 }),
      th('总计', { rowspan: 2 }),
    ]),
    h(
      'tr',
      {},
      ORGANIZATION_COLUMNS.map((c) => th(c.key)),
    ),
  ];

  const topRow = (row: Row): El =>
    h('tr', {}, [labelCell(ctx, row.path, row.format, { colspan: 3 }), ...table3Cells(ctx, t, row, false)]);

  const body: El[] = [topRow(t.received), topRow(t.carriedIn)];
  const outcomes = table3.children!.find((c) => c.key === '本年度办理结果')!;
  const outcomesPath = [table3.key, outcomes.key];
  const outcomeRowCount = (outcomes.children ?? []).reduce(
    (n, c) => n + (c.kind === 'row' ? 1 : (c.children?.length ?? 0)),
    0,
  );
  const outcomesLabel = labelCell(ctx, outcomesPath, outcomes, { rowspan: outcomeRowCount, class: 'vertical' });
  let first = true;
  const lead = (): El[] => {
    if (!first) return [];
    first = false;
    return [outcomesLabel];
  };
  let resultIndex = 0;
  for (const category of RESULT_CATEGORIES) {
    if (category.kind === 'row') {
      const row = t.results[resultIndex++]!;
      body.push(
        h('tr', {}, [
          ...lead(),
          labelCell(ctx, row.path, category, { colspan: 2 }),
          ...table3Cells(ctx, t, row, false),
        ]),
      );
      continue;
    }
    const leaves = category.children ?? [];
    const categoryLabel = labelCell(ctx, [...outcomesPath, category.key], category, {
      rowspan: leaves.length,
      class: 'category',
    });
    leaves.forEach((leaf, i) => {
      const row = t.results[resultIndex++]!;
      const start = i === 0 ? [...lead(), categoryLabel] : [];
      body.push(h('tr', {}, [...start, labelCell(ctx, row.path, leaf), ...table3Cells(ctx, t, row, false)]));
    });
  }
  body.push(
    h('tr', { class: 'total' }, [
      ...lead(),
      labelCell(ctx, t.resultsTotal.path, t.resultsTotal.format, { colspan: 2 }),
      ...table3Cells(ctx, t, t.resultsTotal, true),
    ]),
  );
  body.push(topRow(t.carriedOut));

  // Three label columns (一、… / （一）… / 1.…), then seven narrow number columns, as in the template.
  return table('table3', colgroup(['c-l1', 'c-l2', 'c-l3', ...Array<string>(7).fill('c-num')]), head, body);
}

// ------------------------------------------------------------------ 表四

export function renderTable4(ctx: RenderContext): El {
  const results = TABLE4_COLUMNS.map((c) => c.key);
  const [review, direct, afterReview] = readTable4(ctx.root);
  const lawsuits = table4.children!.find((c) => c.key === '行政诉讼')!;
  const head = [
    h('tr', {}, [
      keyed(ctx, 'th', placeInFile(ctx, review!.path), review!.format, { colspan: 5 }, ['行政复议'], {
        suffix: '#label',
      }),
      keyed(ctx, 'th', placeInFile(ctx, [table4.key, lawsuits.key]), lawsuits, { colspan: 10 }, ['行政诉讼'], {
        suffix: '#label',
      }),
    ]),
    h('tr', {}, [
      ...results.map((r) => th(r, { rowspan: 2 })),
      keyed(ctx, 'th', placeInFile(ctx, direct!.path), direct!.format, { colspan: 5 }, [direct!.format.key], {
        suffix: '#label',
      }),
      keyed(
        ctx,
        'th',
        placeInFile(ctx, afterReview!.path),
        afterReview!.format,
        { colspan: 5 },
        [afterReview!.format.key],
        { suffix: '#label' },
      ),
    ]),
    h('tr', {}, [...results.map((r) => th(r)), ...results.map((r) => th(r))]),
  ];
  const cells = [review!, direct!, afterReview!].flatMap((row) =>
    TABLE4_COLUMNS.map((column) =>
      column.key === TOTAL
        ? valueCell(ctx, [...row.path, column.key], column, {}, () => totalOf(row))
        : valueCell(ctx, [...row.path, column.key], column),
    ),
  );
  return table('table4', colgroup(Array<string>(15).fill('c-num')), head, [h('tr', { class: 'data' }, cells)]);
}
