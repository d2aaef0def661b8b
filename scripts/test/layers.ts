// The layers of `npm test`, in the order they run, each a child process:
// steps (system packages, build, typecheck, lint, e2e setup, package) pass or
// fail as one; test layers report how many tests passed, failed, were skipped.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runChild, type ChildResult } from './child';
import {
  countsFromGrammarSnap,
  countsFromTap,
  countsFromVscodeSummary,
  layerCounts,
  NONE,
  type Counts,
  type VscodeSummary,
} from './counts';

export const ROOT = path.resolve(__dirname, '..', '..');
export const RESULTS = path.join(ROOT, 'test-results');

export interface LayerResult {
  counts: Counts;
  /** For the table at the end: what ran, and why not when it did not. */
  note: string;
  /** A step passes or fails as one (one failure counted); it has no tests of its own. */
  step?: true;
}

export interface RunContext {
  env: NodeJS.ProcessEnv;
  /** Steps already run in this invocation, with whether they passed. */
  done: Map<string, boolean>;
  /** Groups of scripts/install-system-packages.sh the selected layers need. */
  systemGroups: string[];
}

export interface Layer {
  name: string;
  run(ctx: RunContext): Promise<LayerResult>;
}

const MIN = 60_000;
const NODE_TSX = [process.execPath, '--import', 'tsx'];

/** The command, paths shown from the project; a long list of test files as the pattern that found them. */
function header(name: string, command: string[], filesShownAs?: { count: number; pattern: string }): void {
  const args = filesShownAs ? command.slice(0, command.length - filesShownAs.count) : command;
  const shown = args.map((a) =>
    a === process.execPath ? 'node' : a.startsWith(ROOT + path.sep) ? path.relative(ROOT, a) : a,
  );
  if (filesShownAs) shown.push(`${filesShownAs.pattern} (${filesShownAs.count} files)`);
  process.stdout.write(`\n━━ ${name}: ${shown.join(' ')}\n`);
}

function problemOf(r: ChildResult): string {
  return r.problem ?? (r.code === 0 ? '' : `exit ${r.code}`);
}

interface RunOptions {
  capture?: boolean;
  filesShownAs?: { count: number; pattern: string };
}

async function run(name: string, command: string[], ctx: RunContext, timeoutMin: number, options: RunOptions = {}) {
  header(name, command, options.filesShownAs);
  return runChild(command[0]!, command.slice(1), {
    env: ctx.env,
    timeoutMs: timeoutMin * MIN,
    capture: options.capture,
  });
}

/** A step: one failure when it fails, nothing counted when it passes. */
function step(name: string, command: (ctx: RunContext) => string[], timeoutMin: number): Layer {
  return {
    name,
    async run(ctx) {
      const r = await run(name, command(ctx), ctx, timeoutMin);
      const ok = r.code === 0 && !r.problem;
      ctx.done.set(name, ok);
      const note = ok ? 'ok' : `FAILED (${problemOf(r)}): counted as 1 failed`;
      return { counts: ok ? NONE : { ...NONE, failed: 1 }, note, step: true };
    },
  };
}

function testFiles(folder: string, suffix: string): string[] {
  return readdirSync(path.join(ROOT, folder))
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => path.join(ROOT, folder, f));
}

/** node:test over a folder: spec to the terminal, TAP to test-results/<name>.tap for the counts. */
function nodeTests(name: string, folder: string, suffix: string, timeoutMin: number): Layer {
  return {
    name,
    async run(ctx) {
      const tap = path.join(RESULTS, `${name}.tap`);
      rmSync(tap, { force: true });
      const files = testFiles(folder, suffix);
      const r = await run(
        name,
        [
          ...NODE_TSX,
          '--test',
          '--test-reporter=spec',
          '--test-reporter-destination=stdout',
          '--test-reporter=tap',
          `--test-reporter-destination=${tap}`,
          ...files,
        ],
        ctx,
        timeoutMin,
        { filesShownAs: { count: files.length, pattern: `${folder}/*${suffix}` } },
      );
      const reported = existsSync(tap) ? countsFromTap(readFileSync(tap, 'utf8')) : undefined;
      const problem = problemOf(r) || (reported ? '' : 'no totals in its TAP output');
      return { counts: layerCounts(reported, r.code === 0 && !r.problem), note: problem || `${files.length} files` };
    },
  };
}

