// `xxgk lint` with last year's report: pairing by content in a folder, a
// file's sibling found when it is linted alone, files given on the command
// line, the 上年报告 key and --previous, and what goes wrong with them.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { encodeGb18030, ensureCliBuilt, parseJsonOutput, xxgk } from './helpers/cli';
import { lastYearReport, thisYearReport } from './helpers/pairs';
import { CARRIED_IN, CARRIED_OUT, lineOfKey, setCell } from './helpers/reports';
import { useTempDir } from './helpers/tempDir';

/** Last year's carry-over of 商业企业 is 4, this year's 0: one carryover. */
const LAST = setCell(lastYearReport(), CARRIED_OUT, '商业企业', '4');
const NOW = thisYearReport();
const linked = (path: string): string => NOW.replace('年度: 2024\n', `年度: 2024\n上年报告: ${path}\n`);

describe("xxgk lint beside last year's report", () => {
  let dir = '';
  useTempDir('xxgk-previous-', (d) => (dir = d));
  before(async () => {
    await ensureCliBuilt();
    const files: Record<string, string | Buffer> = {
      // Names say nothing of the year: pairing is by content.
      'pair/甲.xxgk.yaml': NOW,
      'pair/乙.xxgk.yaml': LAST,
      'apart/this/report.xxgk.yaml': NOW,
      'apart/last/report.xxgk.yaml': LAST,
      'option/now.xxgk.yaml': NOW,
      'option/old-report.yaml': LAST,
      'two/now.xxgk.yaml': NOW,
      'two/a.xxgk.yaml': LAST,
      'two/b.xxgk.yml': LAST,
      'gb/now.xxgk.yaml': NOW,
      'gb/last.xxgk.yaml': encodeGb18030(LAST),
      'links/missing.xxgk.yaml': linked('不存在.xxgk.yaml'),
      'links/self.xxgk.yaml': linked('self.xxgk.yaml'),
      'links/garbage.xxgk.yaml': linked('garbage.txt'),
      'links/garbage.txt': '机关: [\n',
      'links/ok.xxgk.yaml': linked('../option/old-report.yaml'),
      'links/windows.xxgk.yaml': linked('..\\option\\old-report.yaml'),
      '年报 (1) #2/甲 报告.xxgk.yaml': NOW,
      '年报 (1) #2/乙 报告.xxgk.yaml': LAST,
      'other/now.xxgk.yaml': NOW,
      'other/another-agency.xxgk.yaml': lastYearReport('另一个局'),
    };
    for (const [path, content] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), content);
    }
  });

  const carryovers = (
    args: string[],
  ): { file: string; diagnostics: ReturnType<typeof parseJsonOutput>[number]['diagnostics'] }[] => {
    const r = xxgk(['lint', '--format', 'json', ...args], dir);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    return parseJsonOutput(r.stdout).map((e) => ({
      file: e.file,
      diagnostics: e.diagnostics.filter((d) => d.code !== 'empty-section'),
    }));
  };

  test("a folder: its reports are paired; JSON carries last year's cell with its file", () => {
    const out = carryovers(['pair']);
    const now = out.find((e) => e.file === join('pair', '甲.xxgk.yaml'))!;
    const found = now.diagnostics.filter((d) => d.code === 'carryover');
    assert.equal(found.length, 1, JSON.stringify(now));
    assert.equal(found[0]!.range.start.line, lineOfKey(NOW, CARRIED_IN));
    assert.match(found[0]!.message, /乙\.xxgk\.yaml/);
    const related = (found[0] as unknown as { related: { file: string; range: { start: { line: number } } }[] })
      .related;
    assert.equal(related[0]!.file, join('pair', '乙.xxgk.yaml'));
    assert.equal(related[0]!.range.start.line, lineOfKey(LAST, CARRIED_OUT));
    // Last year's report has none of its own (its year before is not there).
    assert.deepEqual(
      out.find((e) => e.file.endsWith('乙.xxgk.yaml'))!.diagnostics.filter((d) => d.code === 'carryover'),
      [],
    );
  });

  test('one file alone still finds its sibling (text output)', () => {
    const r = xxgk(['lint', join('pair', '甲.xxgk.yaml')], dir);
    assert.match(
      r.stdout,
      /甲\.xxgk\.yaml:\d+:\d+ warning carryover 商业企业列：上年结转 0，但上年报告（乙\.xxgk\.yaml）的结转下年度继续办理为 4/,
    );
  });

  test('files in different folders given on the command line are paired', () => {
    const out = carryovers([join('apart', 'this', 'report.xxgk.yaml'), join('apart', 'last', 'report.xxgk.yaml')]);
    const found = out[0]!.diagnostics.filter((d) => d.code === 'carryover');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /\.\.\/last\/report\.xxgk\.yaml/);
  });

  test("--previous names last year's report for one file, whatever its name", () => {
    const out = carryovers([join('option', 'now.xxgk.yaml'), '--previous', join('option', 'old-report.yaml')]);
    assert.equal(out[0]!.diagnostics.filter((d) => d.code === 'carryover').length, 1);
    // Without it, a file not named *.xxgk.yaml is no candidate.
    assert.deepEqual(carryovers([join('option', 'now.xxgk.yaml')])[0]!.diagnostics, []);
  });

  test('--previous with more than one file is a usage error; a missing one is a finding', () => {
    const r = xxgk(['lint', 'pair', '--previous', join('option', 'old-report.yaml')], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--previous 只能用于检查一份报告/);
    const out = carryovers([join('option', 'now.xxgk.yaml'), '--previous', 'nowhere.xxgk.yaml']);
    const f = out[0]!.diagnostics.find((d) => d.code === 'previous-link')!;
    assert.match(f.message, /找不到文件/);
    assert.deepEqual(f.range.start, { line: 0, character: 0 });
  });

  test('two candidates: one previous-ambiguous naming both, no carryover', () => {
    const out = carryovers([join('two', 'now.xxgk.yaml')]);
    const d = out[0]!.diagnostics;
    assert.deepEqual(
      d.map((x) => `${x.severity} ${x.code}`),
      ['information previous-ambiguous'],
    );
    assert.match(d[0]!.message, /a\.xxgk\.yaml、b\.xxgk\.yml/);
  });

  test("last year's report in GB18030 is read like any report", () => {
    assert.equal(
      carryovers([join('gb', 'now.xxgk.yaml')])[0]!.diagnostics.filter((d) => d.code === 'carryover').length,
      1,
    );
  });

  test('another agency is no candidate', () => {
    assert.deepEqual(carryovers([join('other', 'now.xxgk.yaml')])[0]!.diagnostics, []);
  });

  test('上年报告: a missing file, this file itself, a file that does not parse: previous-link on the key', () => {
    const out = carryovers([
      join('links', 'missing.xxgk.yaml'),
      join('links', 'self.xxgk.yaml'),
      join('links', 'garbage.xxgk.yaml'),
    ]);
    const keyLine = lineOfKey(linked('x'), '上年报告');
    const messages = out.map((e) => {
      const f = e.diagnostics.filter((d) => d.code === 'previous-link');
      assert.equal(f.length, 1, `${e.file}: ${JSON.stringify(e.diagnostics)}`);
      assert.deepEqual(f[0]!.range.start, { line: keyLine, character: 0 });
      return f[0]!.message;
    });
    assert.match(messages[0]!, /找不到文件 不存在\.xxgk\.yaml/);
    assert.match(messages[1]!, /本报告自身/);
    assert.match(messages[2]!, /YAML 语法错误/);
  });

  test("上年报告 relative to the report's folder is followed", () => {
    const out = carryovers([join('links', 'ok.xxgk.yaml')]);
    assert.deepEqual(
      out[0]!.diagnostics.map((d) => d.code),
      ['carryover'],
    );
  });

  test('many files (checked by worker processes) are paired the same way', async () => {
    const many = join(dir, 'many');
    await mkdir(many);
    for (let i = 0; i < 40; i++) {
      await writeFile(join(many, `${i}-now.xxgk.yaml`), thisYearReport(`某局${i}`));
      await writeFile(
        join(many, `${i}-last.xxgk.yaml`),
        setCell(lastYearReport(`某局${i}`), CARRIED_OUT, '其他', String(i + 1)),
      );
    }
    const out = carryovers(['many']);
    assert.equal(out.length, 80);
    for (const e of out) {
      const found = e.diagnostics.filter((d) => d.code === 'carryover');
      assert.equal(found.length, e.file.endsWith('-now.xxgk.yaml') ? 1 : 0, e.file);
      if (found.length) assert.match(found[0]!.message, new RegExp(`为 ${Number(/(\d+)-now/.exec(e.file)![1]) + 1}（`));
    }
  });

  test('a 上年报告 link written on Windows (backslashes) is followed here too', () => {
    const out = carryovers([join('links', 'windows.xxgk.yaml')]);
    assert.deepEqual(
      out[0]!.diagnostics.map((d) => d.code),
      ['carryover'],
    );
  });

  test('a folder and files named with spaces, brackets, # and Chinese: printed as they are, in text and JSON', () => {
    const folder = '年报 (1) #2';
    const r = xxgk(['lint', folder], dir);
    assert.match(r.stdout, /^年报 \(1\) #2\/甲 报告\.xxgk\.yaml:\d+:\d+ warning carryover .*（乙 报告\.xxgk\.yaml）/m);
    const now = carryovers([folder]).find((e) => e.file === join(folder, '甲 报告.xxgk.yaml'))!;
    const related = (now.diagnostics[0] as unknown as { related: { file: string }[] }).related;
    assert.equal(related[0]!.file, join(folder, '乙 报告.xxgk.yaml'));
  });
});
