// `xxgk render` end to end: spawns the bundled dist/cli.js on temporary files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { renderHtml } from '../../server/src/core/render';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const XICHENG = join(ROOT, 'examples/2023-西城区民政局.xxgk.yaml');

async function newestSourceMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts'))
      newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

function xxgk(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('xxgk render (dist/cli.js)', () => {
  let dir = '';

  before(async () => {
    // `npm test` builds first; build here too when run alone and dist is missing or stale.
    if (!existsSync(CLI) || statSync(CLI).mtimeMs < (await newestSourceMtime(join(ROOT, 'server/src')))) {
      const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
    }
    dir = await mkdtemp(join(tmpdir(), 'xxgk-render-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('-o out.html writes one standalone file with its styles inlined', async () => {
    const out = join(dir, 'out.html');
    const r = xxgk(['render', XICHENG, '-o', out], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `已生成 ${out}\n`);
    assert.match(r.stderr, /0 个错误、7 个警告/);
    const html = await readFile(out, 'utf8');
    assert.equal(html, renderHtml(await readFile(XICHENG, 'utf8'), { standalone: true }));
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<style>[\s\S]*@page[\s\S]*<\/style>/);
    assert.doesNotMatch(html, /<script|<link/);
    assert.match(html, /北京市西城区民政局2023年政府信息公开工作年度报告/);
    assert.ok(!/class="[^"]*has-finding/.test(html), 'a clean print unless --show-findings');
  });

  test('without -o (or with -o -) the HTML goes to stdout', async () => {
    const expected = renderHtml(await readFile(XICHENG, 'utf8'), { standalone: true });
    for (const args of [
      ['render', XICHENG],
      ['render', XICHENG, '-o', '-'],
    ]) {
      const r = xxgk(args, dir);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, expected);
    }
  });

  test('--show-findings marks the blank cells', () => {
    const r = xxgk(['render', XICHENG, '--show-findings'], dir);
    assert.equal(r.status, 0);
    assert.equal(r.stdout.match(/class="num has-finding severity-warning"/g)?.length, 7);
  });

  test('refuses to replace an existing file without --force; with it, replaces it whole and leaves no temporary file', async () => {
    const sub = join(dir, 'replace');
    await mkdir(sub);
    const out = join(sub, '报告.html');
    await writeFile(out, 'old content');
    const refused = xxgk(['render', XICHENG, '--output', out], sub);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /已存在，未覆盖。要覆盖请加 --force/);
    assert.equal(await readFile(out, 'utf8'), 'old content');
    const r = xxgk(['render', XICHENG, '--output', out, '--force'], sub);
    assert.equal(r.status, 0, r.stderr);
    assert.match(await readFile(out, 'utf8'), /^<!DOCTYPE html>/);
    assert.deepEqual(await readdir(sub), ['报告.html']);
  });

  test('.docx and .pdf are written whatever the case of the extension (details in export.*.test.ts)', async () => {
    for (const name of ['x.docx', 'X.PDF']) {
      const r = xxgk(['render', XICHENG, '-o', join(dir, name)], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.ok(existsSync(join(dir, name)), name);
    }
  });

  test('bad usage and unreadable input: exit 2, nothing written', async () => {
    const keep = join(dir, 'keep.html');
    await writeFile(keep, 'old');
    const cases: [string[], RegExp][] = [
      [['render'], /没有给出要排版的报告文件/],
      [['render', XICHENG, XICHENG], /一次只能排版一个文件/],
      [['render', XICHENG, '--bogus'], /未知的选项 --bogus/],
      [['render', XICHENG, '-o'], /缺少取值/],
      [['render', XICHENG, '-o', join(dir, 'x.txt')], /不支持输出为「\.txt」/],
      [['render', join(dir, 'nope.xxgk.yaml'), '-o', keep], /无法读取文件.*不存在/],
      [['render', dir, '-o', keep], /无法读取文件.*是文件夹/],
      [['render', XICHENG, '-o', join(dir, 'no/such/folder/x.html')], /无法写入/],
      [['render', XICHENG, '-o', join(dir, 'replace') + '/'], /不支持输出为|无法写入/],
    ];
    for (const [args, message] of cases) {
      const r = xxgk(args, dir);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(r.stdout, '');
    }
    assert.equal(await readFile(keep, 'utf8'), 'old');
    assert.equal(existsSync(join(dir, 'x.txt')), false);
  });

  test('-o naming a folder: exit 2, the folder untouched', async () => {
    const folder = join(dir, 'folder.html');
    await mkdir(folder);
    const r = xxgk(['render', XICHENG, '-o', folder], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /无法写入.*是文件夹/);
    assert.deepEqual(await readdir(folder), []);
    assert.deepEqual(
      (await readdir(dir)).filter((n) => n.endsWith('.tmp')),
      [],
    );
  });

  test('a report with errors is still rendered (exit 0) and the problems are counted on stderr', async () => {
    const file = join(dir, 'broken.xxgk.yaml');
    await writeFile(file, '机关: 某局\n年度: 2023\n总体情况: |\n  <b>粗体</b>\n');
    const r = xxgk(['render', file], dir);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /&lt;b&gt;粗体&lt;\/b&gt;/);
    assert.match(r.stdout, /（缺少本部分）/);
    assert.match(r.stderr, /有 5 个错误/);
  });

  test('help: xxgk render --help and xxgk help render', () => {
    const a = xxgk(['render', '--help'], dir);
    const b = xxgk(['help', 'render'], dir);
    assert.equal(a.status, 0);
    assert.equal(a.stdout, b.stdout);
    assert.match(a.stdout, /用法：xxgk render <文件> \[-o <输出文件>\]/);
    assert.match(xxgk(['--help'], dir).stdout, /render\s+把报告排成正式版式/);
  });
});
