// Checks many report files on every core. The engine is CPU-bound (most of it
// is the YAML parse), so a batch of a thousand reports in CI runs about twice
// as fast on two cores. Workers are processes, not threads: measured here,
// two worker threads ran each file twice as slowly as one, two processes did
// not. Small runs stay in-process: a worker costs ~60 ms to start.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { DigestName, DigestOf, DIGESTS, LintJob, lostFileDigest } from './fileDigests';

/** Neighbouring files a worker takes in a row (see checkFiles). */
const RUN = 16;
/** Below this many files a pool does not pay for its start-up. */
const POOL_THRESHOLD = 64;
const WORKER_ENV = 'XXGK_LINT_WORKER';
/** The V8 heap of each worker in MB (--max-old-space-size), where set; else Node's default. */
export const WORKER_HEAP_ENV = 'XXGK_LINT_WORKER_HEAP_MB';
/** How many workers, where set (0: check in process, as for a small batch); else one per core, at most 4, none on one core. */
export const WORKERS_ENV = 'XXGK_LINT_WORKERS';

function workerCount(): number {
  const set = process.env[WORKERS_ENV];
  if (set !== undefined && /^\d+$/.test(set)) return Number(set);
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(cores, 4);
}

/** The bundled script to start workers from; undefined when running from TypeScript sources. */
function workerScript(): string | undefined {
  return __filename.endsWith('.js') ? __filename : undefined;
}

/** V8 flags for a worker: the heap bound, where set. */
function workerFlags(): string[] {
  const heap = Number(process.env[WORKER_HEAP_ENV]);
  return heap > 0 ? [`--max-old-space-size=${heap}`] : [];
}

/**
 * Checks the files and hands each one's digest to `onDigest` in the order of
 * `jobs`, so output is the same whether or not a pool was used.
 */
export async function checkFiles<N extends DigestName>(
  jobs: LintJob[],
  digest: N,
  onDigest: (digest: DigestOf<N>) => void,
): Promise<void> {
  const script = workerScript();
  const threads = workerCount();
  if (jobs.length < POOL_THRESHOLD || threads < 1 || !script) {
    const make = DIGESTS[digest] as (job: LintJob) => DigestOf<N>;
    for (const job of jobs) onDigest(make(job));
    return;
  }
  const digests: (DigestOf<N> | undefined)[] = new Array(jobs.length);
  let nextToEmit = 0;
  const record = (index: number, made: DigestOf<N>): void => {
    digests[index] = made;
    // A digest is let go once handed on: a batch of any size is not held whole.
    for (let next = digests[nextToEmit]; next; next = digests[nextToEmit]) {
      digests[nextToEmit++] = undefined;
      onDigest(next);
    }
  };
  // Interleaved runs of neighbouring files keep the ordered output flowing while workers run, and
  // keep a report and last year's beside it in one worker, which then parses the pair's shared file once.
  const shares = Array.from({ length: threads }, (_, t) =>
    jobs.map((_j, i) => i).filter((i) => Math.floor(i / RUN) % threads === t),
  );
  await Promise.all(
    shares.map((indices) => runShare(script, digest, jobs, indices, (i, made) => record(i, made as DigestOf<N>))),
  );
}

/**
 * One share of the files through workers. A worker that dies (out of memory,
 * killed) loses only its own file: the rest of its share goes to a new worker
 * that reports file by file, so the next death names its file exactly, which
 * gets a digest saying so, and the share goes on after it.
 */
async function runShare(
  script: string,
  digest: DigestName,
  jobs: LintJob[],
  indices: number[],
  record: (index: number, made: unknown) => void,
): Promise<void> {
  let pending = indices;
  let careful = false;
  while (pending.length) {
    const share = pending;
    const task: WorkerTask = { digest, jobs: share.map((i) => jobs[i]!), batchSize: careful ? 1 : 50 };
    const done = await runWorker(script, task, (k, made) => record(share[k]!, made));
    if (done >= share.length) return;
    if (careful) {
      record(share[done]!, lostFileDigest(digest, jobs[share[done]!]!.file));
      pending = share.slice(done + 1);
    } else pending = share.slice(done);
    careful = true;
  }
}

/** Resolves with the number of digests received when the worker exits. */
function runWorker(script: string, task: WorkerTask, onDigest: (k: number, made: unknown) => void): Promise<number> {
  return new Promise((resolve) => {
    const worker = fork(script, [], {
      env: { ...process.env, [WORKER_ENV]: '1' },
      execArgv: workerFlags(),
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    let received = 0;
    worker.on('message', (batch: unknown[]) => {
      for (const made of batch) onDigest(received++, made);
    });
    worker.on('error', () => worker.kill());
    // 'close', not 'exit': by then every message the worker sent before it died has been read.
    worker.on('close', () => resolve(received));
    worker.send(task);
  });
}

interface WorkerTask {
  digest: DigestName;
  jobs: LintJob[];
  /** Digests per IPC message: 1 after a worker's death, so the next one names its file. */
  batchSize: number;
}

/** True in a worker started by checkFiles: the bundle's entry runs this loop instead of the CLI. */
export function isLintWorker(): boolean {
  return process.env[WORKER_ENV] === '1' && typeof process.send === 'function';
}

export function runLintWorker(): void {
  process.once('message', (task: WorkerTask) => void checkAndReport(task));
}

async function checkAndReport({ digest, jobs, batchSize }: WorkerTask): Promise<void> {
  const send = (message: unknown): Promise<void> => new Promise((resolve) => process.send!(message, () => resolve()));
  const make = DIGESTS[digest] as (job: LintJob) => unknown;
  // Digests go back in batches: one IPC message per file costs more than its check.
  let batch: unknown[] = [];
  for (const job of jobs) {
    batch.push(make(job));
    if (batch.length >= batchSize) {
      await send(batch);
      batch = [];
    }
  }
  if (batch.length) await send(batch);
  process.disconnect();
}
