// `npm test`'s counts (scripts/test/counts.ts) read from the real output of
// node:test's TAP reporter and of vscode-tmgrammar-snap, and the rule that a
// layer which did not report, or failed without naming a test, is a failure.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  countsFromGrammarSnap,
  countsFromTap,
  countsFromVscodeSummary,
  layerCounts,
  summaryLine,
} from '../../scripts/test/counts';

/** Runs node:test over `files` (name → source) and returns its TAP output file's text. */
function tapOf(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-counts-'));
  try {
    for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
    const tap = join(dir, 'out.tap');
    // A test file runs with NODE_TEST_CONTEXT set, which would make the inner run report to us, not to its reporters.
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' };
    delete env.NODE_TEST_CONTEXT;
    spawnSync(
      process.execPath,
      ['--test', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...Object.keys(files)],
      { cwd: dir, encoding: 'utf8', env },
    );
    return readFileSync(tap, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('counts from node:test TAP output', () => {
  test('passes, failures, skipped and todo tests over several files, nested suites included', () => {
    const tap = tapOf({
      'a.test.mjs': `import { describe, test } from 'node:test';
describe('suite', () => {
  test('passes', () => {});
  test('fails', () => { throw new Error('no'); });
  test('skipped', { skip: 'the runner must count a skip' }, () => {});
  test.todo('todo', () => {});
  describe('inner', () => { test('passes too', () => {}); });
});`,
      'b.test.mjs': `import { test } from 'node:test';
test('passes', () => {});
test('fails', () => { throw new Error('no'); });`,
    });
    assert.deepEqual(countsFromTap(tap), { passed: 3, failed: 2, skipped: 2 });
  });

  test('a file that dies before its tests ran is a failure', () => {
    const tap = tapOf({
      'ok.test.mjs': `import { test } from 'node:test'; test('passes', () => {});`,
      'dies.test.mjs': `throw new Error('cannot load');`,
    });
    const counts = countsFromTap(tap);
    assert.equal(counts?.passed, 1);
    assert.ok((counts?.failed ?? 0) >= 1, tap);
  });

  test('no totals (the run was killed): nothing to read', () => {
    assert.equal(countsFromTap('TAP version 13\n# Subtest: a\nok 1 - a\n'), undefined);
  });
});

describe('counts from vscode-tmgrammar-snap output', () => {
  test('one line per file, colours or not; a snapshot it had to generate is a failure', () => {
    const output = [
      '\x1b[32m✓\x1b[39m \x1b[97mtest/grammar/a.xxgk.yaml\x1b[39m run successfully.',
      '\x1b[31mERROR in test case \x1b[39m\x1b[97mtest/grammar/b.xxgk.yaml\x1b[39m',
      '    -- existing snapshot',
      'ERROR running testcase test/grammar/c.xxgk.yaml snapshot and actual file contain different number of lines.',
      'Generating snapshot test/grammar/d.xxgk.yaml.snap',
    ].join('\n');
    assert.deepEqual(countsFromGrammarSnap(output), { passed: 1, failed: 3, skipped: 0 });
  });
});

describe('a layer’s counts', () => {
  test('the VS Code suite: pending tests are skipped; not run is nothing to count', () => {
    assert.deepEqual(countsFromVscodeSummary({ host: 'code-server', passed: 8, failed: 0, pending: 1 }), {
      passed: 8,
      failed: 0,
      skipped: 1,
    });
    assert.equal(countsFromVscodeSummary({ notRun: 'VS Code could not be downloaded' }), undefined);
    assert.equal(countsFromVscodeSummary(undefined), undefined);
  });

  test('not reported, failed without a failing test, or no test at all: one failure more', () => {
    assert.deepEqual(layerCounts(undefined, true), { passed: 0, failed: 1, skipped: 0 });
    assert.deepEqual(layerCounts({ passed: 5, failed: 0, skipped: 0 }, false), { passed: 5, failed: 1, skipped: 0 });
    assert.deepEqual(layerCounts({ passed: 0, failed: 0, skipped: 2 }, true), { passed: 0, failed: 1, skipped: 2 });
    assert.deepEqual(layerCounts({ passed: 5, failed: 2, skipped: 0 }, false), { passed: 5, failed: 2, skipped: 0 });
    assert.deepEqual(layerCounts({ passed: 5, failed: 0, skipped: 1 }, true), { passed: 5, failed: 0, skipped: 1 });
  });

  test('the summary line', () => {
    assert.equal(summaryLine({ passed: 612, failed: 0, skipped: 1 }), '612 passed, 0 failed, 1 skipped');
    assert.match(summaryLine({ passed: 1, failed: 2, skipped: 0 }), /^\d+ passed, \d+ failed(, \d+ skipped)?$/);
  });
});
