// A real consumer opens our Word file: LibreOffice (headless) converts the
// Word export of the 西城 report to PDF, once for the whole file; the PDF has
// its pages, A4, the tables' labels and numbers, page numbers in the footer,
// and reads back through the importer's PDF path (pdf.js, with no PDF program
// on PATH) to the same data. The PDF is kept under test-results/export/ to
// look at. Needs soffice (Debian: libreoffice-writer-nogui): where it is
// missing the tests fail, naming the package; they never skip.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { renderDocx } from '../../server/src/core/export/docx';
import { importFile } from '../../server/src/platform/importFile';
import { assertA4, convertWithLibreOffice, pdfPages, pdfText, requireProgram, withPath } from './exportHelpers';
import { SECTION_HEADINGS } from './helpers/labels';
import { useTempDir } from './helpers/tempDir';

const ROOT = resolve(__dirname, '../..');
const XICHENG = readFileSync(join(ROOT, 'examples/2023-西城区民政局.xxgk.yaml'), 'utf8');
const ARTIFACTS = join(ROOT, 'test-results/export');

describe('the Word export opened by LibreOffice', () => {
  let dir = '';
  let pdf = '';
  let pages = 0;
  let seconds = 0;

  useTempDir('xxgk-lo-', (d) => (dir = d));
  before(async () => {
    requireProgram('soffice', ['--version'], 'libreoffice-writer-nogui', '用 LibreOffice 打开导出的 Word 文件');
    const docx = join(dir, '西城.docx');
    await writeFile(docx, await renderDocx(XICHENG));
    const started = Date.now();
    const r = convertWithLibreOffice(docx, 'pdf', dir);
    seconds = (Date.now() - started) / 1000;
    assert.ifError(r.error);
    pdf = join(dir, '西城.pdf');
    assert.ok(existsSync(pdf), `LibreOffice wrote no PDF (status ${r.status}): ${r.stderr}`);
    pages = pdfPages(pdf);
    await mkdir(ARTIFACTS, { recursive: true });
    await copyFile(docx, join(ARTIFACTS, 'xicheng.docx'));
    await copyFile(pdf, join(ARTIFACTS, 'xicheng-libreoffice.pdf'));
  });

  test('converts in reasonable time, to at least three A4 pages', () => {
    assert.ok(seconds < 120, `conversion took ${seconds} s`);
    assert.ok(pages >= 3, `${pages} pages`);
    assertA4(pdf);
  });

  test('the text has the title, the headings, the tables’ labels and numbers', () => {
    const text = pdfText(pdf).replace(/[ \t]+/g, ' ');
    const flat = text.replace(/\s+/g, '');
    for (const words of [
      '北京市西城区民政局2023年政府信息公开工作年度报告',
      ...SECTION_HEADINGS,
      '第二十条第（一）项',
      '行政规范性文件',
      '本年收费金额（单位：万元）',
      '申请人情况',
      '法人或其他组织',
      '一、本年新收政府信息公开申请数量',
      '1.属于国家秘密',
      '1.本机关不掌握相关政府信息',
      '四、结转下年度继续办理',
      '行政复议',
      '行政诉讼',
      '未经复议直接起诉',
      '复议后起诉',
    ]) {
      assert.ok(flat.includes(words), words);
    }
    assert.match(text, /行政规范性文件 2 2 26/);
    assert.match(text, /行政许可 54/);
    assert.match(text, /行政处罚 6/);
  });

  test('every page carries its number in the footer: — n —', () => {
    for (let page = 1; page <= pages; page++)
      assert.match(pdfText(pdf, page), new RegExp(`— ?${page} ?—`), `page ${page}`);
  });

  test('the whole of table 三 stands on one page with its heading and its merged header', () => {
    const page = [...Array(pages).keys()].map((i) => i + 1).find((p) => pdfText(pdf, p).includes('申请人情况'));
    assert.ok(page, 'a page with table 三');
    const text = pdfText(pdf, page).replace(/\s+/g, '');
    for (const words of [
      '三、收到和处理政府信息公开申请情况',
      '（本列数据的勾稽关系为',
      '（七）总计',
      '四、结转下年度继续办理',
    ])
      assert.ok(text.includes(words), words);
  });

  test('the PDF LibreOffice made imports back (pdf.js, no PDF program on PATH) to the same report', async () => {
    const imported = await withPath('/nonexistent-xxgk', () => importFile(pdf, { source: '西城.pdf' }));
    assert.deepEqual(imported.missing, []);
    const expected = parse(XICHENG);
    const actual = parse(imported.yaml);
    for (const table of [
      '主动公开政府信息情况',
      '收到和处理政府信息公开申请情况',
      '政府信息公开行政复议、行政诉讼情况',
    ]) {
      assert.deepEqual(actual[table], expected[table], table);
    }
    // The title wraps over two lines on the page: its lines are joined again.
    assert.equal(actual['机关'], expected['机关']);
    assert.equal(actual['年度'], expected['年度']);
    assert.deepEqual(imported.unmapped, []);
  });
});
