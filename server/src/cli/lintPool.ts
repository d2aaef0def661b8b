// Checks many report files on every core. The engine is CPU-bound (most of it
// is the YAML parse), so a batch of a thousand reports in CI runs about twice
// as fast on two cores. Workers are processes, not threads: measured here,
// two worker threads ran each file twice as slowly as one, two processes did
// not. Small runs stay in-process: a worker costs ~60 ms to start.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { checkText, tooLargeFinding } from '../core/engine';
import type { Finding } from '../core/findings';
import type { ReportFigures } from '../core/summary/figureKeys';
import { reportFigures } from '../core/summary/figures';
import { readReportFile } from '../platform';
import { printedFinding } from './formatFindings';
import { PreviousPlan, previousInput } from './pairing';

/** Below this many files a pool does not pay for its start-up. */
const POOL_THRESHOLD = 64;
const WORKER_ENV = 'XXGK_LINT_WORKER';
/** The V8 heap of each worker in MB (--max-old-space-size), where set; else Node's default. */
export const WORKER_HEAP_ENV = 'XXGK_LINT_WORKER_HEAP_MB';

/** A checked file; the encoding and the key figures are for `xxgk summary` (a few numbers, cheap to send). */
export interface CheckedFile {
  file: string;
  findings: Finding[];
  encoding?: string;
  figures?: ReportFigures;
}

export type FileOutcome = CheckedFile | { file: string; readError: unknown } | { file: string; engineError: string };

/** A file to check, with where its last year's report is (pairing.ts). */
export interface LintJob {
  file: string;
  previous: PreviousPlan;
}

async function checkOneFile(file: string, plan: PreviousPlan = { kind: 'none' }): Promise<FileOutcome> {
  let content;
  try {
    content = await readReportFile(file);
  } catch (readError) {
    return { file, readError };
  }
  if (content.kind === 'too-large') return { file, findings: [tooLargeFinding(content.size)] };
  try {
    // Only what the CLI prints (printedFinding): related cells and fixes would be most of what a worker sends back.
    const previous = previousInput(file, plan);
    const decoded = { encoding: content.encoding, damaged: content.damaged };
    const result = checkText(content.text, { byteLength: content.size, previous, decoded });
    const findings = result.findings.map(printedFinding);
    const figures = result.report && reportFigures(result.report.root);
    return { file, findings, encoding: content.encoding, figures };
  } catch (error) {
    return { file, engineError: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** The bundled script to start workers from; undefined when running from TypeScript sources. */
function workerScript(): string | undefined {
  return __filename.endsWith('.js') ? __filename : undefined;
}

/**
 * Checks the files and hands each outcome to `onOutcome` in the order of
 * `files`, so output is the same whether or not a pool was used.
 */
export async function checkFiles(jobs: LintJob[], onOutcome: (outcome: FileOutcome) => void): Promise<void> {
  const files = jobs.map((j) => j.file);
  const script = workerScript();
  const threads = Math.min(availableParallelism(), 4);
  if (files.length < POOL_THRESHOLD || threads < 2 || !script) {
    for (const job of jobs) onOutcome(await checkOneFile(job.file, job.previous));
    return;
  }
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  let nextToEmit = 0;
  const record = (index: number, outcome: FileOutcome): void => {
    outcomes[index] = outcome;
    // An outcome is let go once handed on: a batch of any size is not held whole.
    for (let next = outcomes[nextToEmit]; next; next = outcomes[nextToEmit]) {
      outcomes[nextToEmit++] = undefined;
      onOutcome(next);
    }
  };
  // Interleaved shares keep the ordered output flowing while workers run.
  const shares = Array.from({ length: threads }, (_, t) => files.map((_f, i) => i).filter((i) => i % threads === t));
  await Promise.all(shares.map((indices) => runShare(script, jobs, indices, record)));
}

/**
 * One share of the files through workers. A worker that dies (out of memory,
 * killed) loses only its own file: the rest of its share goes to a new worker
 * that reports file by file, so the next death names its file exactly, which
 * gets an engineError, and the share goes on after it.
 */
async function runShare(
  script: string,
  jobs: LintJob[],
  indices: number[],
  record: (index: number, outcome: FileOutcome) => void,
): Promise<void> {
  let pending = indices;
  let careful = false;
  while (pending.length) {
    const share = pending;
    const task: WorkerTask = { jobs: share.map((i) => jobs[i]!), batchSize: careful ? 1 : 50 };
    const done = await runWorker(script, task, (k, outcome) => record(share[k]!, outcome));
    if (done >= share.length) return;
    if (careful) {
      const file = jobs[share[done]!]!.file;
      record(share[done]!, { file, engineError: '检查这个文件的进程意外退出（可能内存不足），未能检查。' });
      pending = share.slice(done + 1);
    } else pending = share.slice(done);
    careful = true;
  }
}

/** Resolves with the number of outcomes received when the worker exits. */
function runWorker(
  script: string,
  task: WorkerTask,
  onOutcome: (k: number, outcome: FileOutcome) => void,
): Promise<number> {
  return new Promise((resolve) => {
    const heap = Number(process.env[WORKER_HEAP_ENV]);
    const worker = fork(script, [], {
      env: { ...process.env, [WORKER_ENV]: '1' },
      execArgv: heap > 0 ? [`--max-old-space-size=${heap}`] : [],
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    let received = 0;
    worker.on('message', (batch: FileOutcome[]) => {
      for (const outcome of batch) onOutcome(received++, outcome);
    });
    worker.on('error', () => worker.kill());
    // 'close', not 'exit': by then every message the worker sent before it died has been read.
    worker.on('close', () => resolve(received));
    worker.send(task);
  });
}

interface WorkerTask {
  jobs: LintJob[];
  /** Outcomes per IPC message: 1 after a worker's death, so the next one names its file. */
  batchSize: number;
}

/** True in a worker started by checkFiles: the bundle's entry runs this loop instead of the CLI. */
export function isLintWorker(): boolean {
  return process.env[WORKER_ENV] === '1' && typeof process.send === 'function';
}

export function runLintWorker(): void {
  process.once('message', (task: WorkerTask) => void checkAndReport(task));
}

async function checkAndReport({ jobs, batchSize }: WorkerTask): Promise<void> {
  const send = (message: unknown): Promise<void> => new Promise((resolve) => process.send!(message, () => resolve()));
  // Outcomes go back in batches: one IPC message per file costs more than its check.
  let batch: FileOutcome[] = [];
  for (const { file, previous } of jobs) {
    const outcome = await checkOneFile(file, previous);
    if ('readError' in outcome) {
      // Errors do not survive serialization as such; send their words.
      const error = outcome.readError as { code?: unknown; message?: unknown };
      batch.push({ file, readError: { code: error?.code, message: String(error?.message ?? error) } });
    } else batch.push(outcome);
    if (batch.length >= batchSize) {
      await send(batch);
      batch = [];
    }
  }
  if (batch.length) await send(batch);
  process.disconnect();
}
