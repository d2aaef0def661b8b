// Per-cell accuracy of an import against expected values (the corpus
// fixtures in test/fixtures/corpus-expected): a cell is right, flagged (left
// blank and listed as ambiguous), or wrong (a wrong number, or blank without
// being flagged). Used by the tests and by bench/import.bench.ts.
import { parse } from 'yaml';
import type { ImportResult } from './index';
import { rowsOf, TableId } from './labels';

/** Expected cells by table and row key: numbers in column order, null for a blank cell of the source. */
export interface ExpectedCells {
  source: string;
  table2: Record<string, (number | null)[]>;
  table3: Record<string, (number | null)[]>;
  table4: Record<string, (number | null)[]>;
}

export interface CellScore {
  right: number;
  flagged: number;
  wrong: number;
  /** Of the wrong cells, those left blank (not flagged) where the source has a number. */
  blankCells: number;
  /** Each wrong cell: where, what was expected, what the import has. */
  wrongCells: string[];
}

const TABLES: TableId[] = ['table2', 'table3', 'table4'];

export function scoreImport(result: ImportResult, expected: ExpectedCells): CellScore {
  const score: CellScore = { right: 0, flagged: 0, wrong: 0, blankCells: 0, wrongCells: [] };
  const data: unknown = parse(result.yaml);
  for (const table of TABLES) {
    const specs = rowsOf(table);
    const rowsOut = result.report.tables[table]?.rows ?? [];
    for (const [key, values] of Object.entries(expected[table])) {
      const spec = specs.find((s) => s.key === key);
      if (!spec) throw new Error(`fixture ${expected.source}: no row ${key} in ${table}`);
      const rowOut = rowsOut.find((r) => r.spec === spec);
      const yamlRow = valueAt(data, spec.path);
      values.forEach((want, i) => {
        const got = spec.columns.length ? valueAt(yamlRow, [spec.columns[i]!]) : yamlRow;
        const where = `${spec.path.slice(1).join(' · ')}${spec.columns.length ? ` · ${spec.columns[i]}` : ''}`;
        if (got === null || got === undefined) {
          if (want === null) score.right++;
          else if (rowOut?.cells[i]?.state === 'ambiguous') score.flagged++;
          else {
            score.wrong++;
            score.blankCells++;
            score.wrongCells.push(`${where}: 应为 ${want}，导入为空`);
          }
          return;
        }
        if (want !== null && Number(got) === want) score.right++;
        else {
          score.wrong++;
          score.wrongCells.push(`${where}: 应为 ${want === null ? '空' : want}，导入为 ${String(got)}`);
        }
      });
    }
  }
  return score;
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function totalCells(expected: ExpectedCells): number {
  return TABLES.reduce((n, t) => n + Object.values(expected[t]).reduce((m, v) => m + v.length, 0), 0);
}
