// The `xxgk lint` command end to end, spawning the bundled dist/cli.js on
// temporary files: usage and exit status, path handling, and the findings the
// CLI makes itself (too-large).
import assert from 'node:assert/strict';
import { chmod, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { describe, test } from 'node:test';
import { version } from '../../package.json';
import { CLEAN_REPORT, parseJsonOutput, useCliFixtures, xxgk } from './helpers/cli';

describe('xxgk (dist/cli.js)', () => {
  let dir = '';
  useCliFixtures((d) => (dir = d));

  describe('usage', () => {
    test('--version prints the package version', () => {
      const r = xxgk(['--version'], dir);
      assert.equal(r.status, 0);
      assert.equal(r.stdout.trim(), version);
    });

    for (const args of [['--help'], ['-h'], ['help'], ['lint', '--help'], ['help', 'lint']]) {
      test(`xxgk ${args.join(' ')} prints usage with status 0`, () => {
        const r = xxgk(args, dir);
        assert.equal(r.status, 0);
        assert.match(r.stdout, /用法/);
        assert.equal(r.stderr, '');
      });
    }

    const bad: [string, string[], RegExp][] = [
      ['no arguments', [], /用法/],
      ['unknown command', ['check', 'clean.xxgk.yaml'], /未知的命令 check/],
      ['unknown global flag', ['--verbose'], /未知的选项 --verbose/],
      ['help for an unknown command', ['help', 'frobnicate'], /未知的命令 frobnicate/],
      ['no paths', ['lint'], /没有给出/],
      ['unknown flag', ['lint', '--fix', 'clean.xxgk.yaml'], /未知的选项 --fix/],
      ['unknown flag next to a file with errors', ['lint', 'big.xxgk.yaml', '--strict'], /未知的选项 --strict/],
      ['bad --format', ['lint', '--format', 'xml', 'clean.xxgk.yaml'], /text 或 json/],
      ['--format without value', ['lint', 'clean.xxgk.yaml', '--format'], /--format/],
    ];
    for (const [name, args, stderr] of bad) {
      test(`${name}: status 2, Chinese on stderr, nothing on stdout`, () => {
        const r = xxgk(args, dir);
        assert.equal(r.status, 2);
        assert.match(r.stderr, stderr);
        assert.match(r.stderr, /[\u4e00-\u9fff]/);
        if (args.length > 0) assert.equal(r.stdout, '');
      });
    }
  });

  describe('paths', () => {
    test('a missing path: status 2, the other files still checked and printed', () => {
      const r = xxgk(['lint', 'nope.xxgk.yaml', 'big.xxgk.yaml'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /nope\.xxgk\.yaml/);
      assert.match(r.stdout, /^big\.xxgk\.yaml:1:1 error too-large /m);
    });

    test('a missing path: JSON stdout is still exactly the JSON of the other files', () => {
      const r = xxgk(['lint', '--format', 'json', 'clean.xxgk.yaml', 'nope'], dir);
      assert.equal(r.status, 2);
      assert.deepEqual(
        parseJsonOutput(r.stdout).map((e) => e.file),
        ['clean.xxgk.yaml'],
      );
    });

    test(
      'an unreadable file: status 2, the others still checked',
      { skip: process.getuid?.() === 0 && 'root reads any file' },
      async () => {
        const locked = join(dir, 'locked.xxgk.yaml');
        await writeFile(locked, CLEAN_REPORT);
        await chmod(locked, 0o000);
        try {
          const r = xxgk(['lint', 'locked.xxgk.yaml', 'big.xxgk.yaml'], dir);
          assert.equal(r.status, 2);
          assert.match(r.stderr, /无法读取文件 locked\.xxgk\.yaml/);
          assert.match(r.stdout, /too-large/);
        } finally {
          await chmod(locked, 0o644);
        }
      },
    );

    test('folder search: recursive, sorted, node_modules skipped, other names ignored, paths relative as given', () => {
      const r = xxgk(['lint', '--format', 'json', 'reports'], dir);
      assert.deepEqual(
        parseJsonOutput(r.stdout).map((e) => e.file),
        [join('reports', 'a.xxgk.yaml'), join('reports', 'sub', 'b.xxgk.yml')],
      );
      for (const e of parseJsonOutput(r.stdout)) assert.ok(!isAbsolute(e.file));
    });

    test('a file named explicitly is checked whatever its name; a file named twice once', () => {
      const r = xxgk(['lint', '--format', 'json', 'reports/notes.yaml', 'clean.xxgk.yaml', './clean.xxgk.yaml'], dir);
      assert.deepEqual(
        parseJsonOutput(r.stdout).map((e) => e.file),
        ['reports/notes.yaml', 'clean.xxgk.yaml'],
      );
    });

    test('a folder without reports: status 0, a note on stderr, empty JSON', () => {
      const r = xxgk(['lint', '--format', 'json', 'empty-folder'], dir);
      assert.equal(r.status, 0);
      assert.deepEqual(parseJsonOutput(r.stdout), []);
      assert.match(r.stderr, /empty-folder/);
    });
  });

  describe('findings the CLI makes itself', () => {
    test('a file over 10 MB: too-large error at 1:1, status 1', () => {
      const r = xxgk(['lint', 'big.xxgk.yaml'], dir);
      assert.equal(r.status, 1);
      assert.equal(
        r.stdout,
        'big.xxgk.yaml:1:1 error too-large 文件超过 10 MB（52428800 字节），未做检查。一份年度报告不会这么大：请检查是否误存了其他内容。\n1 个文件，1 个错误，0 个警告\n',
      );
    });

    test('too-large in JSON: 0-based empty range at 0:0', () => {
      const r = xxgk(['lint', '--format', 'json', 'big.xxgk.yaml', 'clean.xxgk.yaml'], dir);
      assert.equal(r.status, 1);
      const out = parseJsonOutput(r.stdout);
      assert.equal(out.length, 2);
      assert.deepEqual(out[0], {
        file: 'big.xxgk.yaml',
        diagnostics: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: 'error',
            code: 'too-large',
            message: '文件超过 10 MB（52428800 字节），未做检查。一份年度报告不会这么大：请检查是否误存了其他内容。',
          },
        ],
      });
    });

    test('exit 2 wins over findings: unknown path next to a too-large file', () => {
      assert.equal(xxgk(['lint', 'big.xxgk.yaml', 'missing-folder'], dir).status, 2);
    });
  });
});
