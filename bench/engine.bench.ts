// Engine benchmark (prints, never fails): the whole check of the example
// report from its text, beside the bare `yaml` parseDocument of the same text;
// then the CLI over 1,000 generated reports, start-up included.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { checkText } from '../server/src/core/engine';
import { EXAMPLE, writeGeneratedReports } from './generateReports';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median milliseconds per call, after a warm-up, over `rounds` timed calls. */
function timeIt(fn: () => void, rounds = 2000): number {
  for (let i = 0; i < 200; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(samples);
}

function engine(): void {
  const text = readFileSync(EXAMPLE, 'utf8');
  // Interleave the two so machine noise hits both alike.
  const parse: number[] = [];
  const check: number[] = [];
  for (let round = 0; round < 5; round++) {
    parse.push(timeIt(() => parseDocument(text), 400));
    check.push(timeIt(() => checkText(text), 400));
  }
  const p = median(parse);
  const c = median(check);
  console.log(`engine: ${EXAMPLE} (${text.length} chars, ${text.split('\n').length} lines)`);
  console.log(`  yaml parseDocument     median ${p.toFixed(3)} ms`);
  console.log(
    `  checkText (all checks) median ${c.toFixed(3)} ms   = ${(c / p).toFixed(2)}× the bare parse (goal ≤ 1.5×; moonshot < 1 ms)`,
  );
}

function cli(): void {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-bench-'));
  try {
    const files = writeGeneratedReports(join(dir, 'reports'), 1000);
    const runs: number[] = [];
    for (let round = 0; round < 3; round++) {
      const t0 = process.hrtime.bigint();
      try {
        execFileSync(process.execPath, ['dist/cli.js', 'lint', files, '--format', 'json'], {
          stdio: ['ignore', 'ignore', 'ignore'],
        });
      } catch {
        // Exit 1 (findings) is expected: the generated numbers do not balance.
      }
      runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const ms = median(runs);
    console.log(`cli: xxgk lint over 1,000 generated reports, start-up included`);
    console.log(
      `  median of 3 runs ${(ms / 1000).toFixed(2)} s  (${(1000 / (ms / 1000)).toFixed(0)} reports/s; goal: all 1,000 under 3 s)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

engine();
cli();
