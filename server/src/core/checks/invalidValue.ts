// invalid-value: a value of the wrong kind where the format wants text or a
// mapping (a list as 总体情况, a number as a table row, 格式: 2019). Count
// cells have their own code, not-a-count.
import { RawFinding } from '../findings';
import { nodeAt, placeOf, printedLabel } from '../model';
import type { ErrorTarget } from '../validate';
import { defineRule } from './rule';

export const invalidValueRule = defineRule({
  code: 'invalid-value',
  severity: 'error',
  description: '值的类型不对：如文字段落写成列表、表格行写成单个数字、「格式」不是 2021',
  suppressible: true,
});

export function invalidValueFinding(at: ErrorTarget, kind: string | undefined): RawFinding {
  const { node, path } = at;
  const format = path.length ? nodeAt(path) : undefined;
  const name = path.length ? `「${placeOf(path)}」` : '报告';
  let message: string;
  if (kind === 'format') {
    message = '「格式」目前只能是 2021（国办公开办函〔2021〕30号格式）。';
  } else if (kind === 'prose') {
    message = `${name}应为文字段落（用 | 开头的块，每行一段），不能是映射或列表。`;
  } else if (kind === 'text' || kind === 'date') {
    message = `${name}应为一行文字，不能是映射或列表。`;
  } else {
    const children = (format?.children ?? []).map((c) => (format?.kind === 'row' ? c.key : printedLabel(c)));
    message = children.length
      ? `${name}应为按项填写的映射（${children.join('、')}），不能是单个值或列表。`
      : `${name}应为以键值对组成的映射。`;
  }
  return { start: node.start, end: Math.max(node.start, node.end), code: 'invalid-value', message };
}
