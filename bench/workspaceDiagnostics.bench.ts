// Workspace diagnostics benchmark (prints, never fails on time): the built
// server (`node dist/server.js --stdio`) over a temporary workspace of 1,000
// reports made from the example (500 agencies, each with its 2023 report and
// its 2022 one, so every 2023 report is paired with last year's), twice: as
// written (7 blank-cell warnings each) and with its numbers varied as the
// lint bench varies them (every sum broken: some 44 findings, 48 KB of
// diagnostics a report, a worst case). Driven as VS Code's client drives it:
//   1. spawn → the first complete workspace/diagnostic answer (every report),
//      and the server's CPU time for it (what the machine's load cannot inflate);
//   2. the server's resident memory after it (VmRSS, and the peak VmHWM);
//   3. a pull that brings nothing new is held; one report changed on disk
//      (didChangeWatchedFiles; a blank cell filled) → the held pull's answer;
//   4. one open report edited → its document pull answered (median, p95),
//      beside the same edit in push mode (publishDiagnostics) in the same
//      workspace, as `bench/server.bench.ts` measures it;
//   5. the first answer cancelled a second after it was asked (while the
//      server checks the reports) → the cancellation's answer.
// Run `npm run build` first (`npm run bench:workspace` does).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
  WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { checkText } from '../server/src/core/engine';
import { EXAMPLE, generatedReport } from './generateReports';
import { LspClient } from '../test/protocol/lspClient';
import { positionOf } from '../test/protocol/texts';
import { pullWorkspace } from '../test/protocol/workspacePull';

const REPORTS = Number(process.env.XXGK_BENCH_REPORTS ?? 1000);
const EDITS = 60;
const EDIT_NEEDLE = '予以公开: {自然人: ';

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}
const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0));

/** The example with its agency numbered, its figures as they are. */
function numberedAgency(text: string, i: number): string {
  return text.replace(/^机关: (.*)$/m, `机关: $1${i}`);
}

/** Half the reports are 2023's, the other half the same agencies' 2022 reports. */
function writeWorkspace(dir: string, vary: (text: string, i: number) => string): string[] {
  const text = readFileSync(EXAMPLE, 'utf8');
  const half = Math.ceil(REPORTS / 2);
  const names: string[] = [];
  for (let i = 0; i < REPORTS; i++) {
    const agency = i % half;
    const year = i < half ? 2023 : 2022;
    const name = `${year}-${String(agency).padStart(4, '0')}.xxgk.yaml`;
    const body = vary(text, agency).replace(/^年度: 2023$/m, `年度: ${year}`);
    writeFileSync(join(dir, name), body);
    names.push(name);
  }
  return names;
}

/** Resident memory of a process, MB: now and at its peak (Linux /proc). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string): number => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** User + system CPU seconds of a process so far (Linux /proc; 100 ticks a second). */
function cpuOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function startPulling(dir: string): Promise<{ client: LspClient; spawnedAt: number }> {
  const spawnedAt = performance.now();
  const client = await LspClient.start({}, { root: dir, pull: true, watch: true });
  return { client, spawnedAt };
}

type Pull = (
  held: Map<string, string>,
  token?: CancellationTokenSource,
) => Promise<WorkspaceDocumentDiagnosticReport[]>;

function puller(client: LspClient): Pull {
  return (held, token) => pullWorkspace(client, held, token);
}

/** One-digit edits of an open report, each timed from the change to its diagnostics (`answer`). */
async function timeEdits(
  client: LspClient,
  uri: string,
  text: string,
  answer: (version: number) => Promise<unknown>,
): Promise<number[]> {
  const at = positionOf(text, EDIT_NEEDLE, EDIT_NEEDLE.length);
  const range = { start: at, end: { line: at.line, character: at.character + 1 } };
  const samples: number[] = [];
  let digit = text.charAt(text.indexOf(EDIT_NEEDLE) + EDIT_NEEDLE.length);
  for (let i = 0; i < EDITS + 5; i++) {
    digit = digit === '1' ? '2' : '1';
    const t0 = performance.now();
    const version = await client.change(uri, [{ range, text: digit }]);
    await answer(version);
    if (i >= 5) samples.push(performance.now() - t0);
  }
  return samples;
}

