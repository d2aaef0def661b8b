// The Word export (core/export/docx.ts), read back from its XML: the three
// tables cell for cell as the HTML renderer lays them out (same texts, same
// merged cells), every value of the 西城 report including its 7 blank cells,
// computed 总计 where the file leaves one out, fonts with their East Asian
// face, A4, page numbers in the footer; and the round trip through the
// importer's .docx path back to the same data.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { renderDocx } from '../../server/src/core/export/docx';
import { importDocx } from '../../server/src/core/import/formats';
import { renderHtml } from '../../server/src/core/render';
import { docxParts, htmlTables, logicalRows, LogicalCell, valuesAfter, wordTables, wordText } from './exportHelpers';
import { COLUMNS, SECTION_HEADINGS, T4_COLUMNS } from './helpers/labels';

const ROOT = resolve(__dirname, '../..');
const XICHENG_FILE = join(ROOT, 'examples/2023-西城区民政局.xxgk.yaml');
const ERRORS_FILE = join(ROOT, 'examples/带错误的示例.xxgk.yaml');
const XICHENG = readFileSync(XICHENG_FILE, 'utf8');

// Written out from docs/report-format.md and the official template (docs/layout.md), not taken from the engine's model.
const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
/** Table 三's columns after 自然人: the organisations. */
const ORGS = COLUMNS.slice(1);
const RESULTS = [...T4_COLUMNS, '总计'];
/** The rows of the 西城 report whose 科研机构 cell the original leaves blank. */
const XICHENG_BLANK_ROWS = [
  '1.本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确',
  '1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
];

async function wordOf(
  text: string,
): Promise<{ parts: Awaited<ReturnType<typeof docxParts>>; tables: LogicalCell[][][] }> {
  const parts = await docxParts(await renderDocx(text));
  return { parts, tables: wordTables(parts.document).map(logicalRows) };
}

