// Shared by the cli.*.test.ts files: fixtures (a complete clean report, the
// same with one not-a-count), a GB18030 encoder, and running dist/cli.js on a
// temporary folder of those fixtures.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import type { JsonDiagnostic } from '../../../server/src/cli/formatFindings';
import { RESULT_GROUPS } from './labels';

export const ROOT = resolve(__dirname, '../../..');
export const CLI = join(ROOT, 'dist/cli.js');
export const XICHENG = join(ROOT, 'examples/2023-西城区民政局.xxgk.yaml');

// ---------------------------------------------------------------- fixtures

const ROW3 = '{自然人: 0, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0, 总计: 0}';
/** 本年度办理结果's groups and rows, every row all zeros. */
const RESULT_LINES = RESULT_GROUPS.flatMap(([group, rows]) =>
  rows.length ? [`    ${group}:`, ...rows.map((row) => `      ${row}: ${ROW3}`)] : [`    ${group}: ${ROW3}`],
).join('\n');
const ROW4 = '{结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0, 总计: 0}';

/** A complete report per docs/report-format.md with nothing to find: all counts 0, totals consistent. */
export const CLEAN_REPORT = `机关: 某市某区某局
年度: 2023
总体情况: |
  2023年，某区某局依法做好政府信息公开工作。
主动公开政府信息情况:
  第二十条第（一）项:
    规章: {本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 0}
    行政规范性文件: {本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 0}
  第二十条第（五）项:
    行政许可: 0
  第二十条第（六）项:
    行政处罚: 0
    行政强制: 0
  第二十条第（八）项:
    行政事业性收费: 0
收到和处理政府信息公开申请情况:
  本年新收政府信息公开申请数量: ${ROW3}
  上年结转政府信息公开申请数量: ${ROW3}
  本年度办理结果:
${RESULT_LINES}
    总计: ${ROW3}
  结转下年度继续办理: ${ROW3}
政府信息公开行政复议、行政诉讼情况:
  行政复议: ${ROW4}
  行政诉讼:
    未经复议直接起诉: ${ROW4}
    复议后起诉: ${ROW4}
存在的主要问题及改进情况: |
  信息更新还不够及时，下一步加强日常管理。
其他需要报告的事项: |
  本年度未收取信息处理费。
`;

/** The clean report with one `not-a-count` (行政许可: 12件), and where the value sits (0-based). */
export const BAD_COUNT_REPORT = CLEAN_REPORT.replace('    行政许可: 0\n', '    行政许可: 12件\n');
export const BAD_COUNT_LINE = BAD_COUNT_REPORT.split('\n').findIndex((l) => l === '    行政许可: 12件');
export const BAD_COUNT_CHAR = '    行政许可: '.length;

let gbTable: Map<string, number[]> | undefined;
/** Node has no GB18030 encoder; invert the decoder over all two-byte codes (enough for these texts). */
export function encodeGb18030(text: string): Buffer {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (!gbTable.has(ch)) gbTable.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const code = gbTable.get(ch);
      assert.ok(code, `no two-byte GB18030 code for ${ch}`);
      bytes.push(...code);
    }
  }
  return Buffer.from(bytes);
}

