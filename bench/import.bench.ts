// Importer accuracy on the real reports of the shared corpus (prints, never
// fails): per file, how many table cells are right, flagged as ambiguous
// (left blank with the candidates listed), or wrong, against the expected
// values in test/fixtures/corpus-expected/. The PDF is read through pdftotext
// when it is installed (Debian package poppler-utils).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importText } from '../server/src/core/import';
import { ExpectedCells, scoreImport, totalCells } from '../server/src/core/import/score';

const ROOT = resolve(__dirname, '..');
const CORPUS = process.env.XXGK_CORPUS ?? 'test/fixtures/published';
const FIXTURES = join(ROOT, 'test/fixtures/corpus-expected');

interface Line {
  file: string;
  total: number;
  right: number;
  flagged: number;
  wrong: number;
  ms: number;
}

function run(file: string, text: string, expected: ExpectedCells, mode?: 'layout'): Line {
  const t0 = process.hrtime.bigint();
  const result = importText(text, mode ? { mode } : {});
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const s = scoreImport(result, expected);
  for (const w of s.wrongCells) console.log(`    wrong: ${w}`);
  return { file, total: totalCells(expected), right: s.right, flagged: s.flagged, wrong: s.wrong, ms };
}

const lines: Line[] = [];
for (const name of readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const expected = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as ExpectedCells;
  lines.push(run(expected.source, readFileSync(join(CORPUS, expected.source), 'utf8'), expected));
  const pdf = join(CORPUS, expected.source.replace(/\.txt$/, '.pdf'));
  if (expected.source.endsWith('.txt') && existsSync(pdf)) {
    const out = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    if (out.error || out.status !== 0) console.log(`  (${pdf}: pdftotext 不可用，跳过；请安装 poppler-utils)`);
    else lines.push(run(`${expected.source.replace(/\.txt$/, '.pdf')} (pdftotext)`, out.stdout, expected, 'layout'));
  }
}

const width = Math.max(...lines.map((l) => l.file.length));
console.log(`\n${'file'.padEnd(width)}  cells  right  flagged  wrong  accuracy   ms`);
let sum = { total: 0, right: 0, flagged: 0, wrong: 0 };
for (const l of lines) {
  sum = {
    total: sum.total + l.total,
    right: sum.right + l.right,
    flagged: sum.flagged + l.flagged,
    wrong: sum.wrong + l.wrong,
  };
  console.log(
    `${l.file.padEnd(width)}  ${String(l.total).padStart(5)}  ${String(l.right).padStart(5)}  ${String(l.flagged).padStart(7)}  ${String(l.wrong).padStart(5)}  ${((100 * l.right) / l.total).toFixed(1).padStart(7)}%  ${l.ms.toFixed(1).padStart(5)}`,
  );
}
console.log(
  `${'all'.padEnd(width)}  ${String(sum.total).padStart(5)}  ${String(sum.right).padStart(5)}  ${String(sum.flagged).padStart(7)}  ${String(sum.wrong).padStart(5)}  ${((100 * sum.right) / sum.total).toFixed(1).padStart(7)}%`,
);