describe('Word export of the 西城 report', async () => {
  const { parts, tables } = await wordOf(XICHENG);
  const [t2, t3, t4] = tables;

  test('three tables, cell for cell as the HTML renderer: same texts, same merged cells', () => {
    assert.equal(tables.length, 3);
    assert.deepEqual(tables, htmlTables(renderHtml(XICHENG, { standalone: true })));
  });

  test('table 二: every value, one-number rows merged over three columns', () => {
    assert.deepEqual(valuesAfter(t2!, '规章'), ['0', '0', '0']);
    assert.deepEqual(valuesAfter(t2!, '行政规范性文件'), ['2', '2', '26']);
    assert.deepEqual(valuesAfter(t2!, '行政许可'), ['54']);
    assert.deepEqual(valuesAfter(t2!, '行政处罚'), ['6']);
    assert.deepEqual(valuesAfter(t2!, '行政强制'), ['0']);
    assert.deepEqual(valuesAfter(t2!, '行政事业性收费'), ['0']);
    for (const group of ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']) {
      assert.ok(
        t2!.some((row) => row.length === 1 && row[0]!.text === group && row[0]!.colspan === 4),
        group,
      );
    }
    const fee = t2!.find((row) => row[0]!.text === '行政事业性收费')!;
    assert.equal(fee[1]!.colspan, 3);
    assert.deepEqual(valuesAfter(t2!, '信息内容'), ['本年制发件数', '本年废止件数', '现行有效件数']);
  });

  test('table 三: the merged header as in the template', () => {
    assert.deepEqual(t3![0], [
      { text: NOTE, colspan: 3, rowspan: 3 },
      { text: '申请人情况', colspan: 7, rowspan: 1 },
    ]);
    assert.deepEqual(t3![1], [
      { text: '自然人', colspan: 1, rowspan: 2 },
      { text: '法人或其他组织', colspan: 5, rowspan: 1 },
      { text: '总计', colspan: 1, rowspan: 2 },
    ]);
    assert.deepEqual(
      t3![2]!.map((c) => c.text),
      ORGS,
    );
    const outcomes = t3!.flat().find((c) => c.text === '三、本年度办理结果')!;
    assert.equal(outcomes.rowspan, 2 + 8 + 3 + 5 + 3 + 1);
    for (const [label, rows] of [
      ['（三）不予公开', 8],
      ['（四）无法提供', 3],
      ['（五）不予处理', 5],
      ['（六）其他处理', 3],
    ] as const) {
      assert.equal(t3!.flat().find((c) => c.text === label)?.rowspan, rows, label);
    }
    assert.ok(
      t3!.flat().some((c) => c.text === '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' && c.colspan === 2),
    );
    assert.ok(t3!.flat().some((c) => c.text === '四、结转下年度继续办理' && c.colspan === 3));
  });

  test('table 三: every value; the 7 cells the original leaves blank are blank, not 0', () => {
    const body = t3!.slice(3);
    const values = body.map((row) => row.slice(-7).map((c) => c.text));
    assert.equal(values.length, 2 + (2 + 8 + 3 + 5 + 3) + 1 + 1);
    for (const label of XICHENG_BLANK_ROWS)
      assert.deepEqual(valuesAfter(t3!, label), ['0', '0', '', '0', '0', '0', '0'], label);
    const blanks = values.flat().filter((v) => v === '');
    assert.equal(blanks.length, 7);
    assert.deepEqual([...new Set(values.flat())].sort(), ['', '0']);
  });

  test('table 四: 行政复议 over five columns, 行政诉讼 over two groups of five, 15 values', () => {
    assert.deepEqual(t4![0], [
      { text: '行政复议', colspan: 5, rowspan: 1 },
      { text: '行政诉讼', colspan: 10, rowspan: 1 },
    ]);
    assert.deepEqual(t4![1], [
      ...RESULTS.map((text) => ({ text, colspan: 1, rowspan: 2 })),
      { text: '未经复议直接起诉', colspan: 5, rowspan: 1 },
      { text: '复议后起诉', colspan: 5, rowspan: 1 },
    ]);
    assert.deepEqual(
      t4![2]!.map((c) => c.text),
      [...RESULTS, ...RESULTS],
    );
    assert.deepEqual(
      t4![3]!.map((c) => c.text),
      Array(15).fill('0'),
    );
  });

  test('the merges are Word merges: w:gridSpan across, w:vMerge restart/continue down', () => {
    const raw = wordTables(parts.document);
    const first = raw[1]![0]!;
    assert.equal(first[0]!.span, 3);
    assert.equal(first[0]!.vMerge, 'restart');
    assert.deepEqual(raw[1]![1]![0], { ...raw[1]![1]![0]!, span: 3, vMerge: 'continue', text: '' });
    assert.deepEqual(
      raw[2]![2]!.slice(0, 5).map((c) => c.vMerge),
      Array(5).fill('continue'),
    );
    // Every row covers the whole grid.
    for (const [i, table] of raw.entries()) {
      const columns = [4, 10, 15][i]!;
      for (const row of table)
        assert.equal(
          row.reduce((n, c) => n + c.span, 0),
          columns,
          `table ${i} row ${wordText(row.map((c) => c.xml).join(''))}`,
        );
    }
  });

  test('the title, the six numbered headings, the 前言 and the prose in order', () => {
    const paragraphs = [...parts.document.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)]
      .map((m) => wordText(m[1]!))
      .filter(Boolean);
    assert.equal(paragraphs[0], '北京市西城区民政局2023年政府信息公开工作年度报告');
    assert.match(paragraphs[1]!, /^依据《中华人民共和国政府信息公开条例》/);
    const headings = SECTION_HEADINGS;
    const at = headings.map((h) => paragraphs.indexOf(h));
    assert.ok(
      at.every((i, n) => i > 0 && (n === 0 || i > at[n - 1]!)),
      `headings in order: ${at.join(', ')}`,
    );
    assert.ok(paragraphs.some((p) => p.startsWith('8月9日上午，邀请陈亚男、焦阳2名居民代表')));
    assert.ok(paragraphs.at(-1)!.endsWith('网址为http://www.bjxch.gov.cn/。'));
  });

  test('A4 portrait, margins that hold the tables, page numbers in the footer (— 1 —)', () => {
    assert.match(parts.document, /<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(parts.document)![1]!;
    const left = Number(/w:left="(\d+)"/.exec(margins)![1]);
    const right = Number(/w:right="(\d+)"/.exec(margins)![1]);
    for (const m of parts.document.matchAll(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/g))
      assert.ok(Number(m[1]) <= 11906 - left - right, 'table within the margins');
    assert.match(parts.document, /<w:footerReference w:type="default" r:id="[^"]+"\/>/);
    assert.match(parts.document, /<w:pgNumType w:start="1"\/>/);
    assert.match(
      parts.footer,
      /<w:fldChar w:fldCharType="begin"\/>[\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:fldChar w:fldCharType="end"\/>/,
    );
    assert.match(wordText(parts.footer), /^— +—$/);
    assert.match(parts.footer, /<w:jc w:val="center"\/>/);
  });

  test('fonts: every run names its East Asian face; title 黑体 二号, headings 黑体 三号, body 仿宋 三号 indented two characters, tables 宋体', () => {
    const runFonts = [...(parts.document + parts.footer + parts.styles).matchAll(/<w:rFonts ([^>]*)\/>/g)].map(
      (m) => m[1]!,
    );
    assert.ok(runFonts.length > 100);
    for (const f of runFonts) assert.match(f, /w:eastAsia="[^"]+"/);
    assert.match(parts.styles, /<w:docDefaults>[\s\S]*w:eastAsia="仿宋"[\s\S]*<\/w:docDefaults>/);

    const paragraph = (text: string): string => {
      const found = [...parts.document.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].find(
        (m) => wordText(m[1]!) === text || wordText(m[1]!).startsWith(text),
      );
      assert.ok(found, text);
      return found[1]!;
    };
    const title = paragraph('北京市西城区民政局2023年政府信息公开工作年度报告');
    assert.match(title, /w:eastAsia="黑体"/);
    assert.match(title, /<w:sz w:val="44"\/>/);
    assert.match(title, /<w:jc w:val="center"\/>/);
    const heading = paragraph('一、总体情况');
    assert.match(heading, /w:eastAsia="黑体"/);
    assert.match(heading, /<w:sz w:val="32"\/>/);
    const body = paragraph('北京市西城区民政局在区政府网站政务公开专栏');
    assert.match(body, /w:eastAsia="仿宋"/);
    assert.match(body, /<w:sz w:val="32"\/>/);
    assert.match(body, /<w:ind [^>]*w:firstLineChars="200"/);

    const t3Cells = wordTables(parts.document)[1]!.flat();
    const value = t3Cells.find((c) => c.text === '0')!;
    assert.match(value.xml, /w:eastAsia="宋体"/);
    assert.match(value.xml, /<w:sz w:val="21"\/>/);
    assert.match(value.xml, /<w:jc w:val="center"\/>/);
    assert.match(t3Cells[0]!.xml, /w:eastAsia="楷体"/, 'the note in 楷体, as the template');
  });
});

describe('Word export: 总计 left out is printed as computed, a blank stays blank', () => {
  let text = XICHENG.replace(/, 总计: 0\}/g, '}');
  text = text.replace(
    '本年新收政府信息公开申请数量: {自然人: 0, 商业企业: 0,',
    '本年新收政府信息公开申请数量: {自然人: 3, 商业企业: 1,',
  );
  text = text.replace('予以公开: {自然人: 0,', '予以公开: {自然人: 4,');
  text = text.replace(/^ {4}总计: \{.*\}\n/m, '');
  text = text.replace('行政复议: {结果维持: 0, 结果纠正: 0,', '行政复议: {结果维持: 1, 结果纠正: 2,');

  test('the same cells as the HTML renderer', async () => {
    const { tables } = await wordOf(text);
    assert.deepEqual(tables, htmlTables(renderHtml(text, { standalone: true })));
  });

  test('row totals, the （七）总计 row (blank where a term is blank), table 四 totals', async () => {
    const [, t3, t4] = (await wordOf(text)).tables;
    assert.deepEqual(valuesAfter(t3!, '一、本年新收政府信息公开申请数量'), ['3', '1', '0', '0', '0', '0', '4']);
    assert.deepEqual(valuesAfter(t3!, '（一）予以公开'), ['4', '0', '0', '0', '0', '0', '4']);
    // 科研机构 has blank terms: its sum, and the row total of each row with a blank, cannot be computed.
    assert.deepEqual(valuesAfter(t3!, '1.本机关不掌握相关政府信息'), ['0', '0', '', '0', '0', '0', '']);
    assert.deepEqual(valuesAfter(t3!, '（七）总计'), ['4', '0', '', '0', '0', '0', '']);
    assert.deepEqual(
      t4![3]!.map((c) => c.text),
      ['1', '2', '0', '0', '3', ...Array(10).fill('0')],
    );
  });
});

