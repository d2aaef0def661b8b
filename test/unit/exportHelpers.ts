// Helpers of the export tests: read a .docx back (its XML, through the zip
// reader JSZip) into tables of logical cells, read the HTML
// renderer's tables the same way, and run the system programs the tests need
// (LibreOffice, Chromium; PDFs are read by the importer's pdf.js reader), failing with the Debian package to
// install where one is missing: a missing program never skips a test.
import assert from 'node:assert/strict';
import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { joinPieces, toLines } from '../../server/src/core/import/pdf/lines';
import { unifyRadicals } from '../../server/src/core/import/pdf/radicals';
import type { PdfPage, PdfText } from '../../server/src/core/import/pdf/page';
import { pathToFileURL } from 'node:url';
import { childElements, decodeEntities, elements, hasClass, HtmlElement, parseHtml, textOf } from './helpers/miniHtml';
import JSZip from 'jszip';

/** A cell as a reader sees it: its text, and how many grid columns and rows it covers. */
export interface LogicalCell {
  text: string;
  colspan: number;
  rowspan: number;
}

export interface WordCell {
  text: string;
  span: number;
  vMerge?: 'restart' | 'continue';
  /** The cell's XML, for checks on fonts and properties. */
  xml: string;
}

export interface DocxParts {
  document: string;
  styles: string;
  footer: string;
  all: Map<string, Buffer>;
}

export async function docxParts(docx: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(docx);
  const all = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) all.set(entry.name, await entry.async('nodebuffer'));
  }
  const text = (name: string): string => {
    const entry = all.get(name);
    assert.ok(entry, `the .docx has ${name}`);
    return entry.toString('utf8');
  };
  const footerName = [...all.keys()].find((n) => /^word\/footer\d*\.xml$/.test(n));
  assert.ok(footerName, 'the .docx has a footer part');
  return { document: text('word/document.xml'), styles: text('word/styles.xml'), footer: text(footerName), all };
}

/** The text of a piece of WordprocessingML: its w:t runs, joined. */
export function wordText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeEntities(m[1]!)).join('');
}

/** The tables of document.xml, as rows of Word cells (w:tc) with gridSpan and vMerge. */
export function wordTables(documentXml: string): WordCell[][][] {
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...table[1]!.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => {
        const xml = cell[1]!;
        const span = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(xml)?.[1] ?? 1);
        const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(xml);
        return {
          text: wordText(xml),
          span,
          vMerge: merge ? (merge[1] === 'restart' ? 'restart' : 'continue') : undefined,
          xml,
        };
      }),
    ),
  );
}

/** Word cells as a reader sees them: a vMerge restart and the continue cells below it at the same grid column are one cell. */
export function logicalRows(rows: WordCell[][]): LogicalCell[][] {
  const placed = rows.map((row) => {
    let column = 0;
    return row.map((cell) => {
      const at = column;
      column += cell.span;
      return { cell, at };
    });
  });
  return placed.map((row, r) =>
    row
      .filter(({ cell }) => cell.vMerge !== 'continue')
      .map(({ cell, at }) => {
        let rowspan = 1;
        if (cell.vMerge === 'restart') {
          for (let below = r + 1; below < placed.length; below++) {
            const next = placed[below]!.find((p) => p.at === at);
            if (next?.cell.vMerge !== 'continue') break;
            assert.equal(
              next.cell.span,
              cell.span,
              `a continued cell spans as many columns as its first (row ${below}, column ${at})`,
            );
            rowspan++;
          }
        }
        return { text: cell.text, colspan: cell.span, rowspan };
      }),
  );
}

/** The HTML renderer's tables (table2, table3, table4), as rows of logical cells. */
export function htmlTables(html: string): LogicalCell[][][] {
  const doc = parseHtml(html);
  return elements(doc)
    .filter((el) => el.tag === 'table' && hasClass(el, 'xxgk-table'))
    .map((table) =>
      elements(table)
        .filter((el) => el.tag === 'tr')
        .map((tr: HtmlElement) =>
          childElements(tr)
            .filter((c) => c.tag === 'td' || c.tag === 'th')
            .map((c) => ({
              text: textOf(c),
              colspan: Number(c.attrs['colspan'] ?? 1),
              rowspan: Number(c.attrs['rowspan'] ?? 1),
            })),
        ),
    );
}

