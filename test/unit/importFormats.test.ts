// Importing the other formats reports are published in: the official Word
// template (test/fixtures/published/official-template-2021.docx) filled with the
// seed's numbers and text by a helper, a saved government web page with
// merged header cells and navigation around the report, and the refusals
// (a damaged .docx, a page with no report).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { ImportError } from '../../server/src/core/import';
import { importDocx, importHtml, inputKindOf } from '../../server/src/core/import/formats';
import { htmlToText } from '../../server/src/core/import/html';
import JSZip from 'jszip';
import { NOT_PROCESSED, OTHER_HANDLING, UNAVAILABLE, WITHHELD } from './helpers/labels';

const ROOT = resolve(__dirname, '../..');
const TEMPLATE = 'test/fixtures/published/official-template-2021.docx';
const example = (): Record<string, any> =>
  parse(readFileSync(join(ROOT, 'examples/2023-西城区民政局.xxgk.yaml'), 'utf8'));

const T2_ROWS: [string, string, string[]][] = [
  ['第二十条第（一）项', '规章', ['本年制发件数', '本年废止件数', '现行有效件数']],
  ['第二十条第（一）项', '行政规范性文件', ['本年制发件数', '本年废止件数', '现行有效件数']],
  ['第二十条第（五）项', '行政许可', []],
  ['第二十条第（六）项', '行政处罚', []],
  ['第二十条第（六）项', '行政强制', []],
  ['第二十条第（八）项', '行政事业性收费', []],
];

/** The example's cells in the template's order (row by row, table by table); null for a blank cell. */
export function seedCells(data: Record<string, any>): (number | null)[][] {
  const t2 = data['主动公开政府信息情况'];
  const table2 = T2_ROWS.flatMap(([g, r, cols]) => (cols.length ? cols.map((c) => t2[g][r][c]) : [t2[g][r]]));
  const table3: (number | null)[] = [];
  const walk = (node: Record<string, any>): void => {
    for (const value of Object.values(node)) {
      if ('自然人' in value) table3.push(...Object.values(value as Record<string, number | null>));
      else walk(value);
    }
  };
  walk(data['收到和处理政府信息公开申请情况']);
  const t4 = data['政府信息公开行政复议、行政诉讼情况'];
  const table4 = [t4['行政复议'], t4['行政诉讼']['未经复议直接起诉'], t4['行政诉讼']['复议后起诉']].flatMap(
    (r) => Object.values(r) as number[],
  );
  return [table2, table3, table4];
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The official template with the seed's title, preamble, prose and numbers written into word/document.xml. */
async function filledTemplate(data: Record<string, any>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(TEMPLATE));
  let xml = await zip.file('word/document.xml')!.async('string');
  const paragraphWith = (text: string): string => {
    const at = xml.indexOf(text);
    const start = xml.lastIndexOf('<w:p ', at);
    return xml.slice(start, xml.indexOf('</w:p>', at) + 6);
  };
  const withText = (p: string, text: string): string =>
    p.replace(/<w:t>[^<]*<\/w:t>/, `<w:t xml:space="preserve">${esc(text)}</w:t>`);
  const lines = (key: string): string[] => String(data[key]).split('\n').filter(Boolean);
  xml = xml.replace('政府信息公开工作年度报告格式模板', `${data['机关']}${data['年度']}年政府信息公开工作年度报告`);
  const heading = paragraphWith('一、总体情况');
  xml = xml.replace(
    heading,
    lines('前言')
      .map((l) => withText(heading, l))
      .join('') + heading,
  );
  for (const key of ['总体情况', '存在的主要问题及改进情况', '其他需要报告的事项']) {
    const placeholder = paragraphWith('（文字描述');
    xml = xml.replace(
      placeholder,
      lines(key)
        .map((l) => withText(placeholder, l))
        .join(''),
    );
  }
  const values = seedCells(data);
  let t = 0;
  xml = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) => {
    const cells = values[t++]!;
    let i = 0;
    return table.replace(/<w:tc>[\s\S]*?<\/w:tc>/g, (tc) => {
      const text = (tc.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).join('').replace(/<[^>]+>/g, '');
      if (text.replace(/[\s\u3000\u00a0]/g, '') || /<w:vMerge w:val="continue"\/>/.test(tc)) return tc;
      const v = cells[i++];
      if (v === null || v === undefined) return tc;
      const cleared = tc.replace(/<w:r>[\s\S]*?<\/w:r>/g, '').replace(/<w:r [\s\S]*?<\/w:r>/g, '');
      return cleared.includes('</w:p>')
        ? cleared.replace('</w:p>', `<w:r><w:t>${v}</w:t></w:r></w:p>`)
        : cleared.replace(/<w:p([^>]*)\/>/, `<w:p$1><w:r><w:t>${v}</w:t></w:r></w:p>`);
    });
  });
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('import: Word (.docx)', () => {
  test('the official template filled with the seed imports to the seed data', async () => {
    const data = example();
    const result = await importDocx(await filledTemplate(data));
    const got = parse(result.yaml);
    for (const key of Object.keys(data)) assert.deepEqual(got[key], data[key], key);
    assert.deepEqual(result.missing, []);
    assert.deepEqual(result.unmapped, []);
  });

  test('the empty template imports with every cell blank, nothing invented', async () => {
    const result = await importDocx(readFileSync(TEMPLATE));
    const got = parse(result.yaml);
    assert.deepEqual(result.missing, []);
    assert.ok(
      Object.values(got['收到和处理政府信息公开申请情况']['本年新收政府信息公开申请数量']).every((v) => v === null),
    );
    assert.equal(got['总体情况'], '（文字描述）\n');
  });

  test('a damaged .docx, an old .doc and a renamed text file are refused in Chinese', async () => {
    const damaged = Buffer.from(readFileSync(TEMPLATE).subarray(0, 2000));
    await assert.rejects(importDocx(damaged), (e: unknown) => e instanceof ImportError && /Word/.test(e.message));
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await assert.rejects(importDocx(ole), (e: unknown) => e instanceof ImportError && /\.doc/.test(e.message));
    await assert.rejects(importDocx(Buffer.from('一、总体情况')), (e: unknown) => e instanceof ImportError);
  });

  test('a password-protected .docx (an OLE file with an EncryptedPackage stream) is named as such', async () => {
    const encrypted = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from('EncryptedPackage', 'utf16le'),
      Buffer.alloc(64),
    ]);
    await assert.rejects(importDocx(encrypted), (e: unknown) => e instanceof ImportError && /密码/.test(e.message));
  });
});

