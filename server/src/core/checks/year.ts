// year: 年度 must be a plausible report year: a whole year from 2008 (when the
// first 条例 took effect) up to the current year.
import { RawFinding } from '../findings';
import { YNode } from '../yamlTree';
import { defineRule } from './rule';

export const yearRule = defineRule({
  code: 'year',
  severity: 'error',
  description: '年度不是可能的报告年度（早于 2008 年或晚于今年）',
  suppressible: true,
});

export const FIRST_REPORT_YEAR = 2008;

/** 年度 as a number where it is written as four digits, else undefined. */
export function statedYear(root: YNode): number | undefined {
  const node = root.kind === 'map' ? root.byKey.get('年度')?.value : undefined;
  return node?.kind === 'scalar' && /^\d{4}$/.test(node.raw) ? Number(node.raw) : undefined;
}

export function yearFindings(root: YNode, now: Date): RawFinding[] {
  const entry = root.kind === 'map' ? root.byKey.get('年度') : undefined;
  if (!entry) return [];
  const node = entry.value;
  const current = now.getFullYear();
  const raw = node.kind === 'scalar' ? node.raw : '';
  const year = node.kind === 'scalar' && /^\d{4}$/.test(raw) ? Number(raw) : undefined;
  if (year !== undefined && year >= FIRST_REPORT_YEAR && year <= current) return [];
  const start = node.start === node.end ? entry.keyStart : node.start;
  const end = node.start === node.end ? entry.keyEnd : node.end;
  const shown = node.kind !== 'scalar' ? '一个映射或列表' : raw ? `「${raw}」` : '空白';
  const message =
    year === undefined
      ? `「年度」应为四位数字的年份，如 ${current - 1}，这里是${shown}。`
      : `「年度」${year} 不是可能的报告年度：应在 ${FIRST_REPORT_YEAR} 年至今年（${current} 年）之间。`;
  return [{ start, end, code: 'year', message }];
}
