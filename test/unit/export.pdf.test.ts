// The PDF export (platform/printPdf.ts): the renderer's standalone HTML printed
// The PDF export (platform/printPdf.ts): the renderer's standalone HTML printed
// by the headless browser found here (Debian's Chromium), and `xxgk render -o
// x.docx|x.pdf` (written atomically; a clear message and exit 2 where the
// browser is missing), and the printed PDF imported back. Browser discovery
// per platform: browserDiscovery.test.ts. Needs chromium (Debian: chromium):
// where it is missing the tests fail, naming the package; they never skip.
// The PDFs are read by the importer's own pdf.js reader.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { runRender } from '../../server/src/cli/render';
import { renderDocx } from '../../server/src/core/export/docx';
import type { BrowserHost } from '../../server/src/platform/browserDiscovery';
import { PdfExportError, renderPdf } from '../../server/src/platform/printPdf';
import { importFile } from '../../server/src/platform/importFile';
import { docxParts, pdfPages, pdfPageSize, pdfText, requireProgram, withPath } from './exportHelpers';

const ROOT = resolve(__dirname, '../..');
const XICHENG_FILE = join(ROOT, 'examples/2023-西城区民政局.xxgk.yaml');
const XICHENG = readFileSync(XICHENG_FILE, 'utf8');
const ARTIFACTS = join(ROOT, 'test-results/export');