export async function sparseFile(path: string, size: number): Promise<void> {
  const handle = await open(path, 'w');
  await handle.truncate(size);
  await handle.close();
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function xxgk(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Parses --format json output and checks it has exactly the contract's keys. */
export function parseJsonOutput(stdout: string): { file: string; diagnostics: JsonDiagnostic[] }[] {
  const data: unknown = JSON.parse(stdout);
  assert.ok(Array.isArray(data));
  for (const entry of data as Record<string, unknown>[]) {
    assert.deepEqual(Object.keys(entry).sort(), ['diagnostics', 'file']);
    assert.equal(typeof entry.file, 'string');
    assert.ok(Array.isArray(entry.diagnostics));
    for (const d of entry.diagnostics as Record<string, unknown>[]) {
      const keys = Object.keys(d).sort();
      // `related` only where there are related locations: [{file, range, message}].
      assert.deepEqual(
        keys.filter((k) => k !== 'related'),
        ['code', 'message', 'range', 'severity'],
      );
      if (keys.includes('related')) {
        assert.ok(Array.isArray(d.related) && d.related.length > 0);
        for (const r of d.related as Record<string, unknown>[]) {
          assert.deepEqual(Object.keys(r).sort(), ['file', 'message', 'range']);
          assert.equal(typeof r.file, 'string');
        }
      }
      assert.ok(['error', 'warning', 'information'].includes(d.severity as string));
      assert.equal(typeof d.code, 'string');
      assert.equal(typeof d.message, 'string');
      const range = d.range as Record<string, Record<string, unknown>>;
      assert.deepEqual(Object.keys(range).sort(), ['end', 'start']);
      for (const p of [range.start, range.end]) {
        assert.deepEqual(Object.keys(p!).sort(), ['character', 'line']);
        assert.ok(Number.isInteger(p!.line) && (p!.line as number) >= 0);
        assert.ok(Number.isInteger(p!.character) && (p!.character as number) >= 0);
      }
    }
  }
  return data as { file: string; diagnostics: JsonDiagnostic[] }[];
}

/** Builds dist/cli.js when it is missing or older than server/src (`npm test` builds first). */
export async function ensureCliBuilt(): Promise<void> {
  if (!existsSync(CLI) || statSync(CLI).mtimeMs < (await newestSourceMtime(join(ROOT, 'server/src')))) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  }
}

/** A temporary folder with every fixture file and a folder tree for the search; the caller removes it. */
export async function makeCliFixtures(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'xxgk-cli-'));
  await writeFile(join(dir, 'clean.xxgk.yaml'), CLEAN_REPORT);
  await writeFile(join(dir, 'bad-count.xxgk.yaml'), BAD_COUNT_REPORT);
  await writeFile(join(dir, 'bad-count-bom-crlf.xxgk.yaml'), '\uFEFF' + BAD_COUNT_REPORT.replace(/\n/g, '\r\n'));
  await writeFile(join(dir, 'bad-count-gb.xxgk.yaml'), encodeGb18030(BAD_COUNT_REPORT));
  await writeFile(join(dir, 'clean-gb.xxgk.yaml'), encodeGb18030(CLEAN_REPORT));
  await writeFile(join(dir, 'syntax.xxgk.yaml'), 'a: [\n');
  await writeFile(join(dir, 'only-agency.xxgk.yaml'), '机关: 某局\n');
  await writeFile(join(dir, 'empty.xxgk.yaml'), '');
  await sparseFile(join(dir, 'big.xxgk.yaml'), 50 * 1024 * 1024);
  // A folder tree for the search.
  await mkdir(join(dir, 'reports/sub'), { recursive: true });
  await mkdir(join(dir, 'reports/node_modules'), { recursive: true });
  await mkdir(join(dir, 'empty-folder'));
  await writeFile(join(dir, 'reports/a.xxgk.yaml'), CLEAN_REPORT);
  await writeFile(join(dir, 'reports/sub/b.xxgk.yml'), 'a: [\n');
  await writeFile(join(dir, 'reports/notes.yaml'), 'a: [\n');
  await writeFile(join(dir, 'reports/node_modules/x.xxgk.yaml'), 'a: [\n');
  return dir;
}

/** For a describe block: builds dist/cli.js if needed and makes the fixture folder (passed to `ready`) before its tests; removes it after. */
export function useCliFixtures(ready: (dir: string) => void): void {
  let dir = '';
  before(async () => {
    // `npm test` builds first; build here too when run alone and dist is missing or stale.
    await ensureCliBuilt();
    dir = await makeCliFixtures();
    ready(dir);
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
}

async function newestSourceMtime(folder: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}
