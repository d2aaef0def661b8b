// A new report from last year's: `xxgk new --from` and the function behind it
// (also behind xxgk.newReport in VS Code).
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { checkText } from '../../server/src/core/engine';
import { parsePrevious } from '../../server/src/core/previous/previous';
import { nextYearReport } from '../../server/src/core/nextYear';
import { ensureCliBuilt, xxgk } from './helpers/cli';
import { found, lastYearReport } from './helpers/pairs';
import { CARRIED_OUT, setCell } from './helpers/reports';
import { useTempDir } from './helpers/tempDir';

const PREAMBLE =
  '前言: |\n  2023年，本局依据条例编制本报告。\n  数据统计期限为2023年1月1日至2023年12月31日，2019年修订的条例同样适用。\n';
const LAST = PREAMBLE + setCell(setCell(lastYearReport(), CARRIED_OUT, '商业企业', '3'), CARRIED_OUT, '其他', '');

function made(text = LAST): { text: string; agency: string; year: number } {
  const result = nextYearReport(parsePrevious(text), '2023.xxgk.yaml');
  assert.ok(!('error' in result), JSON.stringify(result));
  return result;
}

test("next year's skeleton: 机关, 年度 + 1, 上年结转 from last year's carry-over, 前言 with the year moved on", () => {
  const { text, agency, year } = made();
  assert.equal(agency, '某市某区某局');
  assert.equal(year, 2024);
  assert.match(text, /^机关: 某市某区某局$/m);
  assert.match(text, /^年度: 2024$/m);
  assert.match(
    text,
    /^ {2}上年结转政府信息公开申请数量: \{自然人: 1, 商业企业: 3, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: \}$/m,
  );
  assert.match(text, /^ {2}2024年，本局依据条例编制本报告。$/m);
  assert.match(text, /2024年1月1日至2024年12月31日，2019年修订/);
  // Everything else as in a new report: zeros and empty prose.
  assert.match(text, /^ {2}本年新收政府信息公开申请数量: \{自然人: 0, 商业企业: 0/m);
  assert.doesNotMatch(text, /本局认真贯彻/);
});

test("beside last year's report it has no carryover; a blank carry-over stays blank, never 0", () => {
  const { text } = made();
  const findings = checkText(text, { now: new Date(2025, 5, 1), previous: found(LAST) }).findings;
  assert.deepEqual(
    findings.filter((f) => f.code === 'carryover'),
    [],
  );
  const blank = findings.filter((f) => f.code === 'blank-cell');
  assert.equal(blank.length, 1);
  assert.match(blank[0]!.message, /其他/);
  assert.deepEqual(
    findings.filter((f) => ['yaml-syntax', 'missing-key', 'unknown-key', 'not-a-count'].includes(f.code)),
    [],
  );
});

test("last year's report unfit: an error that says why", () => {
  for (const [text, words] of [
    ['机关: [\n', /YAML 语法错误/],
    ['年度: 2023\n', /机关/],
    ['机关: 某局\n年度: 二〇二三\n', /年度/],
  ] as const) {
    const result = nextYearReport(parsePrevious(text), 'x.xxgk.yaml');
    assert.ok('error' in result);
    assert.match(result.error, words);
  }
});

describe('xxgk new', () => {
  let dir = '';
  useTempDir('xxgk-new-', (d) => (dir = d));
  before(async () => {
    await ensureCliBuilt();
    await writeFile(join(dir, 'last.xxgk.yaml'), LAST);
    await writeFile(join(dir, 'broken.xxgk.yaml'), '机关: [\n');
  });

  test('--from to stdout, then -o to a file that is not overwritten without --force', async () => {
    const out = xxgk(['new', '--from', 'last.xxgk.yaml'], dir);
    assert.equal(out.status, 0, out.stderr);
    assert.equal(out.stdout, made().text);
    const written = xxgk(['new', '--from', 'last.xxgk.yaml', '-o', 'next.xxgk.yaml'], dir);
    assert.equal(written.status, 0, written.stderr);
    assert.equal(await readFile(join(dir, 'next.xxgk.yaml'), 'utf8'), made().text);
    const again = xxgk(['new', '--from', 'last.xxgk.yaml', '-o', 'next.xxgk.yaml'], dir);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /已存在，未覆盖/);
    // Linted together, the two pair by content and agree.
    const lint = xxgk(['lint', '--format', 'json', '.'], dir);
    const next = (JSON.parse(lint.stdout) as { file: string; diagnostics: { code: string }[] }[]).find((e) =>
      e.file.endsWith('next.xxgk.yaml'),
    )!;
    assert.deepEqual(
      next.diagnostics.filter((d) => d.code === 'carryover'),
      [],
    );
  });

  test("a missing or unfit last year's report, and bad usage, say so", () => {
    assert.equal(xxgk(['new', '--from', 'nowhere.xxgk.yaml'], dir).status, 2);
    const broken = xxgk(['new', '--from', 'broken.xxgk.yaml'], dir);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /YAML 语法错误/);
    assert.equal(xxgk(['new'], dir).status, 2);
    assert.equal(xxgk(['new', '--from', 'last.xxgk.yaml', '--year', '2024'], dir).status, 2);
  });

  test('--agency and --year make an empty report', () => {
    const r = xxgk(['new', '--agency', '某局', '--year', '2024'], dir);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^机关: 某局$/m);
  });
});
