// Importing PDFs as a user does, with no PDF program on PATH: the published
// PDF through the bundled CLI (dist/cli.js, pdf.js loaded from dist/pdfjs.js)
// as on VS Code 1.90's Node 20.9 (no process.getBuiltinModule), and the PDFs
// that cannot be imported — scanned, encrypted, broken, 500 pages — refused
// with a clear Chinese message, in bounded time.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { ImportError } from '../../server/src/core/import';
import { MAX_PDF_PAGES } from '../../server/src/core/import/pdf/bounds';
import { findGrids } from '../../server/src/core/import/pdf/grid';
import { toLines } from '../../server/src/core/import/pdf/lines';
import { unifyRadicals } from '../../server/src/core/import/pdf/radicals';
import { renderHtml } from '../../server/src/core/render/html';
import { importPdfBytes } from '../../server/src/platform/importFile';
import { loadPdfReader } from '../../server/src/platform/pdfPages';
import { printHtmlToPdf } from '../../server/src/platform/printPdf';
import JSZip from 'jszip';
import { renderDocx } from '../../server/src/core/export/docx';
import { convertWithLibreOffice, requireProgram } from './exportHelpers';
import { useTempDir } from './helpers/tempDir';

const ROOT = resolve(__dirname, '../..');
const HUAIAN = join(ROOT, 'test/fixtures/published/2024_huaian-shi-zhengfu.pdf');
const FIXTURES = join(ROOT, 'test/fixtures/pdf');

