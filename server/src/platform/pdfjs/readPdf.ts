// A PDF's pages as text boxes and rules (core/import/pdf/page.ts), read with
// pdf.js inside this process. Bundled on its own as dist/pdfjs.js (pdf.js is
// 2 MB of code), required by platform/pdfPages.ts only when a PDF is
// imported. pdf.js runs its "worker" in this thread (its fake worker, fed the
// worker module we import), so no worker file has to be found at run time.
import { dirname, join, sep } from 'node:path';
import { ImportError } from '../../core/import/errors';
import type { PdfPage, PdfRule, PdfText } from '../../core/import/pdf/page';
import { MAX_PDF_PAGES, MAX_PDF_PIECES } from '../../core/import/pdf/bounds';
import { pathRules } from './pathRules';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<PdfJs> | undefined;

/**
 * pdf.js 4.10 asks for Node's modules with process.getBuiltinModule (Node ≥ 20.16);
 * VS Code 1.90 runs Node 20.9, where `require` does the same. Its start-up
 * warnings (no canvas: not needed for text) would go to stdout: kept quiet.
 */
function loadPdfJs(): Promise<PdfJs> {
  const proc = process as unknown as { getBuiltinModule?: (id: string) => unknown };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node's own modules, as pdf.js asks for them
  proc.getBuiltinModule ??= (id: string): unknown => require(id);
  loaded ??= (async () => {
    const log = console.log;
    console.log = (): void => {};
    try {
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      pdfjs.GlobalWorkerOptions.workerSrc = 'pdf.worker.mjs'; // never fetched: the worker module is loaded above
      return pdfjs;
    } finally {
      console.log = log;
    }
  })();
  return loaded;
}

/** pdf.js's operator codes (for the tests of pathRules). */
export async function operatorCodes(): Promise<Record<string, number>> {
  return (await loadPdfJs()).OPS;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * Where pdf.js finds the predefined CMaps of Chinese (GB) fonts that a PDF
 * names without embedding them (STSong-Light, UniGB-UCS2-H): without them
 * such a PDF has no text. The build copies them to dist/cmaps/; from the
 * TypeScript sources they are pdfjs-dist's own.
 */
function cMapFolder(): string {
  return __filename.endsWith('.ts')
    ? join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps', sep)
    : join(__dirname, 'cmaps', sep);
}

/** Opens the PDF; a password or a broken file is an ImportError in Chinese. */
async function open(
  pdfjs: PdfJs,
  data: Uint8Array,
): Promise<import('pdfjs-dist/legacy/build/pdf.mjs').PDFDocumentProxy> {
  try {
    return await pdfjs.getDocument({
      data,
      verbosity: 0,
      isEvalSupported: false,
      useSystemFonts: false,
      stopAtErrors: false,
      cMapUrl: cMapFolder(),
      cMapPacked: true,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException')
      throw new ImportError(
        '这个 PDF 设有打开密码（已加密），无法导入：请用 PDF 阅读器输入密码后另存为不加密的 PDF，再导入。',
      );
    throw new ImportError(
      `无法读取这个 PDF，文件可能已损坏：${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Every page's text boxes and rules, in page points with y downwards. */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = await loadPdfJs();
  const doc = await open(pdfjs, new Uint8Array(bytes));
  try {
    if (doc.numPages > MAX_PDF_PAGES)
      throw new ImportError(
        `这个 PDF 有 ${doc.numPages} 页，超过 ${MAX_PDF_PAGES} 页，未导入：一份年度报告不会这么长，请检查是否选错了文件。`,
      );
    const pages: PdfPage[] = [];
    let pieces = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const box = (x0: number, y0: number, x1: number, y1: number): number[] => {
        const [a, b, c, d] = viewport.convertToViewportRectangle([x0, y0, x1, y1]);
        return [Math.min(a!, c!), Math.min(b!, d!), Math.max(a!, c!), Math.max(b!, d!)];
      };
      const content = await page.getTextContent();
      const texts: PdfText[] = [];
      for (const item of content.items as TextItem[]) {
        // A space stays, as ' ': pdf.js writes one where the PDF has one or where glyphs stand a space apart.
        if (typeof item.str !== 'string' || item.str === '') continue;
        const [, , , , e, f] = item.transform as [number, number, number, number, number, number];
        const height = item.height || Math.hypot(item.transform[2]!, item.transform[3]!);
        const [x0, top, x1, bottom] = box(e, f, e + item.width, f + height);
        texts.push({ text: item.str.trim() ? item.str : ' ', x0: x0!, x1: x1!, top: top!, bottom: bottom! });
      }
      // Rules only where there is text to place in cells: a page of pictures is never decoded.
      let rules: PdfRule[] = [];
      if (texts.length > 0) {
        const ops = await page.getOperatorList();
        rules = pathRules(ops.fnArray, ops.argsArray, pdfjs.OPS).map((r) => {
          const [x0, y0, x1, y1] = box(r.x0, r.y0, r.x1, r.y1);
          return { x0: x0!, y0: y0!, x1: x1!, y1: y1! };
        });
      }
      pieces += texts.length + rules.length;
      if (pieces > MAX_PDF_PIECES)
        throw new ImportError(
          `这个 PDF 到第 ${n} 页已有超过 ${MAX_PDF_PIECES} 段文字和线条，未导入：一份年度报告不会这么多，请检查是否选错了文件。`,
        );
      pages.push({ width: viewport.width, height: viewport.height, texts, rules });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
