// The PDF export: the very HTML of the preview and `xxgk render -o x.html`
// (the renderer's standalone document with its A4 print styles), printed by
// a headless Chromium-based browser the user has — Edge, Chrome or Chromium,
// found by browserDiscovery.ts. No new dependency. It spawns a process and
// writes a temporary folder, so it lives in the platform layer; core/render
// gives it the HTML.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderHtml } from '../core/render';
import { BrowserHost, findBrowser } from './browserDiscovery';

/** Why a PDF could not be made, in Chinese, for the user. */
export class PdfExportError extends Error {
  /** true where no browser was found (nothing was tried). */
  readonly missing: boolean;
  constructor(message: string, missing = false) {
    super(message);
    this.name = 'PdfExportError';
    this.missing = missing;
  }
}

/** This machine, for browser discovery. */
export function nodeBrowserHost(): BrowserHost {
  return {
    platform: process.platform,
    env: process.env,
    home: homedir(),
    isFile: (path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
  };
}

export interface PdfOptions {
  /** The setting xxgk.export.browserPath, where the editor has one (it wins over XXGK_BROWSER). */
  browserPath?: string;
  /** Where the browser is looked for (default: this machine). */
  host?: BrowserHost;
  /** Give up after this long (default 60 s). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT = 60_000;

interface RunResult {
  code: number | null;
  stderr: string;
}

function runBrowser(command: string, args: string[], timeoutMs: number): Promise<RunResult> {
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
      reject(
        new PdfExportError(
          `浏览器（${command}）在 ${Math.round(timeoutMs / 1000)} 秒内没有完成打印，已停止，未生成 PDF。`,
        ),
      );
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new PdfExportError(`无法运行浏览器 ${command}：${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** Prints a standalone HTML document to PDF with a headless browser; resolves to the PDF's bytes. */
export async function printHtmlToPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  const browser = findBrowser(options.host ?? nodeBrowserHost(), options.browserPath);
  if (!browser.found) throw new PdfExportError(browser.message, true);
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
    const result = await runBrowser(browser.path, args, options.timeoutMs ?? DEFAULT_TIMEOUT);
    const pdf = await readFile(out).catch(() => undefined);
    if (result.code === 0 && pdf && pdf.subarray(0, 5).toString('latin1') === '%PDF-') return pdf;
    const detail = result.stderr
      .split('\n')
      .map((l) => l.trim())
      .find((l) => /error|fatal/i.test(l));
    throw new PdfExportError(
      `浏览器（${basename(browser.path)}，${browser.path}）未能生成 PDF（退出码 ${result.code ?? '无'}${detail ? `：${detail.slice(0, 300)}` : ''}）。`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Text of a report file in, the bytes of a PDF out: the standalone HTML of the renderer, printed (A4, as its @page says). */
export function renderPdf(text: string, options: PdfOptions = {}): Promise<Buffer> {
  return printHtmlToPdf(renderHtml(text, { standalone: true }), options);
}
