// Importer accuracy (prints, never fails), per source and per source kind
// (PDF, .docx, HTML, text, Markdown — the kind as the importer itself judges
// it): how many table cells are right, left blank (flagged as ambiguous, or
// not found) and wrong. Two sets of sources:
// - the real published reports of test/fixtures/published/ (texts and PDFs),
//   against the values read off them by hand (test/fixtures/corpus-expected/);
// - the repository's own examples as a new user would print them: rendered to
//   HTML and .docx, the .docx printed to PDF by LibreOffice and the HTML by
//   Chromium (where installed; once more with the tables' borders taken
//   away), against the examples' own YAML.
// PDFs are read by pdf.js, in the process; no PDF program is needed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NodeHtmlMarkdown } from 'node-html-markdown';
import { parse } from 'yaml';
import { renderDocx } from '../server/src/core/export/docx';
import { inputKindOf } from '../server/src/core/import/formats';
import { rowsOf, TableId } from '../server/src/core/import/labels';
import { isMarkdown } from '../server/src/core/import/markdown';
import { asciiDigits } from '../server/src/core/import/normalize';
import { ExpectedCells, scoreImport, totalCells } from '../server/src/core/import/score';
import { renderHtml } from '../server/src/core/render/html';
import { importFile } from '../server/src/platform/importFile';
import { printHtmlToPdf, renderPdf } from '../server/src/platform/printPdf';

const ROOT = resolve(__dirname, '..');
const CORPUS = process.env.XXGK_CORPUS ?? join(ROOT, 'test/fixtures/published');
const FIXTURES = join(ROOT, 'test/fixtures/corpus-expected');
const EXAMPLES = join(ROOT, 'examples');
const KIND_NAMES: Record<string, string> = {
  pdf: 'PDF',
  docx: '.docx',
  html: 'HTML',
  text: 'text',
  markdown: 'Markdown',
};

interface Line {
  source: string;
  kind: string;
  total: number;
  right: number;
  blank: number;
  wrong: number;
  ms: number;
}

async function run(source: string, path: string, expected: ExpectedCells): Promise<Line> {
  const head = inputKindOf(path, readFileSync(path).subarray(0, 512));
  // Markdown is text the importer knows by its content.
  const kind = head === 'text' && isMarkdown(readFileSync(path, 'utf8')) ? 'markdown' : head;
  const t0 = process.hrtime.bigint();
  const result = await importFile(path, {});
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const s = scoreImport(result, expected);
  for (const w of s.wrongCells) console.log(`  ${source}: ${w}`);
  const blank = s.flagged + s.blankCells;
  return { source, kind, total: totalCells(expected), right: s.right, blank, wrong: s.wrong - s.blankCells, ms };
}

/** A report's own cells as the expected values: a count as printed, a blank or an unreadable value as blank. */
function expectedFromYaml(name: string, yaml: string): ExpectedCells {
  const data: unknown = parse(yaml);
  const at = (path: string[]): unknown =>
    path.reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      data,
    );
  // A unit printed after a count ('12件', as the faulty example has it) is not part of the count.
  const count = (v: unknown): number | null => {
    const text = typeof v === 'string' ? asciiDigits(v.trim()).replace(/(?<=\d)\s*(?:件|个|条|项|次|份|篇)$/, '') : '';
    const n = typeof v === 'number' ? v : /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN;
    return Number.isFinite(n) ? n : null;
  };
  const table = (id: TableId): Record<string, (number | null)[]> =>
    Object.fromEntries(
      rowsOf(id).map((spec) => [
        spec.key,
        spec.columns.length ? spec.columns.map((c) => count(at([...spec.path, c]))) : [count(at(spec.path))],
      ]),
    );
  return { source: name, table2: table('table2'), table3: table('table3'), table4: table('table4') };
}

function commandWorks(command: string, args: string[]): boolean {
  return !spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 }).error;
}

