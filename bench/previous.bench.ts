// Last year's report and the speed of a check (prints, never fails on time):
// our language server, one process, two copies of the example report open in
// two temporary folders, one of which also holds last year's report on disk.
// The same one-digit edit in table 三, alternating between the two, timed from
// didChange to the publishDiagnostics of that version. Goal: with last year
// present, within 1.5× of without (the previous report is parsed once and
// cached; each check only compares a few cells with it).
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText } from '../server/src/core/engine';
import { PreviousReports } from '../server/src/previousReports';
import { LspClient } from '../test/protocol/lspClient';
import { exampleText, positionOf } from '../test/protocol/texts';

const EDITS = 60;
const EDIT_NEEDLE = '予以公开: {自然人: ';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

async function main(): Promise<void> {
  const text = exampleText();
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'xxgk-bench-previous-')));
  const alone = join(root, 'alone');
  const paired = join(root, 'paired');
  for (const dir of [alone, paired]) mkdirSync(dir);
  // Last year's report: the same agency, 年度 one less, and a carry-over that differs (so the check has work to do).
  const lastYear = text
    .replace(/^年度: (\d{4})/m, (_m, y: string) => `年度: ${Number(y) - 1}`)
    .replace(/^( {2}结转下年度继续办理: \{自然人: )\d+/m, '$15');
  writeFileSync(join(paired, '上年.xxgk.yaml'), lastYear);
  const uris = {
    alone: pathToFileURL(join(alone, '本年.xxgk.yaml')).href,
    paired: pathToFileURL(join(paired, '本年.xxgk.yaml')).href,
  };
  inProcess(text, uris);
  const client = await LspClient.start();
  try {
    await client.open(uris.alone, text);
    await client.open(uris.paired, text);
    const at = positionOf(text, EDIT_NEEDLE, EDIT_NEEDLE.length);
    const samples = { alone: [] as number[], paired: [] as number[] };
    const digits = { alone: '0', paired: '0' };
    const originalDigit = text.slice(text.indexOf(EDIT_NEEDLE) + EDIT_NEEDLE.length).charAt(0);
    digits.alone = digits.paired = originalDigit;
    for (let i = 0; i < EDITS + 8; i++) {
      // Which goes first alternates: the first edit of a round pays for what the last one left (GC).
      const order = i % 2 ? (['alone', 'paired'] as const) : (['paired', 'alone'] as const);
      for (const which of order) {
        const uri = uris[which];
        const next = digits[which] === '0' ? '1' : '0';
        const version = (client.published.filter((p) => p.uri === uri).at(-1)?.version ?? 1) + 1;
        const published = client.nextDiagnostics(uri, (p) => p.version === version);
        const t0 = performance.now();
        await client.change(uri, [
          { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: next },
        ]);
        await published;
        const ms = performance.now() - t0;
        digits[which] = next;
        if (i >= 8) samples[which].push(ms); // the first rounds warm up
      }
    }
    const last = client.published.filter((p) => p.uri === uris.paired).at(-1)!;
    const crossYear = last.diagnostics.filter((d) => d.code === 'carryover' || d.code === 'stock').length;
    const ratio = median(samples.paired) / median(samples.alone);
    console.log(`\nlast year's report: ${EDITS} one-digit edits each, alternating, edit → diagnostics (ms)`);
    console.log(`| measure | without last year | with last year | goal |`);
    console.log(`| --- | ---: | ---: | ---: |`);
    console.log(
      `| median | ${median(samples.alone).toFixed(1)} | ${median(samples.paired).toFixed(1)} (${ratio.toFixed(2)}×) | ≤ 1.5× |`,
    );
    console.log(`| p95 | ${p95(samples.alone).toFixed(1)} | ${p95(samples.paired).toFixed(1)} | |`);
    console.log(
      `(the paired report was checked beside last year's: ${crossYear} cross-year finding(s) in its last diagnostics)`,
    );
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * The server's own work per edit, in this process (a loaded machine makes the
 * round trips above noisy): the check of each new version, with last year's
 * report found and handed in as the server does (PreviousReports), and without.
 */
function inProcess(text: string, uris: { alone: string; paired: string }): void {
  const docs = new Map<string, TextDocument>();
  const reports = new PreviousReports(
    () => undefined,
    () => [...docs.values()],
    () => undefined,
  );
  const samples = { alone: [] as number[], paired: [] as number[] };
  const at = text.indexOf(EDIT_NEEDLE) + EDIT_NEEDLE.length;
  for (let i = 0; i < 2000; i++) {
    const edited = text.slice(0, at) + String(i % 10) + text.slice(at + 1);
    for (const which of i % 2 ? (['alone', 'paired'] as const) : (['paired', 'alone'] as const)) {
      const doc = TextDocument.create(uris[which], 'xxgk-report', i + 1, edited);
      docs.set(which, doc);
      const t0 = performance.now();
      checkText(doc.getText(), { keepBom: true, previous: reports.inputFor(doc) });
      if (i >= 200) samples[which].push(performance.now() - t0);
    }
  }
  const ratio = median(samples.paired) / median(samples.alone);
  console.log(`in process, the check of each version (ms): 1,800 edits each, interleaved`);
  console.log(`| measure | without last year | with last year | goal |`);
  console.log(`| --- | ---: | ---: | ---: |`);
  console.log(
    `| median | ${median(samples.alone).toFixed(2)} | ${median(samples.paired).toFixed(2)} (${ratio.toFixed(2)}×) | ≤ 1.5× |`,
  );
  console.log(`| p95 | ${p95(samples.alone).toFixed(2)} | ${p95(samples.paired).toFixed(2)} | |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