const grammar: Layer = {
  name: 'grammar',
  async run(ctx) {
    const bin = path.join(ROOT, 'node_modules', '.bin', 'vscode-tmgrammar-snap');
    const grammars = ['syntaxes/xxgk.tmLanguage.json', 'node_modules/tm-grammars/grammars/yaml.json'];
    const files = testFiles('test/grammar', '.xxgk.yaml').map((f) => path.relative(ROOT, f));
    const command = [bin, '-s', 'source.xxgk', ...grammars.flatMap((g) => ['-g', g]), ...files];
    const r = await run('grammar', command, { ...ctx, env: { ...ctx.env, FORCE_COLOR: '0' } }, 2, { capture: true });
    const counts = layerCounts(countsFromGrammarSnap(r.output), r.code === 0 && !r.problem);
    return { counts, note: problemOf(r) || `${files.length} files` };
  },
};

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

const SKIPPED_EXIT = 77; // test/vscode/runTest.ts: "VS Code could not be downloaded"
const e2eSetup = step('e2e setup', () => ['bash', path.join(ROOT, 'scripts/e2e/setup-code-server.sh')], 15);
const packageVsix = step('package', () => ['npm', 'run', 'package'], 5);

/**
 * The @vscode/test-electron mocha suite in a downloaded desktop VS Code;
 * where none can be downloaded, the same suite in code-server (installed by
 * the e2e setup), so it is never only skipped.
 */
const vscodeSuite: Layer = {
  name: 'vscode',
  async run(ctx) {
    const summary = path.join(RESULTS, 'vscode.json');
    const env = { ...ctx.env, XXGK_VSCODE_SUMMARY: summary };
    const runTest = [...NODE_TSX, path.join(ROOT, 'test/vscode/runTest.ts')];
    rmSync(summary, { force: true });
    let r = await run('vscode (desktop VS Code)', runTest, { ...ctx, env }, 10);
    let fallback = '';
    if (r.code === SKIPPED_EXIT) {
      fallback = readJson<VscodeSummary>(summary)?.notRun ?? 'VS Code could not be downloaded';
      process.stdout.write(`vscode: desktop VS Code not run (${fallback}); the suite runs in code-server instead\n`);
      for (const needed of [e2eSetup, packageVsix]) if (!ctx.done.has(needed.name)) await needed.run(ctx);
      rmSync(summary, { force: true });
      r = await run('vscode (code-server)', [...runTest, '--code-server'], { ...ctx, env }, 10);
    }
    const result = readJson<VscodeSummary>(summary);
    const counts = layerCounts(countsFromVscodeSummary(result), r.code === 0 && !r.problem);
    const where = result?.host ?? (fallback ? 'code-server' : 'desktop VS Code');
    const note = [where, fallback && `desktop not run: ${fallback}`, problemOf(r)].filter(Boolean).join('; ');
    return { counts, note };
  },
};

/** Every layer, in the order `npm test` runs them. */
export const LAYERS: Layer[] = [
  step(
    'system packages',
    (ctx) => ['bash', path.join(ROOT, 'scripts/install-system-packages.sh'), ...ctx.systemGroups],
    15,
  ),
  step('build', () => ['npm', 'run', 'build'], 5),
  step('typecheck', () => ['npm', 'run', 'typecheck'], 5),
  step('lint', () => ['npm', 'run', 'lint'], 5),
  nodeTests('unit', 'test/unit', '.test.ts', 12),
  nodeTests('protocol', 'test/protocol', '.test.ts', 6),
  grammar,
  e2eSetup,
  packageVsix,
  nodeTests('e2e', 'test/e2e', '.e2e.ts', 12),
  vscodeSuite,
];

/** What a layer chosen on the command line brings along, and the system packages it uses. */
export const NEEDS: Record<string, { steps: string[]; systemGroups: string[] }> = {
  build: { steps: [], systemGroups: [] },
  typecheck: { steps: [], systemGroups: [] },
  lint: { steps: [], systemGroups: [] },
  unit: { steps: ['system packages', 'build'], systemGroups: ['unit'] },
  protocol: { steps: ['build'], systemGroups: [] },
  grammar: { steps: [], systemGroups: [] },
  e2e: { steps: ['e2e setup', 'package'], systemGroups: [] }, // the e2e setup installs its own
  vscode: { steps: ['build'], systemGroups: [] },
};
