// Batch benchmark (prints, never fails): `xxgk lint` and `xxgk summary` over
// 1,000 and 10,000 reports, start-up included: a batch as a 政务公开办 collects
// it (reportBatch.ts: real reports varied, one folder per hundred, with the
// faults a real batch has), or with XXGK_BENCH_BATCH=varied the example with
// every figure varied (about 40 findings each, bench/generateReports.ts). Beside the wall time,
// the peak resident memory of the whole process tree (the CLI and its lint
// workers, sampled from /proc every 200 ms): a batch streams its files, so the
// peak should barely grow from 1,000 reports to 10,000. The machine's load is
// printed too, and the CPU time of the whole tree, which the load does not
// inflate: on 2 idle cores a batch takes about half its CPU time.
// Run `npm run build` first (the bench runs dist/cli.js).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeGeneratedReports } from './generateReports';
import { writeReportBatch } from './reportBatch';

const SIZES = (process.env.XXGK_BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const VARIED = process.env.XXGK_BENCH_BATCH === 'varied';

/** Writes the batch; prints what is in it. */
function writeBatch(folder: string, size: number): string {
  if (VARIED) return writeGeneratedReports(folder, size);
  const kinds = writeReportBatch(folder, size);
  console.log(`${String(size).padStart(6)} files: ${[...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ')}`);
  return folder;
}

/** Resident memory in kB of a process and all its descendants (Linux /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(rss ?? 0);
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface Run {
  seconds: number;
  /** User + system CPU of the CLI and its workers (GNU time counts reaped children): what the load cannot inflate. */
  cpuSeconds: number;
  peakMb: number;
  status: number | null;
}

function runCli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', 'TIME %U %S', process.execPath, 'dist/cli.js', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4096)));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      const [user, system] = (/TIME ([\d.]+) ([\d.]+)/.exec(stderr) ?? ['', 'NaN', 'NaN']).slice(1).map(Number);
      resolve({
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        cpuSeconds: user! + system!,
        peakMb: peak / 1024,
        status: status === null ? null : status,
      });
    });
  });
}

function load(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
}

async function main(): Promise<void> {
  console.log(`machine: ${availableParallelism()} cores, load average ${load()} (1/5/15 min) at the start`);
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-bench-summary-'));
  try {
    for (const size of SIZES) {
      const folder = writeBatch(join(dir, `r${size}`), size);
      const out = join(dir, `summary-${size}`);
      const commands: [string, string[]][] = [
        ['lint --format json', ['lint', folder, '--format', 'json']],
        ['lint (text)', ['lint', folder]],
        ['summary -o .csv', ['summary', folder, '-o', `${out}.csv`, '--force']],
        ['summary -o .xlsx', ['summary', folder, '-o', `${out}.xlsx`, '--force']],
      ];
      for (const [name, args] of commands) {
        const run = await runCli(args);
        const rate = size / run.seconds;
        console.log(
          `${String(size).padStart(6)} reports  xxgk ${name.padEnd(18)} ${run.seconds.toFixed(2).padStart(6)} s` +
            `  ${rate.toFixed(0).padStart(5)} reports/s  CPU ${run.cpuSeconds.toFixed(1).padStart(5)} s` +
            `  peak RSS ${run.peakMb.toFixed(0).padStart(4)} MB  (exit ${run.status}, load ${load()})`,
        );
      }
      console.log(`         .xlsx of ${size} rows: ${(statSync(`${out}.xlsx`).size / 1024).toFixed(0)} KB`);
      rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
