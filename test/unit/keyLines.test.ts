// The key structure read from lines alone (core/keyLines) and the cursor
// context built on it (server/src/cursorContext): what completion and hover
// rely on when the YAML does not parse.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flowEntries } from '../../server/src/core/flowEntries';
import { placeAt, trackLines } from '../../server/src/core/keyLines';
import { LineIndex } from '../../server/src/core/lineIndex';
import { cursorContext } from '../../server/src/cursorContext';

function at(source: string): { text: string; lines: LineIndex; position: { line: number; character: number } } {
  const i = source.indexOf('‸');
  const text = source.slice(0, i) + source.slice(i + 1);
  const lines = new LineIndex(text);
  return { text, lines, position: lines.position(i) };
}

function context(source: string) {
  const { text, lines, position } = at(source);
  return cursorContext(text, lines, position);
}

test('key lines carry their parent keys from indentation, past prose and flow mappings', () => {
  const text = [
    '机关: 某局',
    '总体情况: |',
    '  文字: 不是键',
    '收到和处理政府信息公开申请情况:',
    '  本年度办理结果:',
    '    予以公开: {自然人: 0}',
    '    不予公开:',
    '      属于国家秘密: {自然人: 0',
    '  结转下年度继续办理: {}',
  ].join('\n');
  const lines = new LineIndex(text);
  const keys = trackLines(text, lines).keyLines.map((k) => [...k.parent, k.key].join(' › '));
  assert.deepEqual(keys, [
    '机关',
    '总体情况',
    '收到和处理政府信息公开申请情况',
    '收到和处理政府信息公开申请情况 › 本年度办理结果',
    '收到和处理政府信息公开申请情况 › 本年度办理结果 › 予以公开',
    '收到和处理政府信息公开申请情况 › 本年度办理结果 › 不予公开',
    '收到和处理政府信息公开申请情况 › 本年度办理结果 › 不予公开 › 属于国家秘密',
    '收到和处理政府信息公开申请情况 › 结转下年度继续办理',
  ]);
});

test('a key with an inline value is never a parent, whatever the indent below it', () => {
  const ctx = context('收到和处理政府信息公开申请情况:\n  本年度办理结果:\n    予以公开: {自然人: 0}\n        ‸');
  assert.equal(ctx?.kind, 'key');
  assert.deepEqual(ctx.kind === 'key' && ctx.parent, ['收到和处理政府信息公开申请情况', '本年度办理结果']);
});

test('flow entries: keys and values with offsets, an unclosed mapping read to the end of the line', () => {
  const line = '  行政复议: {结果维持: 1, 结果纠正: , 其他结果';
  const { entries } = flowEntries(line, line.indexOf('{'));
  assert.deepEqual(
    entries.map((e) => [
      e.key,
      line.slice(e.keyStart, e.keyEnd),
      e.valueStart === -1 ? null : line.slice(e.valueStart, e.valueEnd),
    ]),
    [
      ['结果维持', '结果维持', '1'],
      ['结果纠正', '结果纠正', ''],
      ['其他结果', '其他结果', null],
    ],
  );
});

test('flow entries and the cursor inside them: quotes, with escapes, hide colons, commas and braces', () => {
  // One scanner reads every quote: an escaped quote inside double quotes does not end them.
  const line = String.raw`  行政复议: {"结果\":维持, {}": 1, '其他: 结果': 2, 尚未审结: 3}`;
  const { entries } = flowEntries(line, line.indexOf('{'));
  assert.deepEqual(
    entries.map((e) => [e.key, e.valueStart === -1 ? null : line.slice(e.valueStart, e.valueEnd)]),
    [
      ['结果":维持, {}', '1'],
      ['其他: 结果', '2'],
      ['尚未审结', '3'],
    ],
  );
  const { text, lines, position } = at(String.raw`政府信息公开行政复议、行政诉讼情况:
  行政复议: {"a\", b": 1, 结‸}`);
  const ctx = cursorContext(text, lines, position);
  assert.equal(ctx?.kind, 'flowKey');
  assert.deepEqual(ctx?.kind === 'flowKey' && [...ctx.present], ['a", b']);
});

test('cursor contexts: key, flow key, value, and none in prose or comments', () => {
  assert.equal(context('总体情况: |\n  段落\n  ‸'), undefined);
  assert.equal(context('总体情况: |\n  段落\n\n‸')?.kind, 'key');
  assert.equal(context('# 注释 ‸'), undefined);
  const flow = context('收到和处理政府信息公开申请情况:\n  本年新收政府信息公开申请数量: {自然人: 0, 商‸}');
  assert.equal(flow?.kind, 'flowKey');
  if (flow?.kind === 'flowKey') {
    assert.deepEqual(flow.row, ['收到和处理政府信息公开申请情况', '本年新收政府信息公开申请数量']);
    assert.deepEqual([...flow.present], ['自然人']);
  }
  assert.equal(context('收到和处理政府信息公开申请情况:\n  本年新收政府信息公开申请数量: {自然人: ‸}'), undefined);
  const value = context('收到和处理政府信息公开申请情况:\n  结转下年度继续办理: ‸');
  assert.equal(value?.kind, 'value');
});

test('present siblings come from the whole parent block, above and below the cursor', () => {
  const ctx = context(
    '收到和处理政府信息公开申请情况:\n  本年度办理结果:\n    予以公开: {}\n    ‸\n    其他处理:\n      其他: {}\n    总计: {}\n  结转下年度继续办理: {}\n',
  );
  assert.equal(ctx?.kind, 'key');
  if (ctx?.kind === 'key') assert.deepEqual([...ctx.present].sort(), ['予以公开', '其他处理', '总计'].sort());
});

test('placeAt finds keys and values on a line of half-typed YAML', () => {
  const { text, lines, position } = at(
    '收到和处理政府信息公开申请情况:\n  本年度办理结果:\n    不予公开:\n      属于国家秘密: {自然人: 4‸, 商业企业',
  );
  const place = placeAt(text, lines, { line: position.line, character: position.character - 1 });
  assert.deepEqual(place?.path, [
    '收到和处理政府信息公开申请情况',
    '本年度办理结果',
    '不予公开',
    '属于国家秘密',
    '自然人',
  ]);
  assert.equal(place?.part, 'value');
  assert.equal(placeAt(text, lines, { line: 99, character: 0 }), undefined);
  assert.equal(placeAt(text, lines, { line: -1, character: 0 }), undefined);
});
