// Inlay hints (server/src/inlayHints.ts): the computed 总计 after rows that
// leave it out, and the per-column sums of the result rows on 本年度办理结果.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InlayHint, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText } from '../../server/src/core/engine';
import { provideInlayHints } from '../../server/src/inlayHints';
import { CARRIED_IN, editLine, lineOfKey, NOW, RECEIVED, setCell, validReport } from './helpers/reports';

const EVERYTHING: Range = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

function hints(text: string, range: Range = EVERYTHING): InlayHint[] {
  const doc = TextDocument.create('file:///t.xxgk.yaml', 'xxgk', 1, text);
  return provideInlayHints(doc, checkText(text, { now: NOW }), range);
}

const labelAt = (list: InlayHint[], line: number): string[] =>
  list.filter((h) => h.position.line === line).map((h) => String(h.label));

test('a row without 总计 gets its computed total after the flow mapping', () => {
  const text = validReport({ totals: false });
  const list = hints(text);
  const line = lineOfKey(text, RECEIVED);
  assert.deepEqual(labelAt(list, line), ['总计 4']);
  const hint = list.find((h) => h.position.line === line)!;
  assert.equal(hint.position.character, text.split('\n')[line]!.length, 'at the end of the flow mapping');
  assert.equal(hint.paddingLeft, true);
  assert.match(String(hint.tooltip), /未填总计/);
  // Every table 三 row (本年新收, 上年结转, 21 result rows, 结转下年度; no results 总计 row here) and the three table 四 rows.
  assert.equal(list.filter((h) => String(h.label).startsWith('总计')).length, 2 + 21 + 1 + 3);
});

test('rows that give their 总计 get no total hint', () => {
  const list = hints(validReport());
  assert.deepEqual(
    list.map((h) => String(h.label).split('：')[0]),
    ['办理结果合计'],
  );
});

test('本年度办理结果 shows the per-column sums that the 勾稽关系 compares', () => {
  const text = validReport({ totals: false });
  const line = lineOfKey(text, '本年度办理结果');
  assert.deepEqual(labelAt(hints(text), line), [
    '办理结果合计：自然人 3，商业企业 1，科研机构 0，社会公益组织 0，法律服务机构 0，其他 0，总计 4',
  ]);
});

test('a blank or wrong cell makes its column unknown, and its row gets no total', () => {
  const text = setCell(setCell(validReport({ totals: false }), '予以公开', '商业企业', ''), CARRIED_IN, '自然人', '１');
  const list = hints(text);
  assert.deepEqual(labelAt(list, lineOfKey(text, '本年度办理结果')), [
    '办理结果合计：自然人 3，商业企业 ?，科研机构 0，社会公益组织 0，法律服务机构 0，其他 0，总计 ?',
  ]);
  assert.deepEqual(labelAt(list, lineOfKey(text, '予以公开')), []);
  assert.deepEqual(labelAt(list, lineOfKey(text, CARRIED_IN)), []);
});

test('a row in block form gets its hint at the end of its key line', () => {
  const text = editLine(validReport({ totals: false }), '行政复议', () => [
    '  行政复议:',
    '    结果维持: 2',
    '    结果纠正: 1',
    '    其他结果: 0',
    '    尚未审结: 0',
  ]);
  const line = lineOfKey(text, '行政复议');
  const hint = hints(text).find((h) => h.position.line === line)!;
  assert.equal(hint.label, '总计 3');
  assert.equal(hint.position.character, '  行政复议:'.length);
});

test('only hints within the requested range', () => {
  const text = validReport({ totals: false });
  const line = lineOfKey(text, CARRIED_IN);
  const list = hints(text, { start: { line, character: 0 }, end: { line, character: 500 } });
  assert.deepEqual(
    list.map((h) => h.label),
    ['总计 1'],
  );
});

test('no hints for a file that is not a report', () => {
  assert.deepEqual(hints(''), []);
  assert.deepEqual(hints('机关: [未闭合\n'), []);
});
