import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { printedFinding, toJsonResult } from '../../server/src/cli/formatFindings';
import { checkText } from '../../server/src/core/engine';
import { PREVIOUS_KEY } from '../../server/src/core/previous/identity';
import { runCli } from './helpers/cliInProcess';
import { lastYearReport, thisYearReport } from './helpers/pairs';
import { CARRIED_OUT, setCell } from './helpers/reports';

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

test('a batch of both years: last year’s report parsed once for both its uses gives the findings of each file checked alone', async () => {
  const pairs = mkdtempSync(join(tmpdir(), 'xxgk-pool-pairs-'));
  try {
    // 40 departments, each with last year's report beside this year's (some linked by 上年报告),
    // last year's 结转下年度 商业企业 varied so that some 上年结转 disagree (carryover, in the other file).
    for (let i = 0; i < 40; i++) {
      const folder = join(pairs, `d${i % 4}`);
      mkdirSync(folder, { recursive: true });
      const agency = `某市某区某局${i}`;
      writeFileSync(
        join(folder, `${i}-2023.xxgk.yaml`),
        setCell(lastYearReport(agency), CARRIED_OUT, '商业企业', `${i % 3}`),
      );
      const link = i % 5 === 0 ? `\n${PREVIOUS_KEY}: ${i}-2023.xxgk.yaml` : '';
      writeFileSync(join(folder, `${i}-2024.xxgk.yaml`), thisYearReport(agency).replace(/^(年度: .*)$/m, `$1${link}`));
    }
    const lint = (workers: string): ReturnType<typeof spawnSync> =>
      spawnSync(process.execPath, ['dist/cli.js', 'lint', pairs, '--format', 'json'], {
        encoding: 'utf8',
        env: { ...process.env, XXGK_LINT_WORKERS: workers },
      });
    const pooled = lint('2');
    const inProcess = lint('0');
    // Each file alone: its last year's report read and parsed for it only, nothing shared.
    const alone: unknown[] = [];
    for (const { file } of JSON.parse(String(pooled.stdout)) as { file: string }[])
      alone.push(...(JSON.parse((await runCli('lint', file, '--format', 'json')).stdout) as unknown[]));
    assert.deepEqual(JSON.parse(String(pooled.stdout)), alone);
    // Status 1: changing last year's 结转下年度 unbalances its own table (balance), as intended.
    assert.deepEqual([pooled.status, inProcess.status], [1, 1], String(pooled.stderr));
    assert.equal(pooled.stdout, inProcess.stdout);
    const output = JSON.parse(String(pooled.stdout)) as {
      file: string;
      diagnostics: { code: string; related?: { file: string }[] }[];
    }[];
    assert.equal(output.length, 80);
    const carryover = output.flatMap((o) => o.diagnostics.filter((d) => d.code === 'carryover'));
    // Departments 1, 2, 4, 5, … (i % 3 ≠ 0) carried over something this year's report does not take in.
    assert.equal(carryover.length, 40 - 14);
    assert.ok(carryover.every((d) => d.related?.[0]?.file.endsWith('-2023.xxgk.yaml')));
  } finally {
    rmSync(pairs, { recursive: true, force: true });
  }
});
