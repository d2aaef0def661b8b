// The table quantities a sentence can name, as sums of table cells with their
// places: 本年新收 (for 自然人, for 法人或其他组织, or in all), each result,
// the 复议 and 诉讼 rows, the rows of table 二. A quantity whose terms are not
// all counts (a blank, an invalid value, a missing row) has no value and is
// never compared: blanks are never read as 0.
import { nodeAt, RESULT_CATEGORIES, TABLE3_APPLICANT_COLUMNS } from '../model';
import { numberOf, readTable3, readTable4, Row, Table3, TOTAL, totalOf } from '../tables';
import { readCell } from '../values';
import { entryAt, YNode } from '../yamlTree';

/** One table cell (or a row's computed 总计) with where it stands. */
export interface Term {
  name: string;
  value: number | undefined;
  /** Source span of the cell (key to value), or of the row's key for a computed 总计. */
  place?: { start: number; end: number };
}

/** A table quantity: a sum of terms, named as the message shows it. */
export interface Quantity {
  label: string;
  terms: Term[];
}

export type Scope = 'all' | 'person' | 'org';
export type AppealRow = 'review' | 'direct' | 'afterReview';
export type AppealColumn = '结果维持' | '结果纠正' | '其他结果' | '尚未审结' | typeof TOTAL;

const ORG_COLUMNS = TABLE3_APPLICANT_COLUMNS.slice(1).map((c) => c.key);
const SCOPE_NAME: Record<Scope, string> = { all: '', person: '自然人', org: '法人或其他组织' };
const APPEAL_ROW_NAME: Record<AppealRow, string> = {
  review: '行政复议',
  direct: '行政诉讼（未经复议直接起诉）',
  afterReview: '行政诉讼（复议后起诉）',
};

export function valueOf(q: Quantity): number | undefined {
  let sum = 0;
  for (const t of q.terms) {
    if (t.value === undefined) return undefined;
    sum += t.value;
  }
  // Amounts: keep the sum free of binary noise (0.1 + 0.2).
  return Math.round(sum * 1e6) / 1e6;
}

function cellTerm(row: Row, column: string, name: string): Term {
  const cell = row.cells.get(column);
  const entry = cell?.entry;
  return {
    name,
    value: numberOf(row, column),
    place: entry ? { start: entry.keyStart, end: entry.value.end } : undefined,
  };
}

/** A result row as messages name it: its key, with its category where the key is 其他. */
function resultLabel(row: Row): string {
  const keys = row.path.slice(2);
  return keys[keys.length - 1] === '其他' ? keys.join(' · ') : keys[keys.length - 1]!;
}

/** A row of table 三 or 四 in a scope: its 总计 (given or computed), 自然人, or the five kinds of organisation. */
function rowTerms(row: Row, scope: Scope, label: string): Term[] {
  if (scope === 'person') return [cellTerm(row, '自然人', `${label} · 自然人`)];
  if (scope === 'org') return ORG_COLUMNS.map((c) => cellTerm(row, c, `${label} · ${c}`));
  const given = row.cells.get(TOTAL)?.entry;
  if (given) return [cellTerm(row, TOTAL, `${label} · 总计`)];
  return [
    {
      name: `${label} · 总计（计算值）`,
      value: totalOf(row),
      place: row.entry ? { start: row.entry.keyStart, end: row.entry.keyEnd } : undefined,
    },
  ];
}

/** The tables of one report, read once for all of its sentences. */
export class ReportQuantities {
  private readonly t3: Table3;
  private readonly t4: Row[];

  /** The tables where the caller has read them already (the engine has). */
  constructor(
    private readonly root: YNode,
    tables?: { table3: Table3; table4: Row[] },
  ) {
    this.t3 = tables?.table3 ?? readTable3(root);
    this.t4 = tables?.table4 ?? readTable4(root);
  }

  private scoped(base: string, scope: Scope): string {
    return scope === 'all' ? base : `${base}（${SCOPE_NAME[scope]}）`;
  }

  received(scope: Scope): Quantity {
    return { label: this.scoped('本年新收申请', scope), terms: rowTerms(this.t3.received, scope, '本年新收') };
  }

  carriedIn(scope: Scope): Quantity {
    return { label: this.scoped('上年结转申请', scope), terms: rowTerms(this.t3.carriedIn, scope, '上年结转') };
  }

  receivedWithCarried(scope: Scope): Quantity {
    return {
      label: this.scoped('本年新收 + 上年结转', scope),
      terms: [...rowTerms(this.t3.received, scope, '本年新收'), ...rowTerms(this.t3.carriedIn, scope, '上年结转')],
    };
  }

  handled(scope: Scope): Quantity {
    return { label: this.scoped('办理结果总计', scope), terms: rowTerms(this.t3.resultsTotal, scope, '办理结果总计') };
  }

  carriedOut(scope: Scope): Quantity {
    return {
      label: this.scoped('结转下年度继续办理', scope),
      terms: rowTerms(this.t3.carriedOut, scope, '结转下年度继续办理'),
    };
  }

  /** Result rows by their keys: a category (不予公开: its eight rows) or one row (重复申请). */
  results(keys: readonly string[], scope: Scope): Quantity {
    const rows = keys.flatMap((key) => this.t3.results.filter((r) => r.path.includes(key)));
    const names = keys.map((k) => (k.length > 12 ? `${k.slice(0, 12)}…` : k));
    return {
      label: this.scoped(names.join(' + '), scope),
      terms: rows.flatMap((r) => rowTerms(r, scope, resultLabel(r))),
    };
  }

  appeals(rows: readonly AppealRow[], column: AppealColumn): Quantity {
    const index: Record<AppealRow, number> = { review: 0, direct: 1, afterReview: 2 };
    const terms = rows.flatMap((r) => {
      const row = this.t4[index[r]]!;
      return column === TOTAL
        ? rowTerms(row, 'all', APPEAL_ROW_NAME[r])
        : [cellTerm(row, column, `${APPEAL_ROW_NAME[r]} · ${column}`)];
    });
    const who =
      rows.length === 3
        ? '行政复议和行政诉讼'
        : rows.length === 2 && !rows.includes('review')
          ? '行政诉讼'
          : rows.map((r) => APPEAL_ROW_NAME[r]).join(' + ');
    return { label: `${who}${column === TOTAL ? '案件总数' : `「${column}」`}`, terms };
  }

  /** A cell of table 二 by its path under 主动公开政府信息情况. */
  proactive(path: readonly string[], label: string): Quantity {
    const full = ['主动公开政府信息情况', ...path];
    const entry = entryAt(this.root, full);
    const amount = nodeAt(full)?.kind === 'amount';
    const cell = readCell(entry?.value, amount);
    return {
      label,
      terms: [
        {
          name: label,
          value: cell.state === 'number' ? cell.value : undefined,
          place: entry ? { start: entry.keyStart, end: entry.value.end } : undefined,
        },
      ],
    };
  }

  /** Every result category key, in official order (for the grammar's cue list). */
  static readonly CATEGORY_KEYS = RESULT_CATEGORIES.map((c) => c.key);
}
