// Hover over the protocol: a statutory key (label, numbering, place, article,
// explanation), a number (row, column and the sums it takes part in), a
// section (what it must contain), 其他 told apart by place, an unknown key,
// and half-typed YAML.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspClient, useLspClient } from './lspClient';
import { exampleText, positionOf, uriOf } from './texts';

describe('hover', () => {
  let client: LspClient;
  const text = exampleText();
  const uri = uriOf('hover.xxgk.yaml');

  useLspClient(async (c) => {
    client = c;
    await client.open(uri, text);
  });

  async function hoverText(at: { line: number; character: number }, docUri = uri): Promise<string> {
    const hover = await client.hover(docUri, at);
    assert.ok(hover, 'expected a hover');
    return (hover.contents as MarkupContent).value;
  }

  test('a statutory row key: its numbered place, article, explanation and columns', async () => {
    const at = positionOf(text, '属于国家秘密', 2);
    const hover = await client.hover(uri, at);
    assert.ok(hover);
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /表三 ·（三）不予公开 · 1\.属于国家秘密/);
    assert.match(value, /第十四条/);
    assert.match(value, /国家秘密/);
    assert.match(value, /自然人、商业企业/);
    assert.deepEqual(hover.range, { start: { line: at.line, character: 6 }, end: { line: at.line, character: 12 } });
  });

  test('部分公开: how to count it', async () => {
    const value = await hoverText(positionOf(text, '    部分公开', 5));
    assert.match(value, /（二）部分公开/);
    assert.match(value, /第三十七条/);
    assert.match(value, /只计这一情形，不计其他情形/);
  });

  test('a number: its row and column, and every sum it takes part in, with both sides', async () => {
    const line = '      属于国家秘密: {自然人: 0';
    const value = await hoverText(positionOf(text, line, line.length - 1));
    assert.match(value, /行：1\.属于国家秘密　列：自然人/);
    assert.match(value, /本格：0/);
    assert.match(
      value,
      /本行总计：自然人 0 \+ 商业企业 0 \+ 科研机构 0 \+ 社会公益组织 0 \+ 法律服务机构 0 \+ 其他 0 = 0；填写的总计 0　✓ 相符/,
    );
    assert.match(value, /本年度办理结果（自然人列）：（一）至（六）各项之和 = 0；（七）总计填写 0　✓ 相符/);
    assert.match(
      value,
      /勾稽关系（自然人列）：本年新收 0 \+ 上年结转 0 = 0；办理结果总计 0 \+ 结转下年度 0 = 0　✓ 相符/,
    );
  });

  test('a number in a broken balance shows both sides and the mismatch', async () => {
    const broken = text.replace(
      '  本年新收政府信息公开申请数量: {自然人: 0',
      '  本年新收政府信息公开申请数量: {自然人: 3',
    );
    const brokenUri = uriOf('hover-balance.xxgk.yaml');
    await client.open(brokenUri, broken);
    const line = '  结转下年度继续办理: {自然人: 0';
    const value = await hoverText(positionOf(broken, line, line.length - 1), brokenUri);
    assert.match(
      value,
      /勾稽关系（自然人列）：本年新收 3 \+ 上年结转 0 = 3；办理结果总计 0 \+ 结转下年度 0 = 0　✗ 不符/,
    );
    const received = '  本年新收政府信息公开申请数量: {自然人: 3';
    const own = await hoverText(positionOf(broken, received, received.length - 1), brokenUri);
    assert.match(own, /本行总计：自然人 3 \+ .* = 3；填写的总计 0　✗ 不符/);
  });

  test('a blank cell says it is blank, not 0', async () => {
    const line = '      重复申请: {自然人: 0, 商业企业: 0, 科研机构: ,';
    const value = await hoverText(positionOf(text, line, line.length - 6));
    assert.match(value, /列：科研机构/);
    assert.match(value, /本格：空白/);
    assert.match(value, /科研机构 空白/);
  });

  test('a number in table 四 and in table 二', async () => {
    const review = '  行政复议: {结果维持: 0';
    assert.match(
      await hoverText(positionOf(text, review, review.length - 1)),
      /本行总计：结果维持 0 \+ 结果纠正 0 \+ 其他结果 0 \+ 尚未审结 0 = 0/,
    );
    const licensing = '    行政许可: 54';
    const value = await hoverText(positionOf(text, licensing, licensing.length - 1));
    assert.match(value, /行：行政许可　列：本年处理决定数量/);
  });

  test('a section key: what the section must contain', async () => {
    const overview = await hoverText(positionOf(text, '总体情况:', 1));
    assert.match(overview, /一、总体情况/);
    assert.match(overview, /本部分应写明/);
    assert.match(overview, /第五十条/);
    const requests = await hoverText(positionOf(text, '收到和处理政府信息公开申请情况:', 1));
    assert.match(requests, /三、收到和处理政府信息公开申请情况（表三）/);
    assert.match(
      requests,
      /本部分应包含：一、本年新收政府信息公开申请数量、二、上年结转政府信息公开申请数量、三、本年度办理结果、四、结转下年度继续办理/,
    );
    const matters = await hoverText(positionOf(text, '其他需要报告的事项:', 1));
    assert.match(matters, /信息处理费/);
  });

  test('其他 as a row under 其他处理 and 其他 as a column are told apart by place', async () => {
    const row = await hoverText(positionOf(text, '      其他: {', 7));
    assert.match(row, /表三 ·（六）其他处理 · 3\.其他/);
    assert.match(row, /其他办结情形/);
    const column = await hoverText(positionOf(text, '其他: 0', 1, 0));
    assert.match(column, /表三 · 一、本年新收政府信息公开申请数量 · 其他/);
    assert.match(column, /列：法人或其他组织 › 其他/);
    assert.doesNotMatch(column, /其他办结情形/);
  });

  test('an unknown key: the nearest statutory label', async () => {
    const typo = text.replace('      其他法律行政法规禁止公开:', '      其他法律行政止公开:');
    const typoUri = uriOf('hover-typo.xxgk.yaml');
    await client.open(typoUri, typo);
    const value = await hoverText(positionOf(typo, '其他法律行政止公开', 2), typoUri);
    assert.match(value, /是否应为「其他法律行政法规禁止公开」/);
  });

  test('half-typed YAML: keys and numbers still hover from the lines', async () => {
    const source = [
      '收到和处理政府信息公开申请情况:',
      '  本年新收政府信息公开申请数量: {自然人: 0, 商业企业: [',
      '  本年度办理结果:',
      '    不予公开:',
      '      属于国家秘密: {自然人: 4, 商业企业',
      '  结转下年度继续办理: {',
    ].join('\n');
    const halfUri = uriOf('hover-half.xxgk.yaml');
    const published = await client.open(halfUri, source);
    assert.ok(published.diagnostics.some((d) => d.code === 'yaml-syntax'));
    assert.match(await hoverText(positionOf(source, '属于国家秘密', 1), halfUri), /1\.属于国家秘密/);
    assert.match(await hoverText(positionOf(source, '自然人: 4', 5), halfUri), /列：自然人/);
  });

  test('a number of the prose compared with the tables: what it was read as, and that it agrees', async () => {
    const source = text.replace('2.依申请公开办理情况。', '2.依申请公开办理情况。本年度共收到政府信息公开申请0件。');
    const proseUri = uriOf('hover-prose.xxgk.yaml');
    const published = await client.open(proseUri, source);
    assert.ok(!published.diagnostics.some((d) => d.code === 'prose-figure'));
    const value = await hoverText(positionOf(source, '申请0件', 2), proseUri);
    assert.match(value, /读作：收到的申请数/);
    assert.match(value, /本年新收申请：0/);
    assert.match(value, /✓ 与统计表相符/);
  });

  test('prose and blank space have no hover', async () => {
    assert.equal(await client.hover(uri, positionOf(text, '依据《中华人民共和国', 3)), null);
  });
});
