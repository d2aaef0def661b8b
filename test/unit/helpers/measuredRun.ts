// Runs a Node script as a child process and measures it: wall time and peak
// resident memory (the child's own getrusage maxRSS, reported by a preload
// as it exits), for the hostile-input soak test and bench/hostile.bench.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface MeasuredRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident set size in MB; undefined if the child died before it could say. */
  peakMb?: number;
  /** CPU time (user + system) in ms, likewise: on a loaded machine, a fairer measure than `ms`. */
  cpuMs?: number;
}

const MARK = 'xxgk-peak-rss-kb:';
// maxRSS is in kilobytes on Linux; written last, on stderr, as the process exits.
const PRELOAD = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\n${MARK}'+u.maxRSS+','+(u.userCPUTime+u.systemCPUTime)+'\\n')})`;

export function measuredRun(
  script: string,
  args: string[],
  options: { cwd?: string; timeoutMs?: number } = {},
): MeasuredRun {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', PRELOAD, script, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  const mark = r.stderr.lastIndexOf(MARK);
  const [rssKb, cpuUs] =
    mark >= 0
      ? r.stderr
          .slice(mark + MARK.length)
          .split(',')
          .map(Number)
      : [];
  const peakMb = rssKb === undefined ? undefined : rssKb / 1024;
  const cpuMs = cpuUs === undefined ? undefined : cpuUs / 1000;
  const stderr = mark >= 0 ? r.stderr.slice(0, mark).replace(/\n$/, '') : r.stderr;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr, ms, peakMb, cpuMs };
}

/** The peak resident memory (VmHWM) of a running process, in MB, from /proc. */
export function peakMbOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmHWM:\s+(\d+) kB/m.exec(status);
  if (!kb) throw new Error(`no VmHWM for ${pid}`);
  return Number(kb[1]) / 1024;
}
