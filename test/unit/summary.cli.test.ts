// `xxgk summary` and `xxgk sum` end to end (dist/cli.js on temporary files):
// usage errors, the bad inputs listed and never dropped, the .xlsx read back
// by LibreOffice (every row, every number a number), the .csv with its BOM,
// and `sum` writing atomically, never over an existing file or an input.
// LibreOffice Calc must be installed (Debian: libreoffice-calc-nogui): where
// it is missing, the test fails and names the package.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { Workbook } from 'exceljs';
import { CLEAN_REPORT, encodeGb18030, ensureCliBuilt, sparseFile, xxgk } from './helpers/cli';
import { huaianReport, WITH_ERRORS, XICHENG } from './helpers/summaryFixtures';
import { useTempDir } from './helpers/tempDir';
import { csvRows, firstSheet, htmlRows, openWithLibreOffice } from './helpers/summaryOutputs';

interface JsonSummary {
  reports: Record<string, unknown>[];
  total: Record<string, unknown>;
}

const HEADER =
  '机关,年度,本年新收,上年结转,办理结果总计,结转下年度,行政复议,行政诉讼,行政许可,行政处罚,错误,警告,问题,文件';
const FIGURES = [
  'received',
  'carriedIn',
  'outcomesTotal',
  'carriedOut',
  'review',
  'lawsuits',
  'licensing',
  'penalties',
];