async function render(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runRender(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

/** Runs `fn` with XXGK_BROWSER naming a browser that does not exist. */
async function withMissingBrowser<T>(fn: () => Promise<T>): Promise<T> {
  const saved = process.env['XXGK_BROWSER'];
  process.env['XXGK_BROWSER'] = '/nonexistent-xxgk/chromium';
  try {
    return await fn();
  } finally {
    if (saved === undefined) delete process.env['XXGK_BROWSER'];
    else process.env['XXGK_BROWSER'] = saved;
  }
}

/** A Linux machine with no browser anywhere. */
const BARE_LINUX: BrowserHost = {
  platform: 'linux',
  env: { PATH: '/usr/bin:/bin' },
  home: '/home/u',
  isFile: () => false,
};

describe('PDF export through headless Chromium', () => {
  let dir = '';
  let pdf = '';
  let seconds = 0;

  before(async () => {
    requireProgram('chromium', ['--version'], 'chromium', '输出 PDF（用 Chromium 打印 HTML）');
    dir = await mkdtemp(join(tmpdir(), 'xxgk-pdf-test-'));
    const started = Date.now();
    const bytes = await renderPdf(XICHENG);
    seconds = (Date.now() - started) / 1000;
    pdf = join(dir, '西城.pdf');
    await writeFile(pdf, bytes);
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, 'xicheng-chromium.pdf'), bytes);
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('a PDF of at least three A4 pages, in reasonable time', () => {
    assert.ok(seconds < 60, `printing took ${seconds} s`);
    assert.equal(readFileSync(pdf).subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(pdfPages(pdf) >= 3, `${pdfPages(pdf)} pages`);
    const [w, h] = pdfPageSize(pdf);
    assert.ok(Math.abs(w - 595.3) < 2 && Math.abs(h - 841.9) < 2, `A4, not ${w} x ${h}`);
  });

  test('the text of the preview: title, headings, table labels and numbers, the blank-free rows', () => {
    const text = pdfText(pdf).replace(/[ \t]+/g, ' ');
    const flat = text.replace(/\s+/g, '');
    for (const words of [
      '北京市西城区民政局2023年政府信息公开工作年度报告',
      '一、总体情况',
      '六、其他需要报告的事项',
      '第二十条第（八）项',
      '申请人情况',
      '法人或其他组织',
      '一、本年新收政府信息公开申请数量',
      '四、结转下年度继续办理',
      '未经复议直接起诉',
      '复议后起诉',
      '网址为http://www.bjxch.gov.cn/。',
    ]) {
      assert.ok(flat.includes(words), words);
    }
    assert.match(text, /行政规范性文件 2 2 26/);
    assert.match(text, /行政许可 54/);
    assert.doesNotMatch(text, /自动计算|has-finding/);
  });

  test('the printed PDF imports back (pdf.js, no PDF program on PATH) to the same tables, 机关 and 年度', async () => {
    const imported = await withPath('/nonexistent-xxgk', () => importFile(pdf, { source: '西城.pdf' }));
    assert.deepEqual(imported.missing, []);
    assert.deepEqual(imported.unmapped, []);
    const expected = parse(XICHENG);
    const actual = parse(imported.yaml);
    for (const key of [
      '机关',
      '年度',
      '主动公开政府信息情况',
      '收到和处理政府信息公开申请情况',
      '政府信息公开行政复议、行政诉讼情况',
    ])
      assert.deepEqual(actual[key], expected[key], key);
  });

  test('with no browser on the machine: a Chinese message naming the Debian package chromium, nothing run', async () => {
    await assert.rejects(renderPdf(XICHENG, { host: BARE_LINUX }), (error: unknown) => {
      assert.ok(error instanceof PdfExportError);
      assert.equal(error.missing, true);
      assert.match(error.message, /未找到 Chromium.*apt-get install chromium.*xxgk\.export\.browserPath.*XXGK_BROWSER/);
      return true;
    });
  });

  test('the setting xxgk.export.browserPath prints with the browser it names, here Debian’s', async () => {
    const bytes = await renderPdf(XICHENG, {
      browserPath: '/usr/bin/chromium',
      host: bareLinuxWith('/usr/bin/chromium'),
    });
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  });
});

/** BARE_LINUX where only `path` is a file. */
function bareLinuxWith(path: string): BrowserHost {
  return { ...BARE_LINUX, isFile: (p: string) => p === path };
}

describe('xxgk render -o x.docx | x.pdf', () => {
  let dir = '';

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'xxgk-render-export-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('-o report.docx writes the Word export', async () => {
    const out = join(dir, 'report.docx');
    const r = await render([XICHENG_FILE, '-o', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `已生成 ${out}\n`);
    assert.match(r.stderr, /0 个错误、7 个警告/);
    assert.equal(
      (await docxParts(await readFile(out))).document,
      (await docxParts(await renderDocx(XICHENG))).document,
    );
  });

  test('the extension in any case: -o REPORT.DOCX', async () => {
    const out = join(dir, 'REPORT.DOCX');
    assert.equal((await render([XICHENG_FILE, '-o', out])).status, 0);
    assert.equal((await readFile(out)).subarray(0, 2).toString('latin1'), 'PK');
  });

  test('with --force, replaces an existing file whole and leaves no temporary file', async () => {
    const sub = join(dir, 'replace');
    await mkdir(sub);
    const out = join(sub, '报告.docx');
    await writeFile(out, 'old content');
    assert.equal((await render([XICHENG_FILE, '--output', out])).status, 2);
    const r = await render([XICHENG_FILE, '--output', out, '--force']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal((await readFile(out)).subarray(0, 2).toString('latin1'), 'PK');
    assert.deepEqual(await readdir(sub), ['报告.docx']);
  });

  test('-o report.pdf prints the HTML with Chromium', async () => {
    requireProgram('chromium', ['--version'], 'chromium', '输出 PDF（用 Chromium 打印 HTML）');
    const out = join(dir, 'report.pdf');
    const r = await render([XICHENG_FILE, '-o', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `已生成 ${out}\n`);
    assert.ok(pdfPages(out) >= 3);
    assert.ok(pdfText(out).replace(/\s+/g, '').includes('三、收到和处理政府信息公开申请情况'));
  });

  test('-o report.pdf with XXGK_BROWSER naming no file: exit 2, the variable named, an existing file untouched, no temporary file', async () => {
    const sub = join(dir, 'no-browser');
    await mkdir(sub);
    const out = join(sub, 'report.pdf');
    await writeFile(out, 'old');
    const r = await withMissingBrowser(() => render([XICHENG_FILE, '-o', out]));
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^xxgk: 环境变量 XXGK_BROWSER 指定的浏览器“\/nonexistent-xxgk\/chromium”不存在/);
    assert.equal(await readFile(out, 'utf8'), 'old');
    assert.deepEqual(await readdir(sub), ['report.pdf']);
  });

  test('--help names the three formats', async () => {
    const r = await render(['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /\.html[\s\S]*\.docx[\s\S]*\.pdf[\s\S]*chromium/);
  });
});