async function run(label: string, vary: (text: string, i: number) => string): Promise<[string, string, string][]> {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-bench-workspace-'));
  const rows: [string, string, string][] = [];
  try {
    const names = writeWorkspace(dir, vary);
    const uri = (name: string): string => pathToFileURL(join(dir, name)).href;
    console.log(`\n${label}: ${names.length} reports in ${dir}`);

    // 1–2. The first complete answer, and memory.
    const { client, spawnedAt } = await startPulling(dir);
    const pull = puller(client);
    const held = new Map<string, string>();
    const first = await pull(held);
    const firstMs = performance.now() - spawnedAt;
    const cpu = cpuOf(client.process.pid!);
    const findings = first.reduce((n, i) => n + (i.kind === 'full' ? i.items.length : 0), 0);
    const paired = first.filter((i) => i.kind === 'full' && i.items.some((d) => d.code === 'carryover')).length;
    console.log(`first answer: ${first.length} reports, ${findings} diagnostics (${paired} with a carryover finding)`);
    if (first.length !== names.length) console.log(`NOTE: ${names.length} reports written, ${first.length} listed`);
    const memory = memoryOf(client.process.pid!);
    rows.push([
      `spawn → first complete workspace answer, ${names.length} reports (server CPU)`,
      `${(firstMs / 1000).toFixed(2)} s (${cpu.toFixed(2)} s)`,
      '< 5 s',
    ]);
    rows.push(['diagnostics in it', `${findings} (${(JSON.stringify(first).length / 1e6).toFixed(1)} MB of JSON)`, '']);
    rows.push([
      'server resident memory after it (peak)',
      `${memory.rss.toFixed(0)} MB (${memory.peak.toFixed(0)} MB)`,
      '< 300 MB',
    ]);

    // 3. Held while nothing changes; a change on disk answers it.
    const waiting = pull(held);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const changed = names[1]!;
    const t0 = performance.now();
    writeFileSync(join(dir, changed), readFileSync(join(dir, changed), 'utf8').replace('科研机构: ,', '科研机构: 0,'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uri(changed), type: FileChangeType.Changed }],
    });
    const news = await waiting;
    const diskMs = performance.now() - t0;
    const full = news.filter((i) => i.kind === 'full').length;
    console.log(`after the change on disk: ${full} full, ${news.length - full} unchanged`);
    rows.push([
      'one report changed on disk → the held pull answered',
      `${fmt(diskMs)} ms (${full} full, ${news.length - full} unchanged)`,
      '',
    ]);

    // 4. Edit → diagnostics: pull here, push in a second server.
    const open = names[2]!;
    const text = readFileSync(join(dir, open), 'utf8');
    await client.openOnly(uri(open), text);
    const background = pull(held).catch(() => []); // held, as VS Code keeps one open
    const pulled = await timeEdits(client, uri(open), text, () =>
      client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: uri(open) } }),
    );
    rows.push([
      'edit → document pull answered, median (p95)',
      `${fmt(quantile(pulled, 0.5))} ms (${fmt(quantile(pulled, 0.95))})`,
      'as push',
    ]);
    const after = memoryOf(client.process.pid!);
    rows.push([
      'server resident memory after the edits (peak)',
      `${after.rss.toFixed(0)} MB (${after.peak.toFixed(0)} MB)`,
      '< 300 MB',
    ]);
    await client.stop();
    await background;

    const pusher = await LspClient.start({}, { root: dir, watch: true });
    await pusher.open(uri(open), text);
    const pushed = await timeEdits(pusher, uri(open), text, (version) =>
      pusher.nextDiagnostics(uri(open), (p) => p.version === version),
    );
    rows.push([
      'edit → publishDiagnostics (push client), median (p95)',
      `${fmt(quantile(pushed, 0.5))} ms (${fmt(quantile(pushed, 0.95))})`,
      '',
    ]);
    await pusher.stop();

    // 5. The first answer cancelled while the reports are being checked.
    const second = await startPulling(dir);
    const source = new CancellationTokenSource();
    const cancelled = puller(second.client)(new Map(), source);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const c0 = performance.now();
    source.cancel();
    const outcome = await cancelled.then(
      (items) => `answered (${items.length} reports)`,
      (error: unknown) => `cancelled (${(error as { code?: number }).code})`,
    );
    rows.push([
      'first answer cancelled 1 s after it was asked → its answer',
      `${fmt(performance.now() - c0)} ms, ${outcome}`,
      '',
    ]);
    await second.client.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** The example's whole check, median ms, in this process now: how loaded the machine is (idle: ~2.2 ms, README). */
function calibration(): number {
  const text = readFileSync(EXAMPLE, 'utf8');
  const samples: number[] = [];
  for (let i = 0; i < 80; i++) {
    const t0 = performance.now();
    checkText(text);
    if (i >= 20) samples.push(performance.now() - t0);
  }
  return quantile(samples, 0.5);
}

async function main(): Promise<void> {
  const before = calibration();
  const tables: [string, [string, string, string][]][] = [];
  for (const [label, vary] of [
    ['the example as written, agency numbered', numberedAgency],
    ['numbers varied as bench/generateReports.ts varies them', generatedReport],
  ] as const)
    tables.push([label, await run(label, vary)]);
  console.log(
    `\nload average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' ',
      )}; the example's check took ${fmt(before)} ms before the runs, ${fmt(calibration())} ms after (idle: ~2.2 ms)`,
  );
  for (const [label, rows] of tables) {
    console.log(`\n${label}:\n`);
    console.log('| measure | result | goal |');
    console.log('| --- | ---: | --- |');
    for (const [what, result, goal] of rows) console.log(`| ${what} | ${result} | ${goal} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
