// The `xxgk lint` command: output formatting and folder search in-process,
// then end to end by spawning the bundled dist/cli.js on temporary files.
//
// Tests marked "needs the engine" assert findings that checkText must produce
// per shared/domain/report-format.md (yaml-syntax, missing-key, not-a-count,
// blank-cell); they fail while the engine is a stub that finds nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, open, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Finding } from '../../server/src/core/findings';
import { findReportFiles, isReportFileName } from '../../server/src/cli/findReportFiles';
import { formatFindingLine, formatJson, formatSummary, tally, toJsonResult } from '../../server/src/cli/formatFindings';
import { version } from '../../package.json';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const XICHENG = join(ROOT, 'examples/2023-西城区民政局.xxgk.yaml');

// ---------------------------------------------------------------- fixtures

const ROW3 = '{自然人: 0, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0, 总计: 0}';
const ROW4 = '{结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0, 总计: 0}';

/** A complete report per report-format.md with nothing to find: all counts 0, totals consistent. */
const CLEAN_REPORT = `机关: 某市某区某局
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
    予以公开: ${ROW3}
    部分公开: ${ROW3}
    不予公开:
      属于国家秘密: ${ROW3}
      其他法律行政法规禁止公开: ${ROW3}
      危及\u201C三安全一稳定\u201D: ${ROW3}
      保护第三方合法权益: ${ROW3}
      属于三类内部事务信息: ${ROW3}
      属于四类过程性信息: ${ROW3}
      属于行政执法案卷: ${ROW3}
      属于行政查询事项: ${ROW3}
    无法提供:
      本机关不掌握相关政府信息: ${ROW3}
      没有现成信息需要另行制作: ${ROW3}
      补正后申请内容仍不明确: ${ROW3}
    不予处理:
      信访举报投诉类申请: ${ROW3}
      重复申请: ${ROW3}
      要求提供公开出版物: ${ROW3}
      无正当理由大量反复申请: ${ROW3}
      要求行政机关确认或重新出具已获取信息: ${ROW3}
    其他处理:
      申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: ${ROW3}
      申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: ${ROW3}
      其他: ${ROW3}
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
const BAD_COUNT_REPORT = CLEAN_REPORT.replace('    行政许可: 0\n', '    行政许可: 12件\n');
const BAD_COUNT_LINE = BAD_COUNT_REPORT.split('\n').findIndex((l) => l === '    行政许可: 12件');
const BAD_COUNT_CHAR = '    行政许可: '.length;

let gbTable: Map<string, number[]> | undefined;
/** Node has no GB18030 encoder; invert the decoder over all two-byte codes (enough for these texts). */
function encodeGb18030(text: string): Buffer {
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

async function sparseFile(path: string, size: number): Promise<void> {
  const handle = await open(path, 'w');
  await handle.truncate(size);
  await handle.close();
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function xxgk(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Parses --format json output and checks it has exactly the contract's keys. */
function parseJsonOutput(stdout: string): { file: string; diagnostics: Finding[] }[] {
  const data: unknown = JSON.parse(stdout);
  assert.ok(Array.isArray(data));
  for (const entry of data as Record<string, unknown>[]) {
    assert.deepEqual(Object.keys(entry).sort(), ['diagnostics', 'file']);
    assert.equal(typeof entry.file, 'string');
    assert.ok(Array.isArray(entry.diagnostics));
    for (const d of entry.diagnostics as Record<string, unknown>[]) {
      assert.deepEqual(Object.keys(d).sort(), ['code', 'message', 'range', 'severity']);
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
  return data as { file: string; diagnostics: Finding[] }[];
}

// ---------------------------------------------------------------- in-process

describe('formatFindings', () => {
  const finding: Finding = {
    range: { start: { line: 4, character: 10 }, end: { line: 4, character: 13 } },
    severity: 'error',
    code: 'not-a-count',
    message: '“行政许可”应为\n数字',
    related: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x' }],
    fixes: [{ title: '改为 12', edits: [{ start: 1, end: 2, newText: '12' }] }],
  };

  test('text line: file:line:col severity code message, 1-based, one line', () => {
    assert.equal(formatFindingLine('a/b.xxgk.yaml', finding), 'a/b.xxgk.yaml:5:11 error not-a-count “行政许可”应为 数字');
  });

  test('JSON keeps only range, severity, code, message', () => {
    const json = toJsonResult({ file: 'x', findings: [finding] });
    assert.deepEqual(json, {
      file: 'x',
      diagnostics: [
        {
          range: { start: { line: 4, character: 10 }, end: { line: 4, character: 13 } },
          severity: 'error',
          code: 'not-a-count',
          message: finding.message,
        },
      ],
    });
    assert.deepEqual(JSON.parse(formatJson([{ file: 'x', findings: [finding] }, { file: 'y', findings: [] }])), [
      json,
      { file: 'y', diagnostics: [] },
    ]);
  });

  test('summary counts files, errors and warnings in Chinese', () => {
    const warning: Finding = { ...finding, severity: 'warning', code: 'blank-cell' };
    const info: Finding = { ...finding, severity: 'information' };
    const t = tally([{ file: 'a', findings: [finding, warning, warning] }, { file: 'b', findings: [] }, { file: 'c', findings: [finding] }]);
    assert.deepEqual(t, { files: 3, errors: 2, warnings: 2, information: 0 });
    assert.equal(formatSummary(t), '3 个文件，2 个错误，2 个警告');
    assert.equal(formatSummary(tally([{ file: 'a', findings: [info] }])), '1 个文件，0 个错误，0 个警告，1 条提示');
  });
});

describe('findReportFiles', () => {
  let root = '';
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'xxgk-find-'));
    const files = [
      'a.xxgk.yaml',
      'b.xxgk.yml',
      'Z.xxgk.yaml',
      'notes.yaml',
      'readme.md',
      'x.xxgk.yaml.bak',
      'xxgk.yaml.txt',
      'sub/c.xxgk.yaml',
      'sub/deeper/d.xxgk.yml',
      'sub/deeper/other.yml',
      'dir.xxgk.yaml/g.xxgk.yaml',
      'node_modules/pkg/e.xxgk.yaml',
      'sub/node_modules/f.xxgk.yaml',
      '.git/h.xxgk.yaml',
    ];
    for (const f of files) {
      await mkdir(join(root, f, '..'), { recursive: true });
      await writeFile(join(root, f), 'a: 1\n');
    }
    await symlink(join(root, 'a.xxgk.yaml'), join(root, 'link.xxgk.yaml'));
    await symlink(join(root, 'missing'), join(root, 'dangling.xxgk.yaml'));
    await symlink(root, join(root, 'loop')); // a folder link back to the top: must not loop
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('finds *.xxgk.yaml and *.xxgk.yml recursively, sorted, skipping node_modules and .git', async () => {
    const found = await findReportFiles(root);
    assert.deepEqual(found.errors, []);
    assert.deepEqual(
      found.files,
      [
        'Z.xxgk.yaml',
        'a.xxgk.yaml',
        'b.xxgk.yml',
        'dir.xxgk.yaml/g.xxgk.yaml',
        'link.xxgk.yaml',
        'sub/c.xxgk.yaml',
        'sub/deeper/d.xxgk.yml',
      ].map((f) => join(root, f)),
    );
  });

  test('the same tree gives the same order every time', async () => {
    assert.deepEqual((await findReportFiles(root)).files, (await findReportFiles(root)).files);
  });

  test('a missing folder rejects', async () => {
    await assert.rejects(findReportFiles(join(root, 'nope')), { code: 'ENOENT' });
  });

  test('isReportFileName', () => {
    assert.ok(isReportFileName('2023-西城区民政局.xxgk.yaml'));
    assert.ok(isReportFileName('a.xxgk.yml'));
    assert.ok(!isReportFileName('a.yaml'));
    assert.ok(!isReportFileName('a.xxgk.yaml.bak'));
    assert.ok(!isReportFileName('a.xxgk.json'));
  });
});

// ---------------------------------------------------------------- end to end

describe('xxgk (dist/cli.js)', () => {
  let dir = '';

  before(async () => {
    // `npm test` builds first; build here too when run alone and dist is missing or stale.
    if (!existsSync(CLI) || statSync(CLI).mtimeMs < (await newestSourceMtime(join(ROOT, 'server/src')))) {
      const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
    }
    dir = await mkdtemp(join(tmpdir(), 'xxgk-cli-'));
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
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

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

    test('an unreadable file: status 2, the others still checked', { skip: process.getuid?.() === 0 && 'root reads any file' }, async () => {
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
    });

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

  describe('clean reports', () => {
    test('a complete valid report: no findings, status 0', () => {
      const r = xxgk(['lint', 'clean.xxgk.yaml'], dir);
      assert.equal(r.stdout, '1 个文件，0 个错误，0 个警告\n');
      assert.equal(r.status, 0);
    });

    test('the same report in GB18030: no findings, status 0', () => {
      const r = xxgk(['lint', '--format', 'json', 'clean-gb.xxgk.yaml'], dir);
      assert.deepEqual(parseJsonOutput(r.stdout), [{ file: 'clean-gb.xxgk.yaml', diagnostics: [] }]);
      assert.equal(r.status, 0);
    });

    // needs the engine (7 blank-cell warnings) and the example file
    test('examples/2023-西城区民政局: 7 blank-cell warnings, no errors, status 0', { skip: !existsSync(XICHENG) && 'example not written yet' }, () => {
      const r = xxgk(['lint', '--format', 'json', XICHENG], dir);
      assert.equal(r.status, 0);
      const [entry] = parseJsonOutput(r.stdout);
      assert.deepEqual(
        entry!.diagnostics.map((d) => `${d.severity} ${d.code}`),
        Array(7).fill('warning blank-cell'),
      );
    });
  });

  // needs the engine: every test below asserts findings that checkText produces.
  describe('engine findings through the CLI (needs the engine)', () => {
    test('invalid YAML: yaml-syntax error, status 1, text format', () => {
      const r = xxgk(['lint', 'syntax.xxgk.yaml'], dir);
      assert.equal(r.status, 1);
      assert.match(r.stdout, /^syntax\.xxgk\.yaml:\d+:\d+ error yaml-syntax \S/m);
      assert.match(r.stdout, /^1 个文件，[1-9]\d* 个错误，\d+ 个警告$/m);
    });

    test('a file missing its sections: missing-key errors at 0:0, status 1', () => {
      const r = xxgk(['lint', '--format', 'json', 'only-agency.xxgk.yaml', 'empty.xxgk.yaml'], dir);
      assert.equal(r.status, 1);
      for (const entry of parseJsonOutput(r.stdout)) {
        const missing = entry.diagnostics.filter((d) => d.code === 'missing-key');
        assert.ok(missing.length >= 1, `${entry.file}: no missing-key`);
        for (const d of missing) {
          assert.equal(d.severity, 'error');
          assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
        }
      }
    });

    test('not-a-count: position in text (1-based) and JSON (0-based), status 1', () => {
      const text = xxgk(['lint', 'bad-count.xxgk.yaml'], dir);
      assert.equal(text.status, 1);
      const lines = text.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 2);
      assert.match(lines[0]!, new RegExp(`^bad-count\\.xxgk\\.yaml:${BAD_COUNT_LINE + 1}:${BAD_COUNT_CHAR + 1} error not-a-count \\S`));
      assert.equal(lines[1], '1 个文件，1 个错误，0 个警告');

      const json = parseJsonOutput(xxgk(['lint', '--format', 'json', 'bad-count.xxgk.yaml'], dir).stdout);
      assert.equal(json.length, 1);
      assert.equal(json[0]!.diagnostics.length, 1);
      const [d] = json[0]!.diagnostics;
      assert.equal(d!.code, 'not-a-count');
      assert.deepEqual(d!.range, {
        start: { line: BAD_COUNT_LINE, character: BAD_COUNT_CHAR },
        end: { line: BAD_COUNT_LINE, character: BAD_COUNT_CHAR + '12件'.length },
      });
    });

    test('BOM and CRLF do not move positions; GB18030 gives the same findings as UTF-8', () => {
      const files = ['bad-count.xxgk.yaml', 'bad-count-bom-crlf.xxgk.yaml', 'bad-count-gb.xxgk.yaml'];
      const r = xxgk(['lint', '--format', 'json', ...files], dir);
      assert.equal(r.status, 1);
      const out = parseJsonOutput(r.stdout);
      assert.deepEqual(out.map((e) => e.file), files);
      assert.equal(out[0]!.diagnostics.length, 1);
      assert.deepEqual(out[1]!.diagnostics, out[0]!.diagnostics);
      assert.deepEqual(out[2]!.diagnostics, out[0]!.diagnostics);
    });

    test('folder search: the error in reports/sub/b.xxgk.yml gives status 1', () => {
      const r = xxgk(['lint', 'reports'], dir);
      assert.equal(r.status, 1);
      const findingLines = r.stdout.split('\n').filter((l) => /:\d+:\d+ /.test(l));
      assert.ok(findingLines.length > 0);
      for (const l of findingLines) assert.ok(l.startsWith(`${join('reports', 'sub', 'b.xxgk.yml')}:`), l);
      assert.match(r.stdout, /^2 个文件，[1-9]\d* 个错误/m);
    });

    test('exit 2 wins: unknown path next to a file with a yaml-syntax error, whose finding is still printed', () => {
      const r = xxgk(['lint', 'syntax.xxgk.yaml', 'nope.xxgk.yaml'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stdout, /^syntax\.xxgk\.yaml:\d+:\d+ error yaml-syntax /m);
    });
  });
});

async function newestSourceMtime(folder: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}
