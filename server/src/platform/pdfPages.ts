// pdf.js (platform/pdfjs/readPdf.ts) is a bundle of its own, dist/pdfjs.js,
// required only when a PDF is imported: the CLI, the lint workers and the
// language server would otherwise parse its 2 MB at every start. From the
// TypeScript sources (tests) it is the module.
import { join } from 'node:path';

export type PdfJsModule = typeof import('./pdfjs/readPdf');

export function loadPdfReader(): PdfJsModule {
  const file = __filename.endsWith('.ts') ? join(__dirname, 'pdfjs/readPdf.ts') : join(__dirname, 'pdfjs.js');
  // A computed path: esbuild leaves the module out of the bundle that loads it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose
  return require(file) as PdfJsModule;
}
