// The stock of documents in table 二 (规章, 行政规范性文件):
// - stock (information, only beside last year's report): 现行有效件数 should be
//   last year's 现行有效件数 + 本年制发件数 − 本年废止件数. Clean-up campaigns
//   and re-counting break it honestly, so it is a hint.
// - stock-negative (warning, the file alone): 现行有效件数 < 本年制发件数 −
//   本年废止件数 cannot be: more documents issued and not repealed this year
//   than are in force.
// Both on the 现行有效件数 value; a blank or invalid term gives no finding.
import { RawFinding } from '../findings';
import { defineRule } from './rule';
import { readCell } from '../values';
import { entryAt, YEntry, YNode } from '../yamlTree';
import { ParsedPrevious } from '../previous/previous';

export const stockRule = defineRule({
  code: 'stock',
  severity: 'information',
  description: '现行有效件数不等于上年现行有效件数 + 本年制发件数 − 本年废止件数（规章、行政规范性文件）',
  suppressible: true,
});

export const stockNegativeRule = defineRule({
  code: 'stock-negative',
  severity: 'warning',
  description: '现行有效件数小于本年制发件数 − 本年废止件数（规章、行政规范性文件）',
  suppressible: true,
});

const GROUP = ['主动公开政府信息情况', '第二十条第（一）项'];
export const STOCK_ROWS = ['规章', '行政规范性文件'] as const;
const ISSUED = '本年制发件数';
const REPEALED = '本年废止件数';
const IN_FORCE = '现行有效件数';

interface StockRow {
  issued?: number;
  repealed?: number;
  inForce?: number;
  inForceEntry?: YEntry;
}

function count(root: YNode, row: string, column: string): { value?: number; entry?: YEntry } {
  const entry = entryAt(root, [...GROUP, row, column]);
  const cell = readCell(entry?.value, false);
  return { value: cell.state === 'number' ? cell.value : undefined, entry };
}

function readStock(root: YNode, row: string): StockRow {
  const inForce = count(root, row, IN_FORCE);
  return {
    issued: count(root, row, ISSUED).value,
    repealed: count(root, row, REPEALED).value,
    inForce: inForce.value,
    inForceEntry: inForce.entry,
  };
}

function valueRange(entry: YEntry): { start: number; end: number } {
  const v = entry.value;
  return v.end > v.start ? { start: v.start, end: v.end } : { start: entry.keyStart, end: entry.keyEnd };
}

export function stockNegativeFindings(root: YNode): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const row of STOCK_ROWS) {
    const { issued, repealed, inForce, inForceEntry } = readStock(root, row);
    if (issued === undefined || repealed === undefined || inForce === undefined || !inForceEntry) continue;
    if (inForce >= issued - repealed) continue;
    findings.push({
      ...valueRange(inForceEntry),
      code: 'stock-negative',
      message:
        `${row}：现行有效件数 ${inForce} 小于本年制发 ${issued} − 本年废止 ${repealed} = ${issued - repealed}。` +
        `本年制发而未废止的件数不会多于现行有效的件数，请核对。`,
    });
  }
  return findings;
}

export function stockFindings(root: YNode, previous: ParsedPrevious, name: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const row of STOCK_ROWS) {
    const { issued, repealed, inForce, inForceEntry } = readStock(root, row);
    const last = count(previous.root, row, IN_FORCE);
    if (issued === undefined || repealed === undefined || inForce === undefined || !inForceEntry) continue;
    if (last.value === undefined) continue;
    const expected = last.value + issued - repealed;
    if (inForce === expected) continue;
    const related: RawFinding['related'] = last.entry
      ? [
          {
            start: last.entry.keyStart,
            end: Math.max(last.entry.keyEnd, last.entry.value.end),
            message: `${previous.identity.year ?? '上'}年度 ${row} · 现行有效件数 ${last.value}`,
            inPrevious: true,
          },
        ]
      : undefined;
    findings.push({
      ...valueRange(inForceEntry),
      code: 'stock',
      message:
        `${row}：上年现行有效 ${last.value}（${name}）+ 本年制发 ${issued} − 本年废止 ${repealed} = ${expected}，` +
        `但现行有效件数为 ${inForce}（相差 ${inForce - expected > 0 ? '+' : ''}${inForce - expected}）。` +
        `开展清理或重新统计时可能如此，如属这种情况可在第五部分说明。`,
      related,
    });
  }
  return findings;
}
