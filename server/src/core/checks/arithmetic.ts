// Shared wording and fixes for the sum checks (row-total, result-total, balance).
import { RawFinding } from '../findings';
import { Cell, Row } from '../tables';

/** A cell as a related location of a sum finding, e.g. '自然人 3'. */
export function related(
  cell: Cell | undefined,
  message: string,
): NonNullable<RawFinding['related']>[number] | undefined {
  const entry = cell?.entry;
  return entry ? { start: entry.keyStart, end: entry.value.end, message } : undefined;
}

export function relatedAll(
  items: (NonNullable<RawFinding['related']>[number] | undefined)[],
): NonNullable<RawFinding['related']> {
  return items.filter((item): item is NonNullable<typeof item> => item !== undefined);
}

/** A fix that replaces a cell's value with the computed number. */
export function setValueFix(cell: Cell, value: number): RawFinding['fixes'] {
  const node = cell.entry?.value;
  if (!node) return undefined;
  return [{ title: `改为计算值 ${value}`, edits: [{ start: node.start, end: node.end, newText: String(value) }] }];
}

/** A row's name as the message shows it: its last key, or the group and key where the key repeats (其他). */
export function rowName(row: Row): string {
  const keys = row.path.slice(1);
  const last = keys[keys.length - 1]!;
  return last === '其他' || last === '总计' ? keys.slice(-2).join(' · ') : last;
}