/** A PDF of `pages` empty A4 pages, written object by object with a correct cross-reference table. */
function emptyPagesPdf(pages: number): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${pages} /Kids [${Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ')}] >>`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

async function refusal(bytes: Buffer): Promise<string> {
  try {
    await importPdfBytes(bytes);
  } catch (error) {
    assert.ok(error instanceof ImportError, `an ImportError, not ${String(error)}`);
    return error.message;
  }
  assert.fail('the PDF was imported');
}

describe('PDF import: the bundled CLI, no PDF program on PATH, Node without process.getBuiltinModule', () => {
  before(() => {
    if (!existsSync(join(ROOT, 'dist/pdfjs.js'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
  });

  test('xxgk import of the published PDF: every table filled, nothing but the YAML on stdout', () => {
    const r = spawnSync(
      process.execPath,
      ['--require', join(__dirname, 'helpers/withoutBuiltinModule.cjs'), 'dist/cli.js', 'import', HUAIAN],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PATH: '/nonexistent-xxgk' }, timeout: 60_000 },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout + r.stderr, /Warning|pdftotext|poppler/);
    const data = parse(r.stdout);
    assert.equal(data['机关'], '淮安市人民政府');
    assert.equal(data['主动公开政府信息情况']['第二十条第（一）项']['行政规范性文件']['现行有效件数'], 66);
    assert.equal(data['收到和处理政府信息公开申请情况']['本年度办理结果']['总计']['总计'], 3050);
  });
});

describe('PDF import: tables cut by page breaks', () => {
  test('the 西城 report printed by Chromium on A5: table 三 runs over pages, every cell comes back', async () => {
    requireProgram('chromium', ['--version'], 'chromium', '输出 PDF（用 Chromium 打印 HTML）');
    const yaml = readFileSync(join(ROOT, 'examples/2023-西城区民政局.xxgk.yaml'), 'utf8');
    const html = renderHtml(yaml, { standalone: true }).replace(
      '</head>',
      '<style>@page { size: A5 !important; }</style></head>',
    );
    const bytes = await printHtmlToPdf(html);
    const pages = await loadPdfReader().readPdfPages(bytes);
    // Chromium prints some ideographs as radical code points: read as the importer reads them.
    const pageOf = (words: string): number =>
      pages.findIndex((p) =>
        unifyRadicals(
          toLines(p.texts)
            .map((l) => l.text)
            .join(''),
        ).includes(words),
      );
    assert.ok(pageOf('（一）予以公开') >= 0);
    assert.ok(pageOf('四、结转下年度继续办理') > pageOf('（一）予以公开'), 'table 三 is cut by a page break');
    const imported = await importPdfBytes(bytes);
    assert.deepEqual(imported.missing, []);
    assert.deepEqual(imported.unmapped, []);
    const expected = parse(yaml);
    const actual = parse(imported.yaml);
    for (const key of ['主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况'])
      assert.deepEqual(actual[key], expected[key], key);
  });
});

describe('PDF import: a table over two pages with its header repeated (LibreOffice)', () => {
  let dir = '';
  useTempDir('xxgk-pdf-split-', (d) => (dir = d));

  test('the Word export with a deep top margin, printed by LibreOffice: table 三 and its header on two pages, every cell back', async () => {
    requireProgram('soffice', ['--version'], 'libreoffice-writer-nogui', '用 LibreOffice 打印 Word 文件');
    const yaml = readFileSync(join(ROOT, 'examples/2023-西城区民政局.xxgk.yaml'), 'utf8');
    const zip = await JSZip.loadAsync(await renderDocx(yaml));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const deep = documentXml.replace(/<w:pgMar w:top="\d+"/, '<w:pgMar w:top="7000"');
    assert.notEqual(deep, documentXml, 'the page margin is set');
    zip.file('word/document.xml', deep);
    const docx = join(dir, '西城.docx');
    writeFileSync(docx, await zip.generateAsync({ type: 'nodebuffer' }));
    convertWithLibreOffice(docx, 'pdf', dir);
    const bytes = readFileSync(join(dir, '西城.pdf'));
    const pages = await loadPdfReader().readPdfPages(bytes);
    const headed = pages.filter((p) => toLines(p.texts).some((l) => l.text.includes('申请人情况')));
    assert.equal(headed.length, 2, "table 三's header on two pages");
    const imported = await importPdfBytes(bytes);
    assert.deepEqual(imported.unmapped, []);
    const expected = parse(yaml);
    const actual = parse(imported.yaml);
    for (const key of ['主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况'])
      assert.deepEqual(actual[key], expected[key], key);
  });
});

describe('PDF import: tables printed without rules', () => {
  for (const example of ['2023-西城区民政局', '带错误的示例'])
    test(`${example} printed by Chromium with no table borders: every cell found by the numbers' columns`, async () => {
      requireProgram('chromium', ['--version'], 'chromium', '输出 PDF（用 Chromium 打印 HTML）');
      const yaml = readFileSync(join(ROOT, `examples/${example}.xxgk.yaml`), 'utf8');
      const html = renderHtml(yaml, { standalone: true }).replace(
        '</head>',
        '<style>table, tr, td, th { border: none !important; }</style></head>',
      );
      const bytes = await printHtmlToPdf(html);
      const pages = await loadPdfReader().readPdfPages(bytes);
      assert.ok(
        pages.every((p) => findGrids(p.rules).length === 0),
        'no table drawn with rules',
      );
      const expected = parse(yaml);
      const actual = parse((await importPdfBytes(bytes)).yaml);
      const rows = (data: Record<string, Record<string, unknown>>): Record<string, unknown> =>
        data['收到和处理政府信息公开申请情况']!;
      if (example === '2023-西城区民政局') {
        for (const key of [
          '主动公开政府信息情况',
          '收到和处理政府信息公开申请情况',
          '政府信息公开行政复议、行政诉讼情况',
        ])
          assert.deepEqual(actual[key], expected[key], key);
      } else {
        // The faulty example's misspelt row key prints as a row of blank cells: it comes back blank, by its label.
        const refused = rows(actual)['本年度办理结果'] as Record<string, Record<string, unknown>>;
        assert.deepEqual(Object.values(refused['不予公开']!['其他法律行政法规禁止公开']!), Array(7).fill(null));
        assert.deepEqual(rows(actual)['本年新收政府信息公开申请数量'], rows(expected)['本年新收政府信息公开申请数量']);
        assert.ok(refused['总计'], 'the 总计 row');
        assert.deepEqual(refused['总计'], (rows(expected)['本年度办理结果'] as Record<string, unknown>)['总计']);
      }
    });
});

describe('PDF import: Chinese fonts named, not embedded (predefined GB CMaps)', () => {
  const FILE = join(FIXTURES, 'cmap-unembedded.pdf');

  test('the text of a font encoded with UniGB-UCS2-H is read (from the sources)', async () => {
    const pages = await loadPdfReader().readPdfPages(readFileSync(FILE));
    assert.equal(toLines(pages[0]!.texts)[0]?.text, '一、总体情况 政府信息公开');
  });

  test('and from the bundle, with the CMaps the build copies beside it (dist/cmaps/)', () => {
    const script = `require('./dist/pdfjs.js').readPdfPages(require('fs').readFileSync(${JSON.stringify(FILE)}))
      .then((p) => process.stdout.write(p[0].texts.map((t) => t.text).join('')))`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '一、总体情况 政府信息公开');
  });
});

describe('PDF import: what cannot be imported is refused with a clear message', () => {
  test('a scanned PDF (a picture, no text)', async () => {
    assert.match(await refusal(readFileSync(join(FIXTURES, 'scanned.pdf'))), /没有可提取的文字（可能是扫描件/);
  });

  test('a PDF with an opening password', async () => {
    assert.match(await refusal(readFileSync(join(FIXTURES, 'encrypted.pdf'))), /设有打开密码（已加密）/);
  });

  test('bytes that only begin like a PDF', async () => {
    assert.match(await refusal(Buffer.from('%PDF-1.7\n this is not a PDF at all')), /无法读取这个 PDF/);
  });

  test(`a PDF of 500 pages: refused unread (more than ${MAX_PDF_PAGES}), in well under 5 s`, async () => {
    const started = Date.now();
    assert.match(await refusal(emptyPagesPdf(500)), /有 500 页，超过 200 页/);
    assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
  });

  test(`a PDF of ${MAX_PDF_PAGES} empty pages is read (no text: refused as a scan), in bounded time`, async () => {
    const started = Date.now();
    assert.match(await refusal(emptyPagesPdf(MAX_PDF_PAGES)), /没有可提取的文字/);
    assert.ok(Date.now() - started < 20_000, `${Date.now() - started} ms`);
  });
});
