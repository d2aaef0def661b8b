// The test runner that VS Code loads in its extension host
// (`--extensionTestsPath`): mocha (TDD: suite/test) over every *.test.js
// beside this file. runTest.ts bundles this file with mocha inside it, so
// that it loads in any VS Code's Node (mocha 12 itself is ESM).
// When XXGK_VSCODE_RESULTS names a file, the counts are written there as
// JSON ({ passed, failed, pending, failures }) for the runner to report.
import { readdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    let passed = 0;
    let pending = 0;
    const failures: Array<{ title: string; message: string }> = [];
    const tests: Array<{ title: string; state: 'passed' | 'failed'; ms: number }> = [];
    const runner = mocha.run((failed) => {
      const out = process.env.XXGK_VSCODE_RESULTS;
      if (out) writeFileSync(out, JSON.stringify({ passed, failed, pending, failures, tests, files }, null, 2));
      if (failed > 0) reject(new Error(`${failed} of ${passed + failed} tests failed.`));
      else if (passed === 0) reject(new Error(`no test ran (files: ${files.join(', ') || 'none'})`));
      else resolve();
    });
    runner.on('pass', (test) => {
      passed += 1;
      tests.push({ title: test.fullTitle(), state: 'passed', ms: test.duration ?? 0 });
    });
    runner.on('pending', () => {
      pending += 1;
    });
    runner.on('fail', (test, err: unknown) => {
      failures.push({ title: test.fullTitle(), message: err instanceof Error ? err.message : String(err) });
      tests.push({ title: test.fullTitle(), state: 'failed', ms: test.duration ?? 0 });
    });
  });
}
