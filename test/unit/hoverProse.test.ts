// Hover on a number of the prose that prose-figure compared: what it was
// read as, the table quantities it was compared with, and the verdict — also
// when they agree. Elsewhere in the prose, no hover.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText } from '../../server/src/core/engine';
import { provideHover } from '../../server/src/hover';
import { NOW, validReport } from './helpers/reports';
import { rangeOf } from './helpers/positions';

function hoverAt(text: string, needle: string, after?: string): { value: string; range: unknown } | null {
  const result = checkText(text, { now: NOW });
  const range = rangeOf(text, needle, after ? { after } : {});
  const hover = provideHover(result, range.start);
  if (!hover) return null;
  return { value: (hover.contents as { value: string }).value, range: hover.range };
}

test('an agreeing figure: what it was read as, both quantities, ✓ 相符, the range of the number', () => {
  const text = validReport({ overview: '本年度共收到政府信息公开申请5件，办结4件。' });
  const hover = hoverAt(text, '5', '申请');
  assert.ok(hover);
  assert.match(hover.value, /读作：收到的申请数/);
  assert.match(hover.value, /本年新收申请：4/);
  assert.match(hover.value, /本年新收 \+ 上年结转：5（本年新收 · 总计 4 \+ 上年结转 · 总计 1）/);
  assert.match(hover.value, /✓ 与统计表相符/);
  assert.deepEqual(hover.range, rangeOf(text, '5', { after: '申请' }));
});

test('a disagreeing figure says so', () => {
  const text = validReport({ overview: '本年度共收到政府信息公开申请5件，办结7件。' });
  const hover = hoverAt(text, '7');
  assert.match(hover!.value, /办理结果总计：4/);
  assert.match(hover!.value, /✗ 与统计表不符/);
});

test('an all-upheld claim: the cells looked at and the verdict', () => {
  const text = validReport({ overview: '行政复议2件，均获维持。', table4: { 行政复议: [1, 1, 0, 0] } });
  const hover = hoverAt(text, '均获维持');
  assert.match(hover!.value, /行政复议 · 结果纠正 1/);
  assert.match(hover!.value, /✗/);
});

test('a number not compared, and plain prose, have no hover', () => {
  const text = validReport({ overview: '全年主动公开政府信息312条。' });
  assert.equal(hoverAt(text, '312'), null);
  assert.equal(hoverAt(text, '主动公开'), null);
});