/** The texts of the cells right of a row label, in a table of logical cells. */
export function valuesAfter(rows: LogicalCell[][], label: string): string[] {
  for (const row of rows) {
    const i = row.findIndex((c) => c.text === label);
    if (i >= 0) return row.slice(i + 1).map((c) => c.text);
  }
  assert.fail(`no row labelled ${label}`);
}

// ------------------------------------------------------------------ system programs

/** Fails (never skips) where a program is missing, naming the Debian package that has it. */
export function requireProgram(command: string, args: string[], debianPackage: string, purpose: string): void {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    assert.fail(
      `${purpose}需要 ${command}，但没有找到它：请安装 Debian 软件包 ${debianPackage}（sudo apt-get install ${debianPackage}）。`,
    );
  }
}

/**
 * LibreOffice, headless, converts `file` to `format` (e.g. pdf, fods) into `dir`, with a profile
 * of its own in `dir`: it never waits for (or disturbs) another LibreOffice running at the same time.
 */
export function convertWithLibreOffice(file: string, format: string, dir: string): SpawnSyncReturns<string> {
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  return spawnSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', dir, file],
    { encoding: 'utf8', timeout: 180_000 },
  );
}

export function run(command: string, args: string[], options: { timeout?: number } = {}): string {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: options.timeout ?? 120_000, maxBuffer: 64 << 20 });
  assert.ifError(r.error);
  assert.equal(r.status, 0, `${command} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

// ------------------------------------------------------------------ PDFs, read by the importer's pdf.js reader

const PDF_DUMP = join(__dirname, 'helpers/pdfDump.ts');
const pdfCache = new Map<string, { mtimeMs: number; pages: PdfPage[] }>();

/** A PDF's pages as the importer reads them (once per file version). */
export function pdfContent(pdf: string): PdfPage[] {
  const mtimeMs = statSync(pdf).mtimeMs;
  const cached = pdfCache.get(pdf);
  if (cached?.mtimeMs === mtimeMs) return cached.pages;
  const pages = JSON.parse(run(process.execPath, ['--import', 'tsx', PDF_DUMP, pdf])) as PdfPage[];
  pdfCache.set(pdf, { mtimeMs, pages });
  return pages;
}

export function pdfPages(pdf: string): number {
  return pdfContent(pdf).length;
}

export function pdfPageSize(pdf: string): [number, number] {
  const first = pdfContent(pdf)[0];
  assert.ok(first, 'the PDF has a page');
  return [first.width, first.height];
}

/** Asserts the PDF's (first) page is A4 portrait: 595.3 × 841.9 points, within 2. */
export function assertA4(pdf: string): void {
  const [w, h] = pdfPageSize(pdf);
  assert.ok(Math.abs(w - 595.3) < 2 && Math.abs(h - 841.9) < 2, `A4, not ${w} x ${h}`);
}

/**
 * The text of one page (1-based) or all, as the importer reads it: a line per
 * line of the page, pieces standing a character or more apart (table cells) split by a space.
 */
export function pdfText(pdf: string, page?: number): string {
  const pages = pdfContent(pdf);
  const lineText = (texts: PdfText[]): string => {
    const runs: PdfText[][] = [];
    for (const t of texts) {
      const run = runs[runs.length - 1];
      const prev = run?.[run.length - 1];
      if (prev && t.x0 - prev.x1 < t.bottom - t.top) run!.push(t);
      else runs.push([t]);
    }
    return runs.map((r) => unifyRadicals(joinPieces(r))).join(' ');
  };
  return (page === undefined ? pages : [pages[page - 1]!])
    .map((p) =>
      toLines(p.texts.filter((t) => t.text.trim()))
        .map((l) => lineText(l.texts))
        .join('\n'),
    )
    .join('\n\f');
}

/** Runs `fn` with PATH set to `path` (e.g. one with no PDF program on it), restored after. */
export async function withPath<T>(path: string, fn: () => Promise<T>): Promise<T> {
  const saved = process.env['PATH'];
  process.env['PATH'] = path;
  try {
    return await fn();
  } finally {
    process.env['PATH'] = saved;
  }
}
