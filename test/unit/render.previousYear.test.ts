// The preview's year-over-year view: last year's value in small type after
// each number last year's report has, the change in the cell's title, and the
// cells that moved by more than the given share marked `changed`. Off by
// default: without RenderOptions.previous the page is as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText, parseReport } from '../../server/src/core/engine';
import { renderReport } from '../../server/src/core/render';
import { byPath, childElements, hasClass, HtmlElement, parseHtml, textOf } from './helpers/miniHtml';
import { lastYearReport, thisYearReport } from './helpers/pairs';
import { NOW, replaceOnce } from './helpers/reports';

const LICENSING = '主动公开政府信息情况/第二十条第（五）项/行政许可';
const PENALTIES = '主动公开政府信息情况/第二十条第（六）项/行政处罚';
const NORMATIVE_IN_FORCE = '主动公开政府信息情况/第二十条第（一）项/行政规范性文件/现行有效件数';
const RECEIVED_TOTAL = '收到和处理政府信息公开申请情况/本年新收政府信息公开申请数量/总计';

function page(share?: number): Map<string, HtmlElement> {
  const now = replaceOnce(thisYearReport(), '行政许可: 54', '行政许可: 61');
  const last = replaceOnce(lastYearReport(), '行政处罚: 6', '行政处罚: 2');
  const result = checkText(now, { now: NOW });
  const previous = share === undefined ? undefined : { root: parseReport(last).root, share };
  return byPath(parseHtml(renderReport(result.report!, result.findings, { previous }).body));
}

const previousOf = (cell: HtmlElement): string | undefined => {
  const span = childElements(cell, 'span').find((s) => hasClass(s, 'previous-year'));
  return span ? textOf(span) : undefined;
};

test('off by default: no last-year figures', () => {
  const cells = page();
  assert.equal(previousOf(cells.get(LICENSING)!), undefined);
  assert.equal(textOf(cells.get(LICENSING)!).trim(), '61');
});

test("each number shows last year's beside it; the title gives the change", () => {
  const cells = page(0.3);
  const licensing = cells.get(LICENSING)!;
  assert.equal(previousOf(licensing), '上年 54');
  assert.match(licensing.attrs['title'] ?? '', /上年 54 → 本年 61，\+7（\+13\.0%）/);
  assert.equal(previousOf(cells.get(NORMATIVE_IN_FORCE)!), '上年 9');
  // A computed 总计 too.
  assert.equal(previousOf(cells.get(RECEIVED_TOTAL)!), '上年 4');
});

test('a change beyond the share is marked, one within it is not', () => {
  const cells = page(0.3);
  assert.ok(!hasClass(cells.get(LICENSING)!, 'changed'), '+13 % is within 30 %');
  assert.ok(hasClass(cells.get(PENALTIES)!, 'changed'), '2 → 6 is +200 %');
  assert.ok(!hasClass(cells.get(NORMATIVE_IN_FORCE)!, 'changed'));
  const strict = page(0.1);
  assert.ok(hasClass(strict.get(LICENSING)!, 'changed'), '+13 % is beyond 10 %');
});
