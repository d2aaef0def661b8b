// not-a-count: a table cell whose source text is not a count (or, for
// 行政事业性收费, not an amount). The fix rewrites it where the intent is
// unambiguous: `１２`, `12件`, `"3"`, `2.0`.
import { RawFinding } from '../findings';
import { cellName } from '../model';
import { intendedCount, isTooLargeCount } from '../values';
import type { ErrorTarget } from '../validate';
import { defineRule } from './rule';

export const notACountRule = defineRule({
  code: 'not-a-count',
  severity: 'error',
  description: '表格单元格不是数量（如 12件、１２、"3"、-1），或行政事业性收费不是金额',
  suppressible: true,
  // Offered only where the intent is unambiguous (`１２`, `12件`): the same number, plainly written.
  fixAllSafe: true,
});

/**
 * Why a cell's text is not a count (or an amount), in the words of the
 * finding; `raw` undefined: the cell holds a mapping or list. Also the
 * preview's refusal of such a text typed into a cell.
 */
export function notACountMessage(path: readonly string[], raw: string | undefined, amount: boolean): string {
  const rule = amount
    ? '应为非负数（单位：万元，最多 6 位小数），只写阿拉伯数字，如 0 或 7730.28'
    : '应为非负整数，只写阿拉伯数字，如 0、7、120';
  const shown = raw === undefined ? '一个映射或列表' : `「${raw}」`;
  const intended = raw === undefined || amount ? undefined : intendedCount(raw);
  let message = `「${cellName(path)}」${rule}，这里是${shown}。`;
  if (raw !== undefined && isTooLargeCount(raw, amount))
    message = `「${cellName(path)}」的数字过大（超过 ${Number.MAX_SAFE_INTEGER}），无法准确计算，不是真实的件数。`;
  if (intended !== undefined) message += `是否应为 ${intended}？`;
  return message;
}

export function notACountFinding(at: ErrorTarget, amount: boolean): RawFinding {
  const { node } = at;
  const raw = node.kind === 'scalar' ? node.raw : undefined;
  const intended = raw === undefined || amount ? undefined : intendedCount(raw);
  return {
    start: node.start,
    end: node.end,
    code: 'not-a-count',
    message: notACountMessage(at.path, raw, amount),
    fixes:
      intended !== undefined
        ? [{ title: `改为 ${intended}`, edits: [{ start: node.start, end: node.end, newText: intended }] }]
        : undefined,
  };
}
