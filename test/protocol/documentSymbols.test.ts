// The outline over the protocol: sections › tables › rows, named by their
// official numbered labels, with ranges that hold their selection ranges.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DocumentSymbol, Range } from 'vscode-languageserver-protocol/node';
import { LspClient, useLspClient } from './lspClient';
import { exampleText, uriOf } from './texts';
import { SECTION_HEADINGS } from '../unit/helpers/labels';

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']): boolean =>
    a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

describe('document symbols', () => {
  let client: LspClient;
  let symbols: DocumentSymbol[];
  const text = exampleText();
  const lines = text.split('\n');

  useLspClient(async (c) => {
    client = c;
    const uri = uriOf('symbols.xxgk.yaml');
    await client.open(uri, text);
    symbols = (await client.symbols(uri)) ?? [];
  });

  const named = (list: DocumentSymbol[] | undefined, name: string): DocumentSymbol => {
    const found = list?.find((s) => s.name === name);
    assert.ok(found, `no symbol ${name} in ${list?.map((s) => s.name).join(', ')}`);
    return found;
  };

  test('top level: the metadata, then the six sections by their numbered titles', () => {
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['机关', '年度', '前言', ...SECTION_HEADINGS],
    );
    assert.equal(named(symbols, '机关').detail, '北京市西城区民政局');
  });

  test('tables and rows nest under their sections', () => {
    const requests = named(symbols, '三、收到和处理政府信息公开申请情况');
    assert.deepEqual(
      requests.children?.map((s) => s.name),
      [
        '一、本年新收政府信息公开申请数量',
        '二、上年结转政府信息公开申请数量',
        '三、本年度办理结果',
        '四、结转下年度继续办理',
      ],
    );
    const outcomes = named(requests.children, '三、本年度办理结果');
    assert.deepEqual(
      outcomes.children?.map((s) => s.name),
      [
        '（一）予以公开',
        '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
        '（三）不予公开',
        '（四）无法提供',
        '（五）不予处理',
        '（六）其他处理',
        '（七）总计',
      ],
    );
    const withheld = named(outcomes.children, '（三）不予公开');
    assert.equal(withheld.children?.length, 8);
    assert.equal(withheld.children?.[0]?.name, '1.属于国家秘密');
    assert.equal(named(outcomes.children, '（六）其他处理').children?.at(-1)?.name, '3.其他');
    // Rows are leaves: their columns are not outline entries.
    assert.equal(withheld.children?.[0]?.children, undefined);
    const appeals = named(symbols, '四、政府信息公开行政复议、行政诉讼情况');
    assert.deepEqual(
      named(appeals.children, '行政诉讼').children?.map((s) => s.name),
      ['未经复议直接起诉', '复议后起诉'],
    );
    const proactive = named(symbols, '二、主动公开政府信息情况');
    assert.deepEqual(
      named(proactive.children, '第二十条第（六）项').children?.map((s) => s.name),
      ['行政处罚', '行政强制'],
    );
  });

  test('selection ranges are the keys; ranges hold them and end where the value ends', () => {
    const walk = (list: DocumentSymbol[]): void => {
      for (const s of list) {
        assert.ok(contains(s.range, s.selectionRange), s.name);
        const keyLine = lines[s.selectionRange.start.line]!;
        const key = keyLine.slice(s.selectionRange.start.character, s.selectionRange.end.character);
        assert.ok(s.name.endsWith(key) || s.name.includes(key), `${s.name} vs ${key}`);
        if (s.children) {
          for (const c of s.children) assert.ok(contains(s.range, c.range), `${c.name} in ${s.name}`);
          walk(s.children);
        }
      }
    };
    walk(symbols);
    const secret = named(
      named(
        named(named(symbols, '三、收到和处理政府信息公开申请情况').children, '三、本年度办理结果').children,
        '（三）不予公开',
      ).children,
      '1.属于国家秘密',
    );
    assert.deepEqual(secret.selectionRange, { start: { line: 36, character: 6 }, end: { line: 36, character: 12 } });
    assert.deepEqual(secret.range, {
      start: { line: 36, character: 6 },
      end: { line: 36, character: lines[36]!.length },
    });
    const overview = named(symbols, '一、总体情况');
    assert.equal(overview.range.end.line, 17);
    assert.equal(overview.range.end.character, lines[17]!.length);
  });
});