async function main(): Promise<void> {
  const lines: Line[] = [];
  for (const name of readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as ExpectedCells;
    lines.push(await run(expected.source, join(CORPUS, expected.source), expected));
    const pdf = join(CORPUS, expected.source.replace(/\.[a-z]+$/, '.pdf'));
    if (existsSync(pdf)) lines.push(await run(basename(pdf), pdf, expected));
  }

  const dir = mkdtempSync(join(tmpdir(), 'xxgk-import-bench-'));
  try {
    const soffice = commandWorks('soffice', ['--version']);
    if (!soffice)
      console.log('  (soffice 不可用：跳过 LibreOffice 打印的 PDF；Debian 软件包 libreoffice-writer-nogui)');
    for (const file of readdirSync(EXAMPLES)
      .filter((f) => f.endsWith('.xxgk.yaml'))
      .sort()) {
      const yaml = readFileSync(join(EXAMPLES, file), 'utf8');
      const stem = file.replace(/\.xxgk\.yaml$/, '');
      const expected = expectedFromYaml(file, yaml);
      const html = join(dir, `${stem}.html`);
      writeFileSync(html, renderHtml(yaml, { standalone: true }));
      lines.push(await run(`${stem} (rendered .html)`, html, expected));
      const md = join(dir, `${stem}.md`);
      writeFileSync(md, NodeHtmlMarkdown.translate(readFileSync(html, 'utf8')));
      lines.push(await run(`${stem} (.html to .md by node-html-markdown)`, md, expected));
      const docx = join(dir, `${stem}.docx`);
      writeFileSync(docx, await renderDocx(yaml));
      lines.push(await run(`${stem} (rendered .docx)`, docx, expected));
      if (soffice) {
        const profile = pathToFileURL(join(dir, 'lo-profile')).href;
        spawnSync(
          'soffice',
          [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
          {
            timeout: 180_000,
          },
        );
        const pdf = join(dir, `${stem}.pdf`);
        if (existsSync(pdf)) lines.push(await run(`${stem} (.docx printed by LibreOffice)`, pdf, expected));
      }
      try {
        const pdf = join(dir, `${stem}.chromium.pdf`);
        writeFileSync(pdf, await renderPdf(yaml));
        lines.push(await run(`${stem} (.html printed by Chromium)`, pdf, expected));
        // The same page with its tables' borders taken away: rows found by their numbers alone.
        const bare = join(dir, `${stem}.bare.pdf`);
        const noRules = '<style>table, tr, td, th { border: none !important; }</style></head>';
        writeFileSync(bare, await printHtmlToPdf(renderHtml(yaml, { standalone: true }).replace('</head>', noRules)));
        lines.push(await run(`${stem} (printed by Chromium, no table rules)`, bare, expected));
      } catch (error) {
        console.log(
          `  (Chromium 不可用：跳过 ${stem} 的 Chromium PDF：${error instanceof Error ? error.message : String(error)})`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const width = Math.max(...lines.map((l) => l.source.length));
  const row = (name: string, l: Omit<Line, 'source' | 'kind' | 'ms'>, extra = ''): string =>
    `${name.padEnd(width)}  ${String(l.total).padStart(5)}  ${String(l.right).padStart(5)}  ${String(l.blank).padStart(5)}  ${String(l.wrong).padStart(5)}  ${((100 * l.right) / l.total).toFixed(1).padStart(6)}%${extra}`;
  console.log(`\n${'source'.padEnd(width)}  cells  right  blank  wrong   right`);
  for (const l of lines) console.log(row(l.source, l, `  ${l.ms.toFixed(0).padStart(5)} ms`));

  console.log(`\n${'kind'.padEnd(width)}  cells  right  blank  wrong   right`);
  const kinds = [...new Set(lines.map((l) => l.kind))].sort();
  let all = { total: 0, right: 0, blank: 0, wrong: 0 };
  for (const kind of kinds) {
    const sum = { total: 0, right: 0, blank: 0, wrong: 0 };
    for (const l of lines.filter((x) => x.kind === kind)) {
      sum.total += l.total;
      sum.right += l.right;
      sum.blank += l.blank;
      sum.wrong += l.wrong;
    }
    console.log(row(KIND_NAMES[kind] ?? kind, sum));
    all = {
      total: all.total + sum.total,
      right: all.right + sum.right,
      blank: all.blank + sum.blank,
      wrong: all.wrong + sum.wrong,
    };
  }
  console.log(row('all', all));
}

void main();