/** A result group's rows as table cells: "1.", "2.", … with the group's title spanning them. */
const numbered = (rows: readonly string[], group: string): string[] =>
  rows.map((l, i) => `${i ? '' : `<td rowspan="${rows.length}">${group}</td>`}<td>${i + 1}.${l}</td>`);

/** A saved government page: navigation, the article with merged header cells (colspan/rowspan), a footer. */
function webPage(data: Record<string, any>): string {
  const [t2, t3, t4] = seedCells(data);
  const td = (v: number | null | undefined): string => `<td>${v ?? '&nbsp;'}</td>`;
  const t3Labels = [
    '<td colspan="3">一、本年新收政府信息公开申请数量</td>',
    '<td colspan="3">二、上年结转政府信息公开申请数量</td>',
    '<td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>',
    '<td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>',
    ...numbered(WITHHELD, '（三）不予公开'),
    ...numbered(UNAVAILABLE, '（四）无法提供'),
    ...numbered(NOT_PROCESSED, '（五）不予处理'),
    ...numbered(OTHER_HANDLING, '（六）其他处理'),
    '<td colspan="2">（七）总计</td>',
    '<td colspan="3">四、结转下年度继续办理</td>',
  ];
  const p = (key: string): string =>
    String(data[key])
      .split('\n')
      .filter(Boolean)
      .map((l) => `<p style="text-indent:2em">&#12288;&#12288;${esc(l)}</p>`)
      .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${data['机关']}${data['年度']}年政府信息公开工作年度报告_年报_网站</title>
<script>var menu = "<p>一、总体情况</p>";</script><style>p { margin: 0 }</style></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div>
<div class="main"><h1 class="title">${data['机关']}${data['年度']}年政府信息公开工作年度报告</h1><div class="info">发布时间：2024-01-20 来源：区民政局</div>
<div class="article">${p('前言')}<p><b>一、总体情况</b></p>${p('总体情况')}
<p><b>二、主动公开政府信息情况</b></p><table border="1"><tbody>
<tr><td colspan="4">第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td>${td(t2[0])}${td(t2[1])}${td(t2[2])}</tr><tr><td>行政规范性文件</td>${td(t2[3])}${td(t2[4])}${td(t2[5])}</tr>
<tr><td colspan="4">第二十条第（五）项</td></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr><tr><td>行政许可</td><td colspan="3">${t2[6]}</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr><tr><td>行政处罚</td><td colspan="3">${t2[7]}</td></tr><tr><td>行政强制</td><td colspan="3">${t2[8]}</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr><tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr><tr><td>行政事业性收费</td><td colspan="3">${t2[9]}</td></tr>
</tbody></table><p><b>三、收到和处理政府信息公开申请情况</b></p><table>
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业<br>企业</td><td>科研<br>机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
${t3Labels
  .map(
    (label, r) =>
      `<tr>${label}${t3
        .slice(r * 7, r * 7 + 7)
        .map(td)
        .join('')}</tr>`,
  )
  .join('\n')}
</table><p><b>四、政府信息公开行政复议、行政诉讼情况</b></p><table>
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果<br>纠正</td><td rowspan="2">其他<br>结果</td><td rowspan="2">尚未<br>审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr>${'<td>结果<br>维持</td><td>结果<br>纠正</td><td>其他<br>结果</td><td>尚未<br>审结</td><td>总计</td>'.repeat(2)}</tr>
<tr>${t4.map(td).join('')}</tr></table>
<p><b>五、存在的主要问题及改进情况</b></p>${p('存在的主要问题及改进情况')}<p><b>六、其他需要报告的事项</b></p>${p('其他需要报告的事项')}
</div></div><div class="footer"><p>主办单位：某区人民政府办公室　网站标识码：1101020001</p></div></body></html>`;
}

describe('import: a saved web page (.html)', () => {
  test('the report in a page with navigation imports to the seed data; the chrome is unmapped', () => {
    const data = example();
    const result = importHtml(webPage(data));
    const got = parse(result.yaml);
    for (const key of Object.keys(data)) assert.deepEqual(got[key], data[key], key);
    assert.ok(
      result.unmapped.some((u) => u.includes('首页')),
      'navigation listed',
    );
    assert.ok(
      result.unmapped.some((u) => u.includes('主办单位')),
      'footer listed',
    );
    assert.ok(!result.yaml.includes('var menu'), 'scripts are not text');
  });

  test('the tag walker tolerates unclosed cells and paragraphs and decodes entities', () => {
    const { text } = htmlToText(
      '<p>一、总体情况<p>甲&amp;乙&#x4e19;&nbsp;<table><tr><td>规章<td>1<td><td>3<tr><td>行政许可<td colspan=3>5</table><p>完',
    );
    assert.equal(text, '一、总体情况\n甲&乙丙\n| 规章 | 1 |  | 3 |\n| 行政许可 | 5 |\n完');
    assert.equal(htmlToText('<div><span>a</div>b').text, 'a\nb', 'an end tag closes the elements left open inside');
  });

  test('hostile nesting is read in linear time, without recursion', { timeout: 30_000 }, () => {
    const deep = htmlToText(`${'<div><span>'.repeat(100_000)}一、总体情况<p>五、存在的主要问题`);
    assert.equal(deep.text, '一、总体情况\n五、存在的主要问题', 'a block too deep still breaks the line');
    const tables = htmlToText(`${'<table><tr><td>'.repeat(50_000)}规章<td>1`);
    assert.match(tables.text, /规章[^\n]*1/);
    assert.equal(
      htmlToText('<table><tr><td>甲<table><tr><td>乙</table>丙</table>').text,
      '| 甲｜ 乙 ｜丙 |',
      'a table in a cell is part of its text',
    );
  });

  test('a page with no report is refused', () => {
    assert.throws(
      () => importHtml('<html><body><h1>页面不存在</h1><p>您访问的页面已删除。</p></body></html>'),
      (e: unknown) => e instanceof ImportError,
    );
    assert.throws(
      () => importHtml('<html><body><script>load()</script></body></html>'),
      (e: unknown) => e instanceof ImportError && /中文正文/.test(e.message),
    );
  });

  test('the kind of an input is told by its bytes first, then by its name', () => {
    assert.equal(inputKindOf('a.txt', Buffer.from('%PDF-1.7')), 'pdf');
    assert.equal(inputKindOf('report', Buffer.from('PK\u0003\u0004')), 'docx');
    assert.equal(inputKindOf('page.htm', Buffer.from('x')), 'html');
    assert.equal(inputKindOf('saved', Buffer.from('  <!DOCTYPE html><html>')), 'html');
    assert.equal(inputKindOf('report.txt', Buffer.from('一、总体情况')), 'text');
  });
});
