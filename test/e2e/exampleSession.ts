// The opening of the e2e suites on the examples: a session of code-server with
// the packaged xxgk.vsix on a temporary workspace of example reports, started
// before the suite's tests and closed after; and `step`, which saves a
// screenshot named after a failing step.
import { rmSync } from 'node:fs';
import { after, before } from 'node:test';
import { requireE2EEnv, startSession, type Session } from './harness';
import { exampleWorkspace, packagedVsix } from './xxgk';

export interface ExampleSessionOptions {
  /** Session name (profile, screenshots). */
  name: string;
  /** Example files copied into the workspace. */
  examples: string[];
  /** Extra files of the workspace, by name. */
  extra?: Record<string, string>;
}

/**
 * For a describe block: starts the session before its tests and passes it to
 * `started`; closes it and removes the workspace after. Returns `step`, which
 * runs a step and on failure saves a screenshot named after it.
 */
export function useExampleSession(
  opts: ExampleSessionOptions,
  started: (session: Session) => void,
): (name: string, fn: () => Promise<void>) => Promise<void> {
  let s: Session | undefined;
  let tmp = '';

  before(async () => {
    requireE2EEnv();
    const vsix = await packagedVsix();
    const ws = exampleWorkspace(opts.examples, opts.extra);
    tmp = ws.tmp;
    // Tall enough that every line of the examples is drawn without scrolling.
    s = await startSession({
      name: opts.name,
      folder: ws.folder,
      vsix: [vsix],
      viewport: { width: 1600, height: 1600 },
    });
    started(s);
  });

  after(async () => {
    await s?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** Runs a step; on failure saves a screenshot named after it. */
  return async function step(name: string, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (e) {
      await s?.wb.screenshot(`FAILED-${name}`).catch(() => undefined);
      throw e;
    }
  };
}