describe('Word export: the optional parts', () => {
  test('标题 replaces the default title; 落款 is set right, its date in Chinese', async () => {
    const text = `标题: 北京市西城区民政局2023年度政府信息公开工作报告\n${XICHENG}落款: {机关: 北京市西城区民政局, 日期: 2024-01-20}\n`;
    const { parts } = await wordOf(text);
    const paragraphs = [...parts.document.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)]
      .map((m) => m[1]!)
      .filter((p) => wordText(p));
    assert.equal(wordText(paragraphs[0]!), '北京市西城区民政局2023年度政府信息公开工作报告');
    assert.deepEqual(paragraphs.slice(-2).map(wordText), ['北京市西城区民政局', '2024年1月20日']);
    for (const p of paragraphs.slice(-2)) assert.match(p, /<w:jc w:val="right"\/>/);
    assert.match(wordText(parts.document), /网址为http:\/\/www\.bjxch\.gov\.cn\/。北京市西城区民政局2024年1月20日$/);
  });
});

describe('Word export of anything: never throws, says what is missing', () => {
  for (const [name, text, missing] of [
    ['empty', '', 6],
    ['not a mapping', '- a\n- b\n', 6],
    ['broken YAML', '机关: [\n总体情况: |\n  x\n', 5],
    ['a BOM and CRLF', '\uFEFF机关: 某局\r\n年度: 2024\r\n', 6],
  ] as const) {
    test(name, async () => {
      const { parts, tables } = await wordOf(text);
      assert.equal(tables.length, 0);
      assert.match(wordText(parts.document), /一、总体情况/);
      assert.equal(wordText(parts.document).match(/（缺少本部分）/g)?.length, missing);
    });
  }

  test('a table section without rows: the whole table, every value cell blank, the same as the HTML', async () => {
    const text = '机关: 某局\n年度: 2024\n收到和处理政府信息公开申请情况: {}\n';
    const { tables } = await wordOf(text);
    assert.equal(tables.length, 1);
    assert.deepEqual(tables, htmlTables(renderHtml(text, { standalone: true })));
    assert.deepEqual([...new Set(tables[0]!.slice(3).flatMap((row) => row.slice(-7).map((c) => c.text)))], ['']);
  });

  test('over 10 MB: a document that says so', async () => {
    const parts = await docxParts(await renderDocx(`机关: ${'x'.repeat(10 * 1024 * 1024 + 1)}`));
    assert.match(wordText(parts.document), /文件超过 10 MB/);
  });
});

