// `npm test` and its fast loops:
//
//   node --import tsx scripts/test/main.ts [layer…]
//
// With no layer: every layer in order (system packages, build, typecheck,
// lint, unit, protocol, grammar, e2e setup, package, e2e, vscode). With
// layers (build typecheck lint unit protocol grammar e2e vscode): those, and
// the steps they need. Each runs as a child process whose output streams
// through; a table of the layers follows, and the last line is the summary
// over all of them, `N passed, N failed, N skipped`. Exit 1 when anything failed.
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { add, NONE, summaryLine } from './counts';
import { LAYERS, NEEDS, RESULTS, type LayerResult, type RunContext } from './layers';

function chosenLayers(args: string[]): { names: Set<string>; systemGroups: string[] } {
  if (args.length === 0) return { names: new Set(LAYERS.map((l) => l.name)), systemGroups: ['all'] };
  const unknown = args.filter((a) => !NEEDS[a]);
  if (unknown.length) {
    process.stderr.write(`unknown layer ${unknown.join(', ')}; layers: ${Object.keys(NEEDS).join(' ')}\n`);
    process.exit(2);
  }
  const names = new Set(args.flatMap((a) => [a, ...NEEDS[a]!.steps]));
  const systemGroups = [...new Set(args.flatMap((a) => NEEDS[a]!.systemGroups))];
  return { names, systemGroups };
}

function seconds(ms: number): string {
  return ms >= 60_000
    ? `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`
    : `${Math.round(ms / 1000)} s`;
}

function rowText(r: LayerResult): string {
  return r.step ? r.note : `${summaryLine(r.counts)}  ${r.note}`;
}

async function main(): Promise<number> {
  const { names, systemGroups } = chosenLayers(process.argv.slice(2));
  mkdirSync(RESULTS, { recursive: true });
  const aptStamp = path.join(tmpdir(), `xxgk-apt-updated-${process.pid}`);
  const ctx: RunContext = {
    env: { ...process.env, XXGK_APT_UPDATED_STAMP: aptStamp },
    done: new Map(),
    systemGroups,
  };
  const started = Date.now();
  const rows: Array<{ name: string; ms: number; result: LayerResult }> = [];
  try {
    for (const layer of LAYERS) {
      if (!names.has(layer.name)) continue;
      if (layer.name === 'system packages' && systemGroups.length === 0) continue;
      const t0 = Date.now();
      const result = await layer.run(ctx);
      rows.push({ name: layer.name, ms: Date.now() - t0, result });
    }
  } finally {
    rmSync(aptStamp, { force: true });
  }
  const total = rows.reduce((sum, r) => add(sum, r.result.counts), NONE);
  const width = Math.max(...rows.map((r) => r.name.length));
  const out = ['', `━━ test summary (${seconds(Date.now() - started)} in all)`];
  for (const r of rows) {
    out.push(`  ${r.name.padEnd(width)}  ${seconds(r.ms).padStart(12)}  ${rowText(r.result)}`);
  }
  out.push(summaryLine(total));
  process.stdout.write(`${out.join('\n')}\n`);
  return total.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stdout.write(`test runner: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.stdout.write(`${summaryLine({ ...NONE, failed: 1 })}\n`);
    process.exit(1);
  },
);
