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
    const result = checkText(content.text, { byteLength: content.size, previous });
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
  const emit = (): void => {
    // An outcome is let go once handed on: a batch of any size is not held whole.
    for (let next = outcomes[nextToEmit]; next; next = outcomes[nextToEmit]) {
      outcomes[nextToEmit++] = undefined;
      onOutcome(next);
    }
  };
  // Interleaved shares keep the ordered output flowing while workers run.
  const shares = Array.from({ length: threads }, (_, t) => files.map((_f, i) => i).filter((i) => i % threads === t));
  await Promise.all(
    shares.map(
      (indices) =>
        new Promise<void>((resolve, reject) => {
          const worker = fork(script, [], {
            env: { ...process.env, [WORKER_ENV]: '1' },
            stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
          });
          let received = 0;
          worker.on('message', (batch: FileOutcome[]) => {
            for (const outcome of batch) outcomes[indices[received++]!] = outcome;
            emit();
          });
          worker.on('error', reject);
          worker.on('exit', () =>
            received === indices.length
              ? resolve()
              : reject(new Error(`检查进程意外退出（完成 ${received}/${indices.length} 个文件）`)),
          );
          worker.send(indices.map((i) => jobs[i]));
        }),
    ),
  );
  emit();
}

/** True in a worker started by checkFiles: the bundle's entry runs this loop instead of the CLI. */
export function isLintWorker(): boolean {
  return process.env[WORKER_ENV] === '1' && typeof process.send === 'function';
}

export function runLintWorker(): void {
  process.once('message', (jobs: LintJob[]) => void checkAndReport(jobs));
}

async function checkAndReport(jobs: LintJob[]): Promise<void> {
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
    if (batch.length >= 50) {
      await send(batch);
      batch = [];
    }
  }
  if (batch.length) await send(batch);
  process.disconnect();
}
