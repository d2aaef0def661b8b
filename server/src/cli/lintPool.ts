// Checks many report files on every core. The engine is CPU-bound (most of it
// is the YAML parse), so a batch of a thousand reports in CI runs about twice
// as fast on two cores. Workers are processes, not threads: measured here,
// two worker threads ran each file twice as slowly as one, two processes did
// not. Small runs stay in-process: a worker costs ~60 ms to start. A worker
// makes each file's digest (fileDigests.ts) itself, so the main process only
// writes or adds what comes back, in the order of the files.
import { ChildProcess, fork } from 'node:child_process';
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
  const record = (index: number, made: unknown): void => {
    digests[index] = made as DigestOf<N>;
    // A digest is let go once handed on: a batch of any size is not held whole.
    for (let next = digests[nextToEmit]; next; next = digests[nextToEmit]) {
      digests[nextToEmit++] = undefined;
      onDigest(next);
    }
  };
  const queue = new RunQueue(jobs.length);
  await Promise.all(Array.from({ length: threads }, () => serve(script, digest, jobs, queue, record)));
}

/** A run of neighbouring files for one worker; `careful` after a worker's death (see serve). */
interface Run {
  indices: number[];
  careful: boolean;
}

/**
 * The work, handed out a run at a time to whichever worker is free: a busy
 * machine slows the workers unevenly, and a worker far ahead would only fill
 * the buffer of digests waiting for their turn to be printed.
 */
class RunQueue {
  private next = 0;
  /** Files of a dead worker's run, to be checked one message each. */
  private readonly suspects: number[] = [];

  constructor(private readonly count: number) {}

  take(): Run | undefined {
    if (this.suspects.length) return { indices: this.suspects.splice(0), careful: true };
    if (this.next >= this.count) return undefined;
    const start = this.next;
    this.next = Math.min(this.count, start + RUN);
    return { indices: Array.from({ length: this.next - start }, (_, k) => start + k), careful: false };
  }

  retry(indices: number[]): void {
    this.suspects.unshift(...indices);
  }
}

/**
 * One worker slot: a worker takes runs until none is left. A worker that dies
 * (out of memory, killed) loses only its own file: the rest of its run goes
 * back to the queue as suspects, checked by a new worker that reports file
 * by file, so that the next death names its file exactly, which gets a digest
 * saying so, and the rest goes on after it.
 */
async function serve(
  script: string,
  digest: DigestName,
  jobs: LintJob[],
  queue: RunQueue,
  record: (index: number, made: unknown) => void,
): Promise<void> {
  for (let run = queue.take(); run;) {
    const worker = startWorker(script);
    let current: Run | undefined = run;
    let received = 0;
    const finished = new Promise<void>((resolve) => worker.on('close', () => resolve()));
    const send = (r: Run): void => {
      const task: WorkerTask = { digest, jobs: r.indices.map((i) => jobs[i]!), batchSize: r.careful ? 1 : RUN };
      worker.send(task);
    };
    worker.on('message', (batch: unknown[]) => {
      for (const made of batch) record(current!.indices[received++]!, made);
      if (received < current!.indices.length) return;
      current = queue.take();
      received = 0;
      // Nothing left: the worker lets go itself (a disconnect from this side would never close the child).
      if (current) send(current);
      else worker.send(DONE);
    });
    send(current);
    // 'close', not 'exit': by then every message the worker sent before it died has been read.
    await finished;
    if (!current) return;
    // The worker died in the middle of a run.
    const rest = current.indices.slice(received);
    if (current.careful) {
      record(rest[0]!, lostFileDigest(digest, jobs[rest[0]!]!.file));
      queue.retry(rest.slice(1));
    } else queue.retry(rest);
    run = queue.take();
  }
}

function startWorker(script: string): ChildProcess {
  const worker = fork(script, [], {
    env: { ...process.env, [WORKER_ENV]: '1' },
    execArgv: workerFlags(),
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  worker.on('error', () => worker.kill());
  return worker;
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

/** What the main process sends a worker when the work is done. */
const DONE = 'done';

/** The worker's loop: runs as they come, until the main process says it is done. */
export function runLintWorker(): void {
  process.on('message', (task: WorkerTask | typeof DONE) => {
    if (task === DONE) process.disconnect();
    else void checkAndReport(task);
  });
}

async function checkAndReport({ digest, jobs, batchSize }: WorkerTask): Promise<void> {
  const send = (message: unknown): Promise<void> => new Promise((resolve) => process.send!(message, () => resolve()));
  const make = DIGESTS[digest] as (job: LintJob) => unknown;
  let batch: unknown[] = [];
  for (const job of jobs) {
    batch.push(make(job));
    if (batch.length >= batchSize) {
      await send(batch);
      batch = [];
    }
  }
  if (batch.length) await send(batch);
}