describe('round trip: the Word export imports back to the same data', () => {
  test('西城: exactly the same data, blanks included', async () => {
    const imported = await importDocx(await renderDocx(XICHENG), { source: 'x.docx' });
    assert.deepEqual(imported.missing, []);
    assert.deepEqual(imported.unmapped, []);
    assert.deepEqual(parse(imported.yaml), parse(XICHENG));
  });

  test('带错误的示例: the same data as the export shows it', async () => {
    const text = readFileSync(ERRORS_FILE, 'utf8');
    const imported = await importDocx(await renderDocx(text), { source: 'x.docx' });
    assert.deepEqual(imported.missing, []);
    assert.deepEqual(imported.unmapped, []);
    // What the export cannot carry as written: the importer reads “12件” and the full-width “３” as the
    // counts they mean, and the row whose key is misspelled is printed under its statutory label, blank.
    const expected = parse(text);
    expected['主动公开政府信息情况']['第二十条第（五）项']['行政许可'] = 12;
    expected['政府信息公开行政复议、行政诉讼情况']['行政复议']['结果维持'] = 3;
    const withheld = expected['收到和处理政府信息公开申请情况']['本年度办理结果']['不予公开'];
    delete withheld['其他法律行政止公开'];
    withheld['其他法律行政法规禁止公开'] = Object.fromEntries(['自然人', ...ORGS, '总计'].map((c) => [c, null]));
    assert.deepEqual(parse(imported.yaml), expected);
  });
});
