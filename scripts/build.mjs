// Bundles the CLI, the language server and the client with esbuild into dist/.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'server/src/server.ts', out: 'server', banner: '#!/usr/bin/env node' },
  // exceljs (2.5 MB) for `xxgk summary -o x.xlsx` and the summary view's export, required only then (platform/summaryXlsx.ts).
  { in: 'server/src/core/summary/xlsx.ts', out: 'summaryXlsx' },
  // pdf.js (2 MB) for importing a PDF, required only then (platform/pdfPages.ts); it needs no canvas for text.
  { in: 'server/src/platform/pdfjs/readPdf.ts', out: 'pdfjs', external: ['@napi-rs/canvas'] },
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'] },
  // Loaded by the client after activation (lazyLanguageClient.ts), not bundled into it.
  { in: 'client/src/languageClient.ts', out: 'languageClient', external: ['vscode'] },
  // The preview's webview script runs in the browser, not in Node.
  { in: 'client/src/webview/preview.ts', outfile: 'media/preview.js', platform: 'browser', format: 'iife' },
  {
    in: 'client/src/summary/webview/summaryTable.ts',
    outfile: 'media/summary.js',
    platform: 'browser',
    format: 'iife',
  },
];

// A renamed entry must fail the build, not leave a stale or missing bundle.
const missing = entries.filter((e) => !existsSync(e.in)).map((e) => e.in);
if (missing.length) throw new Error(`build: entry points not found: ${missing.join(', ')}`);

await Promise.all(
  entries.map((e) =>
    build({
      entryPoints: [e.in],
      outfile: e.outfile ?? `dist/${e.out}.js`,
      bundle: true,
      platform: e.platform ?? 'node',
      target: e.platform === 'browser' ? 'es2022' : 'node20',
      format: e.format ?? 'cjs',
      sourcemap: !production,
      minify: production,
      external: e.external ?? [],
      // yaml's ES module build (the same code as its CommonJS one, without
      // Node's process.emitWarning, which the engine never reaches): bundled as
      // modules, its functions are called directly, not through CommonJS
      // getters — the engine spends most of its time in the parser (measured:
      // ~10% less CPU for `xxgk lint` over a batch).
      alias: { yaml: './node_modules/yaml/browser/index.js' },
      banner: e.banner ? { js: e.banner } : undefined,
      logLevel: 'warning',
    }),
  ),
);

// The predefined CMaps of Chinese (GB) fonts, read by pdf.js when a PDF names such a font without
// embedding it (platform/pdfjs/readPdf.ts); the rarely used UTF-8 and UTF-32 ones are left out.
const CMAPS = 'node_modules/pdfjs-dist/cmaps';
mkdirSync('dist/cmaps', { recursive: true });
for (const name of readdirSync(CMAPS).filter((n) => /GB/.test(n) && !/UTF(8|32)/.test(n)))
  copyFileSync(`${CMAPS}/${name}`, `dist/cmaps/${name}`);
