// The .xlsx writer (core/summary/xlsx.ts, with exceljs in it) is a bundle of
// its own, dist/summaryXlsx.js, required only when a workbook is asked for:
// every CLI process, lint worker and the language server would otherwise parse
// its 2.5 MB at start-up. From the TypeScript sources (tests) it is the module.
import { join } from 'node:path';

export type SummaryXlsxModule = typeof import('../core/summary/xlsx');

export function loadSummaryXlsx(): SummaryXlsxModule {
  const file = __filename.endsWith('.ts')
    ? join(__dirname, '../core/summary/xlsx.ts')
    : join(__dirname, 'summaryXlsx.js');
  // A computed path: esbuild leaves the module out of the bundle that loads it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose
  return require(file) as SummaryXlsxModule;
}
