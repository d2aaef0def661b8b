// `xxgk import`, run in-process through main(): output to stdout or to a file
// written atomically and never overwritten without --force; bad inputs
// (damaged .docx, a page with no report, part of a report, a huge file) give
// a Chinese message, a non-zero exit and no output file.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { EXIT_BAD_INPUT, EXIT_USAGE } from '../../server/src/cli/exitStatus';
import { writeFileAtomically } from '../../server/src/cli/writeFileAtomically';
import { runCli as run } from './helpers/cliInProcess';
import { gb18030 } from './importHelpers';
import { useTempDir } from './helpers/tempDir';

const ROOT = resolve(__dirname, '../..');
const SEED = 'test/fixtures/seed/2023_xicheng-minzhengju.txt';
const PARTIAL = 'test/fixtures/published/2022_wuhan-hanyang-qu-zhengfu-bangongshi_PARTIAL.txt';
const example = (): unknown => parse(readFileSync(join(ROOT, 'examples/2023-西城区民政局.xxgk.yaml'), 'utf8'));

let dir: string;
useTempDir('xxgk-import-', (d) => (dir = d));

const leftovers = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('xxgk import', () => {
  test('without -o the YAML goes to stdout, the notes to stderr', async () => {
    const r = await run('import', SEED);
    assert.equal(r.status, 0);
    assert.deepEqual(parse(r.stdout), example());
    assert.match(r.stderr, /说明：第三部分的标题编号为“2、”/);
  });

  test('-o writes the file atomically, and refuses to overwrite it without --force', async () => {
    const out = join(dir, 'seed.xxgk.yaml');
    const first = await run('import', SEED, '-o', out);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout, '');
    assert.deepEqual(parse(readFileSync(out, 'utf8')), example());
    await writeFile(out, 'keep: me\n');
    const again = await run('import', SEED, '-o', out);
    assert.equal(again.status, EXIT_USAGE);
    assert.match(again.stderr, /已存在，未覆盖。要覆盖请加 --force/);
    assert.equal(readFileSync(out, 'utf8'), 'keep: me\n');
    const forced = await run('import', SEED, '--output', out, '--force');
    assert.equal(forced.status, 0, forced.stderr);
    assert.deepEqual(parse(readFileSync(out, 'utf8')), example());
    assert.deepEqual(leftovers(), []);
  });

  test('writeFileAtomically without overwrite never replaces a file that appeared meanwhile, and leaves no temporary file', async () => {
    const out = join(dir, 'race.xxgk.yaml');
    await writeFile(out, 'first\n');
    await assert.rejects(
      writeFileAtomically(out, 'second\n', { overwrite: false }),
      (e: NodeJS.ErrnoException) => e.code === 'EEXIST',
    );
    assert.equal(readFileSync(out, 'utf8'), 'first\n');
    assert.deepEqual(leftovers(), []);
  });

  test('a GB18030 text file imports like its UTF-8 original', async () => {
    const gbk = join(dir, 'seed-gbk.txt');
    await writeFile(gbk, gb18030(readFileSync(SEED, 'utf8')));
    const r = await run('import', gbk);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(parse(r.stdout), example());
  });

  const refusals: [string, () => Promise<string>, RegExp][] = [
    [
      'a damaged .docx',
      async () => writeInput('bad.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 7)])),
      /Word 文件/,
    ],
    [
      'an HTML page with no report',
      async () => writeInput('page.html', '<html><body><h1>首页</h1><p>欢迎访问。</p></body></html>'),
      /没有找到/,
    ],
    ['a text with only part of a report', async () => PARTIAL, /只有报告的一部分.*--allow-partial/s],
    ['a binary file', async () => writeInput('data.bin', Buffer.from([0, 1, 2, 3, 0, 0, 0xff])), /不是文字文件/],
  ];
  for (const [what, make, message] of refusals) {
    test(`${what}: a Chinese message, exit 1, no output file`, async () => {
      const input = await make();
      const out = join(dir, `refused-${Math.random().toString(36).slice(2)}.xxgk.yaml`);
      const r = await run('import', input, '-o', out);
      assert.equal(r.status, EXIT_BAD_INPUT, r.stderr);
      assert.match(r.stderr, message);
      assert.equal(existsSync(out), false);
      assert.deepEqual(leftovers(), []);
    });
  }

  test('a 50 MB file is refused before it is read', async () => {
    const big = join(dir, 'big.txt');
    const handle = await open(big, 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    const out = join(dir, 'big.xxgk.yaml');
    const r = await run('import', big, '-o', out);
    assert.equal(r.status, EXIT_BAD_INPUT);
    assert.match(r.stderr, /50\.0 MB，超过 20 MB/);
    assert.equal(existsSync(out), false);
  });

  test('--allow-partial imports part of a report, the missing parts left blank', async () => {
    const r = await run('import', PARTIAL, '--allow-partial');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /政府信息公开行政复议、行政诉讼情况: {2}# 原文中未找到这一部分/);
    assert.match(r.stderr, /原文缺少：/);
  });

  test('usage errors exit 2: no file, two files, a missing file, an unknown option', async () => {
    assert.equal((await run('import')).status, EXIT_USAGE);
    assert.equal((await run('import', SEED, SEED)).status, EXIT_USAGE);
    const missing = await run('import', join(dir, 'nope.txt'));
    assert.equal(missing.status, EXIT_USAGE);
    assert.match(missing.stderr, /不存在/);
    assert.equal((await run('import', SEED, '--bogus')).status, EXIT_USAGE);
  });

  test('help says where the output goes and what reading a PDF needs; the general help lists import', async () => {
    const help = await run('import', '--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /不给 -o 时，YAML 写到标准输出/);
    assert.match(help.stdout, /PDF（直接读取，无需其他程序/);
    assert.doesNotMatch(help.stdout, /pdftotext|poppler/);
    assert.match((await run('--help')).stdout, /^\s+import\s/m);
  });
});

async function writeInput(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}
