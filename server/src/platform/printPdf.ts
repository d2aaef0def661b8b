// The PDF export: the very HTML of the preview and `xxgk render -o x.html`
// (the renderer's standalone document with its A4 print styles), printed by
// headless Chromium. No new dependency: Chromium is a program the user has
// (Debian/Ubuntu package `chromium`) or is told to install. It spawns a
// process and writes a temporary folder, so it lives in the platform layer;
// core/render gives it the HTML.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderHtml } from '../core/render';

/** Why a PDF could not be made, in Chinese, for the user. */
export class PdfExportError extends Error {
  /** true where Chromium is not installed (nothing was tried). */
  readonly missing: boolean;
  constructor(message: string, missing = false) {
    super(message);
    this.name = 'PdfExportError';
    this.missing = missing;
  }
}

const CHROMIUM_MISSING =
  '未找到 Chromium 浏览器，无法输出 PDF。请安装 chromium（Debian/Ubuntu：sudo apt-get install chromium），或设置环境变量 XXGK_CHROMIUM 为浏览器程序的路径；也可以先输出 .html，再在浏览器中打印为 PDF。';

/** Programs tried in order; XXGK_CHROMIUM (a path or a name) goes first. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  return env['XXGK_CHROMIUM'] ? [env['XXGK_CHROMIUM'], ...names] : names;
}

export interface PdfOptions {
  /** Programs to try, in order (default: chromiumCandidates()). */
  commands?: string[];
  /** Give up after this long (default 60 s). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT = 60_000;

interface RunResult {
  code: number | null;
  stderr: string;
}

function runChromium(command: string, args: string[], timeoutMs: number): Promise<RunResult | 'missing'> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const err: Buffer[] = [];
    let size = 0;
    child.stderr.on('data', (chunk: Buffer) => {
      // Chromium talks a lot on stderr; the first 64 KB say what went wrong.
      if (size < 65536) err.push(chunk);
      size += chunk.length;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new PdfExportError(`Chromium 在 ${Math.round(timeoutMs / 1000)} 秒内没有完成打印，已停止，未生成 PDF。`));
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error.code === 'ENOENT') resolvePromise('missing');
      else reject(new PdfExportError(`无法运行 ${command}：${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** Prints a standalone HTML document to PDF with headless Chromium; resolves to the PDF's bytes. */
export async function printHtmlToPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'xxgk-pdf-'));
  try {
    const page = join(dir, 'report.html');
    const out = join(dir, 'report.pdf');
    await writeFile(page, html);
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--hide-scrollbars',
      // Its own profile: never touches (or waits for) the user's running browser.
      `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      '--print-to-pdf-no-header',
      `--print-to-pdf=${out}`,
      pathToFileURL(page).href,
    ];
    for (const command of options.commands ?? chromiumCandidates()) {
      const result = await runChromium(command, args, options.timeoutMs ?? DEFAULT_TIMEOUT);
      if (result === 'missing') continue;
      const pdf = await readFile(out).catch(() => undefined);
      if (result.code === 0 && pdf && pdf.subarray(0, 5).toString('latin1') === '%PDF-') return pdf;
      const detail = result.stderr
        .split('\n')
        .map((l) => l.trim())
        .find((l) => /error|fatal/i.test(l));
      throw new PdfExportError(
        `Chromium（${command}）未能生成 PDF（退出码 ${result.code ?? '无'}${detail ? `：${detail.slice(0, 300)}` : ''}）。`,
      );
    }
    throw new PdfExportError(CHROMIUM_MISSING, true);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Text of a report file in, the bytes of a PDF out: the standalone HTML of the renderer, printed (A4, as its @page says). */
export function renderPdf(text: string, options: PdfOptions = {}): Promise<Buffer> {
  return printHtmlToPdf(renderHtml(text, { standalone: true }), options);
}
