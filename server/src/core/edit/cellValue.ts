// A value typed or pasted into a table cell of the preview, judged by the
// engine's value rules (core/values.ts): a count is a non-negative integer
// (at most 2^53 − 1), 行政事业性收费 an amount in 万元; nothing, or only
// spaces, is a blank. Anything else is refused with the finding's own words.
import { notACountMessage } from '../checks/notACount';
import { FormatNode, nodeAt, placeOf } from '../model';
import { countOf } from '../values';

/** Spaces as a spreadsheet or Word leaves them around a number (U+00A0, U+3000 included). */
const SPACES_RE = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g;

export type CellInput =
  /** The text to write (a count or amount as the rules want it), or null for a blank. */
  { ok: true; cell: FormatNode; text: string | null } | { ok: false; message: string };

/** The table cell at `path`, or why there is none. */
export function tableCellAt(path: readonly string[]): { cell: FormatNode } | { message: string } {
  const cell = nodeAt(path);
  if (!cell) return { message: `报告格式中没有「${path.join(' · ')}」这一项。` };
  if (cell.kind !== 'count' && cell.kind !== 'amount')
    return { message: `「${placeOf(path)}」不是统计表的单元格，请在编辑器中修改。` };
  return { cell };
}

/** Judges `value` (null: empty the cell) for the cell at `path`. */
export function judgeCellInput(path: readonly string[], value: string | null): CellInput {
  const target = tableCellAt(path);
  if ('message' in target) return { ok: false, message: target.message };
  const text = value === null ? '' : value.replace(SPACES_RE, '');
  if (text === '') return { ok: true, cell: target.cell, text: null };
  const amount = target.cell.kind === 'amount';
  if (countOf(text, amount) === undefined) return { ok: false, message: notACountMessage(path, text, amount) };
  return { ok: true, cell: target.cell, text };
}
