// Completion over the protocol: exactly the statutory names missing at the
// cursor, in official order, with documentation, skeletons and pinyin —
// at the top level, under a group, inside a row, inside a flow mapping, and
// in YAML that does not parse.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CompletionItem, InsertTextMode, MarkupContent, TextEdit } from 'vscode-languageserver-protocol/node';
import { COLUMNS, SECTIONS, WITHHELD } from '../unit/helpers/labels';
import { LspClient, useLspClient } from './lspClient';
import { exampleText, uriOf } from './texts';
import { positionAt } from '../unit/helpers/positions';

const COLUMNS_AND_TOTAL = [...COLUMNS, '总计'];
const ROW_SKELETON = '{自然人: 0, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0}';

describe('completion', () => {
  let client: LspClient;
  let count = 0;

  useLspClient((c) => (client = c));

  /** Opens `source` with the cursor where `‸` stands and asks for completion there. */
  async function complete(source: string): Promise<CompletionItem[]> {
    const at = source.indexOf('‸');
    assert.notEqual(at, -1, 'the test text needs a ‸ cursor');
    const text = source.slice(0, at) + source.slice(at + 1);
    const uri = uriOf(`completion-${++count}.xxgk.yaml`);
    await client.open(uri, text);
    const list = await client.completion(uri, positionAt(text, at));
    assert.ok(list);
    // Items come in the official order.
    const items = [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepEqual(items, list.items);
    return list.items;
  }

  const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);
  const newText = (item: CompletionItem | undefined): string => (item?.textEdit as TextEdit).newText;

  test('top level: the metadata and section keys not yet present', async () => {
    const text = exampleText();
    const cut = text.slice(0, text.indexOf('其他需要报告的事项:'));
    assert.deepEqual(labels(await complete(`${cut}‸`)), ['格式', '标题', '上年报告', '其他需要报告的事项', '落款']);
  });

  test('top level of an empty file: every key, the sections as ready skeletons', async () => {
    const items = await complete('‸');
    assert.deepEqual(labels(items), ['机关', '年度', '格式', '标题', '前言', '上年报告', ...SECTIONS, '落款']);
    const byLabel = new Map(items.map((i) => [i.label, i]));
    assert.equal(newText(byLabel.get('总体情况')), '总体情况: |\n  ');
    const appeals = newText(byLabel.get('政府信息公开行政复议、行政诉讼情况'));
    assert.equal(
      appeals,
      [
        '政府信息公开行政复议、行政诉讼情况:',
        '  行政复议: {结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0}',
        '  行政诉讼:',
        '    未经复议直接起诉: {结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0}',
        '    复议后起诉: {结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0}',
      ].join('\n'),
    );
    for (const item of items) {
      assert.equal(item.insertTextMode, InsertTextMode.asIs);
      assert.equal((item.documentation as MarkupContent).kind, 'markdown');
    }
  });

  test('under 不予公开: exactly its eight categories, as rows of zeros', async () => {
    const items = await complete('收到和处理政府信息公开申请情况:\n  本年度办理结果:\n    不予公开:\n      ‸\n');
    assert.deepEqual(labels(items), WITHHELD);
    assert.equal(newText(items[0]), `属于国家秘密: ${ROW_SKELETON}`);
    const doc = (items[0]!.documentation as MarkupContent).value;
    assert.match(doc, /表三 ·（三）不予公开 · 1\.属于国家秘密/);
    assert.match(doc, /第十四条/);
  });

  test('under 不予公开 in the example: only the rows it lacks', async () => {
    const text = exampleText()
      .replace(/ {6}属于国家秘密: .*\n/, '')
      .replace(/ {6}属于行政执法案卷: .*\n/, '      ‸\n');
    assert.deepEqual(labels(await complete(text)), ['属于国家秘密', '属于行政执法案卷']);
  });

  test('a group key inserts its whole table as block YAML at the right indentation', async () => {
    const items = await complete(
      '收到和处理政府信息公开申请情况:\n  本年度办理结果:\n    予以公开: {自然人: 0}\n    无法‸\n',
    );
    const unavailable = items.find((i) => i.label === '无法提供');
    assert.equal(
      newText(unavailable),
      [
        '无法提供:',
        `      本机关不掌握相关政府信息: ${ROW_SKELETON}`,
        `      没有现成信息需要另行制作: ${ROW_SKELETON}`,
        `      补正后申请内容仍不明确: ${ROW_SKELETON}`,
      ].join('\n'),
    );
    // The edit replaces the typed word.
    const range = (unavailable!.textEdit as TextEdit).range;
    assert.deepEqual(range, { start: { line: 3, character: 4 }, end: { line: 3, character: 6 } });
    assert.ok(!labels(items).includes('予以公开'));
  });

  test('inside a block row: its missing columns', async () => {
    const items = await complete(
      '收到和处理政府信息公开申请情况:\n  本年新收政府信息公开申请数量:\n    自然人: 1\n    其他: 0\n    ‸\n',
    );
    assert.deepEqual(labels(items), ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '总计']);
    assert.equal(newText(items[0]), '商业企业: 0');
  });

  test('inside a flow mapping: the missing columns, with separators', async () => {
    const items = await complete('收到和处理政府信息公开申请情况:\n  上年结转政府信息公开申请数量: {自然人: 0, ‸}\n');
    assert.deepEqual(labels(items), COLUMNS_AND_TOTAL.slice(1));
    assert.equal(newText(items[0]), '商业企业: 0');
    const between = await complete(
      '收到和处理政府信息公开申请情况:\n  上年结转政府信息公开申请数量: {自然人: 0,‸ 科研机构: 0}\n',
    );
    assert.deepEqual(labels(between), ['商业企业', '社会公益组织', '法律服务机构', '其他', '总计']);
    assert.equal(newText(between[0]), ' 商业企业: 0,');
  });

  test('an unclosed flow mapping in table 四 offers its result columns', async () => {
    const items = await complete('政府信息公开行政复议、行政诉讼情况:\n  行政复议: {结果维持: 0, 结果纠正: 0, ‸');
    assert.deepEqual(labels(items), ['其他结果', '尚未审结', '总计']);
  });

  test('half-typed YAML that does not parse still completes from the indentation', async () => {
    const source = [
      '机关: 某某局',
      '收到和处理政府信息公开申请情况:',
      '  本年新收政府信息公开申请数量: {自然人: 0, 商业企业: 0',
      '  本年度办理结果:',
      '    予以公开:',
      '    不予公开:',
      '       属于国家秘密: {自然人: 0, 商业企业: [',
      '      gj‸',
      '  结转下年度继续办理: {自然人',
    ].join('\n');
    const uri = uriOf('completion-broken-check.xxgk.yaml');
    const published = await client.open(uri, source.replace('‸', ''));
    assert.ok(published.diagnostics.some((d) => d.code === 'yaml-syntax'));
    const items = await complete(source);
    assert.deepEqual(labels(items), WITHHELD.slice(1));
    assert.deepEqual((items[0]!.textEdit as TextEdit).range, {
      start: { line: 7, character: 6 },
      end: { line: 7, character: 8 },
    });
  });

  test('after a key without a value: the value skeleton', async () => {
    const row = await complete('收到和处理政府信息公开申请情况:\n  结转下年度继续办理:‸\n');
    assert.deepEqual(row.map(newText), [` ${ROW_SKELETON}`]);
    const prose = await complete('总体情况: ‸');
    assert.deepEqual(prose.map(newText), ['|\n  ']);
  });

  test('a key being edited is replaced without touching its value', async () => {
    const items = await complete('收到和处理政府信息公开申请情况:\n  本年度办理结果:\n    部分‸: {自然人: 0}\n');
    const partly = items.find((i) => i.label === '部分公开');
    assert.equal(newText(partly), '部分公开');
    assert.deepEqual((partly!.textEdit as TextEdit).range, {
      start: { line: 2, character: 4 },
      end: { line: 2, character: 6 },
    });
  });

  test('pinyin: filterText holds the label, the full pinyin, the initials and the syllables', async () => {
    const items = await complete('收到和处理政府信息公开申请情况:\n  本年度办理结果:\n    不予公开:\n      ‸\n');
    const secret = items.find((i) => i.label === '属于国家秘密')!;
    const filter = secret.filterText!;
    assert.ok(filter.startsWith('属于国家秘密'));
    assert.ok(filter.includes('shuyuguojiamimi'));
    assert.ok(filter.includes('guojiamimi'));
    assert.ok(filter.includes('sygjmm'));
    assert.ok(filter.includes('gjmm'));
    // Each syllable also starts a word, for matchers that anchor the first typed letter at a word start.
    assert.ok(filter.includes('guo jia mi mi'));
    const stability = items.find((i) => i.label === '危及“三安全一稳定”')!;
    assert.ok(stability.filterText!.includes('weijisananquanyiwending'));
  });

  test('其他 under 其他处理 is the row; 其他 in a row is the column', async () => {
    const rows = await complete('收到和处理政府信息公开申请情况:\n  本年度办理结果:\n    其他处理:\n      ‸\n');
    assert.equal(rows.length, 3);
    const otherRow = rows.find((i) => i.label === '其他')!;
    assert.equal(newText(otherRow), `其他: ${ROW_SKELETON}`);
    assert.match((otherRow.documentation as MarkupContent).value, /（六）其他处理 · 3\.其他/);
    const columns = await complete('收到和处理政府信息公开申请情况:\n  本年新收政府信息公开申请数量: {自然人: 0, ‸}\n');
    const otherColumn = columns.find((i) => i.label === '其他')!;
    assert.equal(newText(otherColumn), '其他: 0');
    assert.match((otherColumn.documentation as MarkupContent).value, /法人或其他组织/);
  });

  test('nothing inside prose, in a comment, or under a key the format does not have', async () => {
    assert.deepEqual(await complete('总体情况: |\n  第一段\n  ‸\n'), []);
    assert.deepEqual(await complete('# 总体‸\n'), []);
    assert.deepEqual(await complete('收到和处理政府信息公开申请情况:\n  本年度结果:\n    ‸\n'), []);
  });
});
