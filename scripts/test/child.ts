// One layer's command as a child process of `npm test`: its output streamed
// through as it comes (and kept, when the layer's counts are read from it),
// no stdin (CI has none), and a time limit after which its whole process
// group is ended, so a hung layer fails instead of hanging the run.
import { spawn } from 'node:child_process';

export interface ChildResult {
  /** The exit code; null when it was killed or could not start. */
  code: number | null;
  /** Why it did not exit by itself, when it did not. */
  problem?: string;
  /** stdout + stderr, when `capture` was asked for. */
  output: string;
}

export interface ChildOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  capture?: boolean;
}

let current: { pid: number } | undefined;

/** Ends the running layer's process group when the runner itself is stopped. */
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (current) killGroup(current.pid, 'SIGTERM');
    process.exit(130);
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export function runChild(command: string, args: string[], options: ChildOptions): Promise<ChildResult> {
  return new Promise((resolve) => {
    let output = '';
    let problem: string | undefined;
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      stdio: ['ignore', options.capture ? 'pipe' : 'inherit', options.capture ? 'pipe' : 'inherit'],
      detached: true, // its own process group, ended as one on a timeout
    });
    if (child.pid !== undefined) current = { pid: child.pid };
    const keep = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString('utf8');
      stream.write(chunk);
    };
    child.stdout?.on('data', keep(process.stdout));
    child.stderr?.on('data', keep(process.stderr));
    let settled = false;
    const finish = (code: number | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      current = undefined;
      resolve({ code, problem, output });
    };
    const timer = setTimeout(() => {
      problem = `did not finish within ${Math.round(options.timeoutMs / 60_000)} min; stopped`;
      if (child.pid !== undefined) {
        killGroup(child.pid, 'SIGTERM');
        setTimeout(() => killGroup(child.pid!, 'SIGKILL'), 10_000).unref();
      }
    }, options.timeoutMs);
    child.on('error', (e) => {
      problem = `could not start ${command}: ${e.message}`;
      finish(null);
    });
    child.on('close', (code, signal) => {
      if (signal && !problem) problem = `ended by ${signal}`;
      finish(code);
    });
  });
}
