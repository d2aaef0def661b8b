// Hover, year over year: on a table cell, last year's value and the change
// (上年 54 → 本年 61，+7（+13.0%）); on 上年结转, last year's 结转下年度继续办理
// and whether they agree. Where no report of last year was found, the hover
// on 上年结转 says so and how to link one.
import type { CheckResult } from './core/engine';
import { PREVIOUS_KEY } from './core/previous/identity';
import { changeLine, tableNumbers } from './core/previous/numbers';
import { REQUESTS } from './core/tables';
import { markdownText } from './markdownText';

const CARRIED_IN = '上年结转政府信息公开申请数量';
const CARRIED_OUT = '结转下年度继续办理';

function notFound(result: CheckResult): string {
  const input = result.previous?.input;
  const how = `如需核对，请把上年报告放在同一文件夹或工作区中，或在报告顶层写「${PREVIOUS_KEY}: 上年报告的相对路径」。`;
  if (input?.kind === 'ambiguous')
    return `找到多份可能是上年的报告（${input.names.map(markdownText).join('、')}），未作核对。${how}`;
  if (input?.kind === 'broken') return `上年报告无法使用：${markdownText(input.message)}。`;
  if (input?.kind === 'found') return `上年报告 ${markdownText(input.name)} 无法使用，未作核对。`;
  return `没有找到上一年度的报告，未核对上年结转。${how}`;
}

/** Markdown lines about last year for a table cell at `path`; [] where there is nothing to say. */
export function previousLines(result: CheckResult, path: readonly string[]): string[] {
  const root = result.report?.root;
  if (!root) return [];
  const carriedIn = path[0] === REQUESTS && path[1] === CARRIED_IN;
  const last = result.previous?.usable;
  // File names are the user's: shown as text, never as Markdown.
  const name = last && markdownText(last.name);
  if (!last) return carriedIn ? [`上年报告：${notFound(result)}`] : [];
  const now = tableNumbers(root).get(path.join('/'));
  const before = tableNumbers(last.report.root);
  if (carriedIn) {
    const column = path[path.length - 1]!;
    const lastOut = before.get([REQUESTS, CARRIED_OUT, column].join('/'));
    if (lastOut === undefined) return [`上年报告（${name}）的结转下年度继续办理 · ${column} 为空白或无效，无法核对。`];
    const mark = now === undefined ? '' : now === lastOut ? '　✓ 相符' : '　✗ 不符';
    return [`上年报告（${name}）结转下年度继续办理 · ${column}：${lastOut}${mark}`];
  }
  const lastValue = before.get(path.join('/'));
  if (lastValue === undefined || now === undefined) return lastValue === undefined ? [`上年（${name}）：无此数`] : [];
  return [`${changeLine(lastValue, now)}（上年报告：${name}）`];
}
