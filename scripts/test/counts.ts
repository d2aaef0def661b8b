// Test counts read from what each layer's runner leaves behind, and the one
// summary line `npm test` ends with. A layer whose counts cannot be read, or
// that exits non-zero with no failing test named, counts as one failure: a
// layer that did not run is never counted as passed.

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export const NONE: Counts = { passed: 0, failed: 0, skipped: 0 };

export function add(a: Counts, b: Counts): Counts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}

/** `612 passed, 0 failed, 1 skipped`: the last line of `npm test`. */
export function summaryLine(c: Counts): string {
  return `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
}

/**
 * The totals node:test's TAP reporter writes at the end of a run
 * (`# pass N`, `# fail N`, `# cancelled N`, `# skipped N`, `# todo N`).
 * Cancelled tests (a timeout, a file that died) are failures; todo tests are
 * not passes, so they count as skipped. Undefined when the totals are absent
 * (the run was killed before it finished).
 */
export function countsFromTap(tap: string): Counts | undefined {
  const total = (name: string): number | undefined => {
    const all = [...tap.matchAll(new RegExp(`^# ${name} (\\d+)\\s*$`, 'gm'))];
    const last = all.at(-1);
    return last ? Number(last[1]) : undefined;
  };
  const pass = total('pass');
  const fail = total('fail');
  if (pass === undefined || fail === undefined) return undefined;
  return {
    passed: pass,
    failed: fail + (total('cancelled') ?? 0),
    skipped: (total('skipped') ?? 0) + (total('todo') ?? 0),
  };
}

const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * vscode-tmgrammar-snap's output, one line per test file: `✓ <file> run
 * successfully.` or an `ERROR …` line naming it. A snapshot it had to
 * generate (none existed) compared nothing and is a failure here.
 */
export function countsFromGrammarSnap(output: string): Counts {
  const lines = output.replace(ANSI, '').split('\n');
  const failedFiles = new Set<string>();
  let passed = 0;
  for (const line of lines) {
    if (/ run successfully\.\s*$/.test(line)) passed += 1;
    const failure =
      /^(?:ERROR in test case|ERROR running testcase|ERROR can't run testcase:|Generating snapshot)\s+(\S+)/.exec(line);
    if (failure) failedFiles.add(failure[1]!.replace(/\.snap$/, ''));
  }
  return { passed, failed: failedFiles.size, skipped: 0 };
}

/** What test/vscode/runTest.ts writes to $XXGK_VSCODE_SUMMARY. */
export interface VscodeSummary {
  host?: string;
  notRun?: string;
  passed?: number;
  failed?: number;
  pending?: number;
}

export function countsFromVscodeSummary(s: VscodeSummary | undefined): Counts | undefined {
  if (!s || s.notRun !== undefined || typeof s.passed !== 'number' || typeof s.failed !== 'number') return undefined;
  return { passed: s.passed, failed: s.failed, skipped: s.pending ?? 0 };
}

/**
 * A layer's counts as `npm test` adds them up: what its runner reported, plus
 * one failure when it exited non-zero without naming a failing test, or when
 * it reported nothing or ran no test at all.
 */
export function layerCounts(reported: Counts | undefined, exitOk: boolean): Counts {
  if (!reported) return { ...NONE, failed: 1 };
  const silentFailure = (!exitOk && reported.failed === 0) || reported.passed + reported.failed === 0;
  return silentFailure ? { ...reported, failed: reported.failed + 1 } : reported;
}