describe('xxgk summary and xxgk sum (dist/cli.js)', () => {
  let dir = '';
  let reports = '';

  useTempDir('xxgk-summary-', (d) => (dir = d));
  before(async () => {
    await ensureCliBuilt();
    reports = join(dir, 'reports');
    await mkdir(join(reports, 'sub'), { recursive: true });
    await writeFile(join(reports, '淮安.xxgk.yaml'), huaianReport());
    await writeFile(join(reports, '西城.xxgk.yaml'), XICHENG);
    await writeFile(join(reports, '西城-副本.xxgk.yaml'), XICHENG);
    await writeFile(join(reports, '带错误.xxgk.yaml'), WITH_ERRORS);
    await writeFile(join(reports, 'sub/某局-gb.xxgk.yaml'), encodeGb18030(CLEAN_REPORT));
    await writeFile(join(reports, 'sub/坏.xxgk.yaml'), 'a: [\n');
    await sparseFile(join(reports, 'sub/大.xxgk.yaml'), 11 * 1024 * 1024);
  });

  describe('usage errors: status 2, Chinese on stderr, nothing written', () => {
    const cases: [string, string[], RegExp][] = [
      ['summary without paths', ['summary', '-o', 'x.csv'], /没有给出要汇总的文件或文件夹/],
      ['summary without -o', ['summary', 'reports'], /没有给出输出文件/],
      [
        'summary to an unknown format',
        ['summary', 'reports', '-o', 'x.txt'],
        /扩展名应为 \.xlsx、\.csv、\.json、\.html/,
      ],
      ['summary with an unknown flag', ['summary', 'reports', '-o', 'x.csv', '--fix'], /未知的选项 --fix/],
      ['summary -o without a value', ['summary', 'reports', '-o'], /-o|--output/],
      ['sum without paths', ['sum', '-o', 'x.xxgk.yaml'], /没有给出要相加的报告/],
      ['sum without -o', ['sum', 'reports'], /没有给出输出文件/],
      ['sum with a bad --year', ['sum', 'reports', '-o', 'x.xxgk.yaml', '--year', '24'], /--year 应是四位数的年度/],
      [
        'sum with an empty --agency',
        ['sum', 'reports', '-o', 'x.xxgk.yaml', '--agency', ' '],
        /--agency 后面应是机关名称/,
      ],
      ['sum with an unknown flag', ['sum', 'reports', '-o', 'x.xxgk.yaml', '--faulty'], /未知的选项 --faulty/],
      [
        'sum of reports of different years',
        ['sum', 'reports/淮安.xxgk.yaml', 'reports/西城.xxgk.yaml', '-o', 'x.xxgk.yaml'],
        /年度不同，不能相加/,
      ],
    ];
    for (const [name, args, message] of cases) {
      test(name, async () => {
        const r = xxgk(args, dir);
        assert.equal(r.status, 2, r.stderr);
        assert.match(r.stderr, message);
        assert.match(r.stderr, /[\u4e00-\u9fff]/);
        assert.equal(r.stdout, '');
        assert.deepEqual((await readdir(dir)).sort(), ['reports']);
      });
    }

    for (const command of ['summary', 'sum']) {
      test(`${command} --help and help ${command} print its usage`, () => {
        for (const args of [
          [command, '--help'],
          ['help', command],
        ]) {
          const r = xxgk(args, dir);
          assert.equal(r.status, 0);
          assert.match(r.stdout, new RegExp(`用法：xxgk ${command} `));
        }
        assert.match(xxgk(['--help'], dir).stdout, new RegExp(`^  ${command} `, 'm'));
      });
    }
  });

  describe('summary', () => {
    let json: JsonSummary;
    let run: ReturnType<typeof xxgk>;

    before(() => {
      run = xxgk(['summary', 'reports', 'missing.xxgk.yaml', '-o', 's.json'], dir);
      json = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as JsonSummary;
    });

    test('every file is a row, the bad ones with their problem; status 2 for the path that is not there', () => {
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /找不到文件或文件夹 missing\.xxgk\.yaml/);
      const byFile = new Map(json.reports.map((r) => [r.file as string, r]));
      assert.deepEqual(
        [...byFile.keys()].sort(),
        [
          'missing.xxgk.yaml',
          'reports/sub/坏.xxgk.yaml',
          'reports/sub/大.xxgk.yaml',
          'reports/sub/某局-gb.xxgk.yaml',
          'reports/带错误.xxgk.yaml',
          'reports/淮安.xxgk.yaml',
          'reports/西城-副本.xxgk.yaml',
          'reports/西城.xxgk.yaml',
        ].sort(),
      );
      const problems = (file: string): string => (byFile.get(file)!.problems as string[]).join('；');
      assert.match(problems('missing.xxgk.yaml'), /找不到文件或文件夹/);
      assert.match(problems('reports/sub/大.xxgk.yaml'), /超过 10 MB/);
      assert.match(problems('reports/sub/某局-gb.xxgk.yaml'), /不是 UTF-8 编码，已按 GB18030 读取/);
      assert.match(problems('reports/sub/坏.xxgk.yaml'), /有 \d+ 个错误/);
      assert.match(problems('reports/西城.xxgk.yaml'), /与 reports\/西城-副本\.xxgk\.yaml 重复/);
      assert.equal(problems('reports/淮安.xxgk.yaml'), '');
      assert.deepEqual(
        FIGURES.map((k) => byFile.get('reports/淮安.xxgk.yaml')![k]),
        [3119, 34, 3050, 103, 351, 46, 447228, 3985758],
      );
      // Six readable reports (the broken YAML one included), two not.
      assert.deepEqual([json.total.reports, json.total.unreadable], [6, 2]);
    });

    test('.xlsx: LibreOffice reads back the first sheet, the header, every row and every number as a number', async () => {
      const r = xxgk(['summary', 'reports', 'missing.xxgk.yaml', '-o', 's.xlsx'], dir);
      assert.equal(r.status, 2, r.stderr);
      const sheet = firstSheet(openWithLibreOffice(join(dir, 's.xlsx'), dir));
      assert.equal(sheet.name, '汇总');
      assert.deepEqual(
        sheet.rows[0]!.map((c) => c.value),
        HEADER.split(','),
      );
      assert.equal(sheet.rows.length, 1 + json.reports.length + 1);
      json.reports.forEach((report, i) => {
        const cells = sheet.rows[i + 1]!;
        assert.equal(cells[13]!.value, report.file);
        const numbers = ['year', ...FIGURES, 'errors', 'warnings'].map((k) => report[k]);
        numbers.forEach((n, k) => {
          const cell = cells[1 + k]!;
          if (n === null) assert.equal(cell.type, 'empty', `${report.file as string} column ${k + 1}`);
          else assert.deepEqual(cell, { type: 'float', value: String(n) }, `${report.file as string} column ${k + 1}`);
        });
        assert.equal(cells[0]!.value, report.agency ?? '');
        assert.equal(cells[12]?.value ?? '', (report.problems as string[]).join('；'));
      });
      const total = sheet.rows[sheet.rows.length - 1]!;
      assert.equal(total[0]!.value, '合计（6 份报告）');
      FIGURES.forEach((k, i) => assert.deepEqual(total[2 + i], { type: 'float', value: String(json.total[k]) }, k));
    });

    test('.csv and .html: every file a row with its problem and figures, as in the JSON; the total last', () => {
      for (const format of ['csv', 'html']) {
        const r = xxgk(['summary', 'reports', 'missing.xxgk.yaml', '-o', `every-row.${format}`], dir);
        assert.equal(r.status, 2, r.stderr);
        const text = readFileSync(join(dir, `every-row.${format}`), 'utf8');
        const rows = format === 'csv' ? csvRows(text) : htmlRows(text);
        assert.deepEqual(rows[0], HEADER.split(','), format);
        assert.equal(rows.length, 1 + json.reports.length + 1, format);
        json.reports.forEach((report, i) => {
          const cells = rows[i + 1]!;
          const what = `${format} ${report.file as string}`;
          assert.equal(cells[13], report.file, what);
          assert.equal(cells[12], (report.problems as string[]).join('；'), what);
          assert.equal(cells[0], report.agency ?? '', what);
          ['year', ...FIGURES, 'errors', 'warnings'].forEach((k, n) =>
            assert.equal(cells[1 + n], report[k] === null ? '' : String(report[k]), `${what} ${k}`),
          );
        });
        const total = rows[rows.length - 1]!;
        assert.equal(total[0], '合计（6 份报告）', format);
        FIGURES.forEach((k, n) => assert.equal(total[2 + n], String(json.total[k]), `${format} total ${k}`));
        assert.match(total[12]!, /份有错误，已计入；.*份机关和年度重复，已计入；另有 2 个文件无法读取，未计入/, format);
      }
    });

    test('.xlsx: the header row and the 机关 column are frozen', async () => {
      const workbook = new Workbook();
      await workbook.xlsx.load(readFileSync(join(dir, 's.xlsx')) as unknown as ArrayBuffer);
      const view = workbook.worksheets[0]!.views[0] as { state?: string; xSplit?: number; ySplit?: number };
      assert.deepEqual([view.state, view.xSplit, view.ySplit], ['frozen', 1, 1]);
    });

    test('.csv: a UTF-8 BOM, the header, one line per file and the total', () => {
      xxgk(['summary', 'reports', '-o', 's.csv'], dir);
      const csv = readFileSync(join(dir, 's.csv'), 'utf8');
      assert.ok(csv.startsWith(`\uFEFF${HEADER}\r\n`));
      const lines = csv.trimEnd().split('\r\n');
      assert.equal(lines.length, 1 + 7 + 1);
      assert.match(lines[lines.length - 1]!, /^合计（6 份报告）,/);
    });

    test('an existing output is not overwritten without --force; with it, it is', () => {
      const before = readFileSync(join(dir, 's.csv'), 'utf8');
      const r = xxgk(['summary', 'reports/西城.xxgk.yaml', '-o', 's.csv'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /已存在，未覆盖。要覆盖请加 --force/);
      assert.equal(readFileSync(join(dir, 's.csv'), 'utf8'), before);
      const forced = xxgk(['summary', 'reports/西城.xxgk.yaml', '-o', 's.csv', '--force'], dir);
      assert.equal(forced.status, 0, forced.stderr);
      assert.equal(readFileSync(join(dir, 's.csv'), 'utf8').trimEnd().split('\r\n').length, 3);
    });
  });

  describe('sum', () => {
    test('writes one report of the sums, lists what it left out, and never overwrites', () => {
      const args = ['sum', 'reports/淮安.xxgk.yaml', 'reports/带错误.xxgk.yaml', '-o', '汇总.xxgk.yaml'];
      const r = xxgk([...args, '--agency', '某市人民政府'], dir);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, /未计入 reports\/带错误\.xxgk\.yaml：有 6 个错误/);
      const text = readFileSync(join(dir, '汇总.xxgk.yaml'), 'utf8');
      assert.match(text, /^机关: 某市人民政府$/m);
      assert.match(text, /本年新收政府信息公开申请数量: \{自然人: 3001, 商业企业: 53,/);
      const again = xxgk([...args, '--include-faulty'], dir);
      assert.equal(again.status, 2);
      assert.match(again.stderr, /已存在，未覆盖/);
      assert.equal(readFileSync(join(dir, '汇总.xxgk.yaml'), 'utf8'), text);
      const forced = xxgk([...args, '--include-faulty', '--force'], dir);
      assert.equal(forced.status, 0, forced.stderr);
      assert.match(readFileSync(join(dir, '汇总.xxgk.yaml'), 'utf8'), /自然人: 3019, 商业企业: 56,/);
      assert.deepEqual(
        (spawnSync('ls', ['-a', dir], { encoding: 'utf8' }).stdout.match(/\.tmp$/gm) ?? []).length,
        0,
        'no temporary file left',
      );
      const lint = xxgk(['lint', '汇总.xxgk.yaml'], dir);
      assert.doesNotMatch(lint.stdout, / (not-a-count|unknown-key|yaml-syntax) /);
      // Without --agency the sum names no agency: its one missing-key asks for it.
      assert.deepEqual(lint.stdout.match(/ missing-key .*/g), [
        ' missing-key 「机关」是空白：请填写发布报告的行政机关全称。',
      ]);
    });

    test('an earlier sum in the folder it sums is not summed again; --force rewrites it', async () => {
      await mkdir(join(dir, 'sums'));
      await writeFile(join(dir, 'sums/西城.xxgk.yaml'), XICHENG);
      const args = ['sum', 'reports/西城-副本.xxgk.yaml', 'sums', '-o', 'sums/汇总.xxgk.yaml', '--agency', '某区'];
      const first = xxgk(args, dir);
      assert.equal(first.status, 1, first.stderr);
      const text = readFileSync(join(dir, 'sums/汇总.xxgk.yaml'), 'utf8');
      const again = xxgk([...args, '--force'], dir);
      assert.equal(again.status, 1, again.stderr);
      assert.match(again.stderr, /输出文件 sums\/汇总\.xxgk\.yaml 是此前相加的结果，不计入/);
      assert.equal(readFileSync(join(dir, 'sums/汇总.xxgk.yaml'), 'utf8'), text);
    });

    test('never writes over one of its inputs, even with --force', () => {
      const before = readFileSync(join(reports, '西城.xxgk.yaml'), 'utf8');
      const r = xxgk(['sum', 'reports', '-o', 'reports/西城.xxgk.yaml', '--force', '--year', '2023'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /就是输入文件/);
      assert.equal(readFileSync(join(reports, '西城.xxgk.yaml'), 'utf8'), before);
    });
  });
});
