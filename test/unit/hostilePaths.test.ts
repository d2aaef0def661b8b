// Inputs that are not regular files and outputs that must not be written:
// a FIFO or a device as input is refused at once (never a hang), and an
// output never replaces a device, a symbolic link, the input, or (without
// --force) an existing file. Messages are Chinese.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  linkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { importReport } from '../../server/src/importReport';
import { CLEAN_REPORT, xxgk } from './helpers/cli';

let dir: string;
let fifo: string;
const report = () => join(dir, 'r.xxgk.yaml');

before(() => {
  if (!existsSync('dist/cli.js')) execFileSync(process.execPath, ['scripts/build.mjs']);
  dir = mkdtempSync(join(tmpdir(), 'xxgk-paths-'));
  fifo = join(dir, 'pipe.xxgk.yaml');
  execFileSync('mkfifo', [fifo]);
  writeFileSync(report(), CLEAN_REPORT);
});

after(() => rmSync(dir, { recursive: true, force: true }));

const NOT_REGULAR = /不是普通文件/;

test('a FIFO or a device as input: lint, render and import refuse it at once with a Chinese message', () => {
  for (const input of [fifo, '/dev/zero']) {
    for (const args of [
      ['lint', input],
      ['render', input],
      ['import', input],
    ]) {
      const started = Date.now();
      const r = xxgk(args, dir);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, NOT_REGULAR);
      assert.ok(Date.now() - started < 10_000);
    }
  }
});

test('a FIFO inside a folder given to lint is not read; the reports beside it are', () => {
  const r = xxgk(['lint', dir], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /1 个文件/);
});

test('the server import request refuses a FIFO and a device with a message, never hanging', async () => {
  for (const input of [fifo, '/dev/zero']) {
    const result = await importReport(input);
    assert.match(result.error ?? '', NOT_REGULAR);
  }
});

test('a symlink loop is named in Chinese, not as ELOOP', () => {
  symlinkSync('loop-b.xxgk.yaml', join(dir, 'loop-a.xxgk.yaml'));
  symlinkSync('loop-a.xxgk.yaml', join(dir, 'loop-b.xxgk.yaml'));
  try {
    const r = xxgk(['lint', join(dir, 'loop-a.xxgk.yaml')], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /符号链接层数过多/);
    assert.doesNotMatch(r.stderr, /ELOOP/);
  } finally {
    rmSync(join(dir, 'loop-a.xxgk.yaml'));
    rmSync(join(dir, 'loop-b.xxgk.yaml'));
  }
});

test('output onto a device, or onto a symlink, is refused even with --force; the link and its target stay', () => {
  const target = join(dir, 'target.html');
  writeFileSync(target, 'keep');
  const link = join(dir, 'link.html');
  symlinkSync(target, link);
  const linkYaml = join(dir, 'link.xxgk.yaml');
  symlinkSync(target, linkYaml);
  try {
    for (const args of [
      ['render', report(), '-o', link, '--force'],
      ['render', report(), '-o', link],
      ['import', report(), '-o', linkYaml, '--force', '--allow-partial'],
    ]) {
      const r = xxgk(args, dir);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /符号链接/);
    }
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal(readFileSync(target, 'utf8'), 'keep');
    const device = xxgk(['import', report(), '-o', '/dev/null', '--force', '--allow-partial'], dir);
    assert.equal(device.status, 2);
    assert.match(device.stderr, NOT_REGULAR);
    assert.ok(lstatSync('/dev/null').isCharacterDevice());
  } finally {
    rmSync(link);
    rmSync(linkYaml);
  }
});

test('render never writes over its input, with or without --force, by any name (a hard link too)', () => {
  const source = join(dir, 'report.html');
  writeFileSync(source, CLEAN_REPORT);
  const hard = join(dir, 'hard.html');
  linkSync(source, hard);
  for (const out of [source, join(dir, '.', 'report.html'), hard]) {
    for (const force of [[], ['--force']]) {
      const r = xxgk(['render', source, '-o', out, ...force], dir);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /输入文件本身/);
    }
  }
  assert.equal(readFileSync(source, 'utf8'), CLEAN_REPORT);
});

test("import's unknown option is said in Chinese", () => {
  const r = xxgk(['import', report(), '--bogus'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /未知的选项 --bogus/);
  assert.doesNotMatch(r.stderr, /Unknown option/);
});
