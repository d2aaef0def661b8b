import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { printedFinding, toJsonResult } from '../../server/src/cli/formatFindings';
import { checkText } from '../../server/src/core/engine';

// 70 files: above the threshold where `xxgk lint` spreads the work over processes.
const COUNT = 70;
const example = readFileSync('examples/2023-西城区民政局.xxgk.yaml', 'utf8');
let dir: string;

before(() => {
  if (!existsSync('dist/cli.js')) execFileSync(process.execPath, ['scripts/build.mjs']);
  dir = mkdtempSync(join(tmpdir(), 'xxgk-pool-'));
  for (let i = 0; i < COUNT; i++) {
    // Vary the files: clean, arithmetic errors, broken YAML, a count with a unit.
    let text = example.replace('行政许可: 54', `行政许可: ${i}`);
    if (i % 5 === 1)
      text = text.replace('本年新收政府信息公开申请数量: {自然人: 0', `本年新收政府信息公开申请数量: {自然人: ${i}`);
    if (i % 7 === 2) text += '\n坏: [\n';
    if (i % 11 === 3) text = text.replace('行政处罚: 6', '行政处罚: 6件');
    writeFileSync(join(dir, `r${String(i).padStart(3, '0')}.xxgk.yaml`), text);
  }
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('a large folder gives, in order, exactly the findings of checking each file in process', () => {
  const run = spawnSync(process.execPath, ['dist/cli.js', 'lint', dir, '--format', 'json'], { encoding: 'utf8' });
  assert.equal(run.status, 1, run.stderr);
  const output = JSON.parse(run.stdout) as { file: string; diagnostics: unknown[] }[];
  assert.equal(output.length, COUNT);
  output.forEach((entry, i) => {
    const file = join(dir, `r${String(i).padStart(3, '0')}.xxgk.yaml`);
    assert.equal(entry.file, file);
    // The JSON contract: range, severity, code, message (and related locations in another file: none here).
    const findings = checkText(readFileSync(file, 'utf8')).findings.map(printedFinding);
    const expected = toJsonResult({ file, findings }).diagnostics;
    assert.deepEqual(entry.diagnostics, expected, file);
  });
});

test('a large folder with only clean files exits 0, and an unreadable path still wins with 2', () => {
  const clean = mkdtempSync(join(tmpdir(), 'xxgk-pool-clean-'));
  try {
    for (let i = 0; i < COUNT; i++) writeFileSync(join(clean, `c${i}.xxgk.yaml`), example);
    assert.equal(spawnSync(process.execPath, ['dist/cli.js', 'lint', clean]).status, 0);
    assert.equal(
      spawnSync(process.execPath, ['dist/cli.js', 'lint', clean, join(clean, 'missing.xxgk.yaml')]).status,
      2,
    );
  } finally {
    rmSync(clean, { recursive: true, force: true });
  }
});

test('a worker that runs out of memory costs only its own file: the others are checked and printed in order', () => {
  const big = mkdtempSync(join(tmpdir(), 'xxgk-pool-oom-'));
  try {
    // Within the engine's bounds, but more than a worker's heap of 48 MB holds; in the middle of a share.
    // (At 16 MB an ordinary report only just fits, and a loaded machine lost a second file.)
    const heavy = example + Array.from({ length: 45_000 }, (_, i) => `k${i}: [1, 2]`).join('\n');
    const heavyAt = [42];
    for (let i = 0; i < COUNT; i++)
      writeFileSync(join(big, `r${String(i).padStart(3, '0')}.xxgk.yaml`), heavyAt.includes(i) ? heavy : example);
    const run = spawnSync(process.execPath, ['dist/cli.js', 'lint', big, '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, XXGK_LINT_WORKER_HEAP_MB: '48' },
    });
    assert.equal(run.status, 2, run.stderr);
    const output = JSON.parse(run.stdout) as { file: string }[];
    assert.equal(output.length, COUNT - heavyAt.length);
    const names = output.map((entry) => entry.file);
    assert.deepEqual(names, [...names].sort());
    for (const i of heavyAt) {
      const name = `r${String(i).padStart(3, '0')}.xxgk.yaml`;
      assert.ok(!names.includes(join(big, name)));
      assert.match(run.stderr, new RegExp(`${name}.*进程意外退出`));
    }
  } finally {
    rmSync(big, { recursive: true, force: true });
  }
});
