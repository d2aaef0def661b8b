// Hostile text: counts too large to count, control characters in keys and
// file names, files in UTF-16/32 or UTF-8 with damaged bytes, characters
// XML cannot hold in a Word export. Each case with a twin of another shape.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { decodeReportBytes } from '../../server/src/platform/readReportFile';
import { checkText } from '../../server/src/core/engine';
import { renderDocx } from '../../server/src/core/export/docx';
import { docxParts } from './exportHelpers';
import { CARRIED_OUT, findingsOf, setCell, validReport } from './helpers/reports';
import { CLEAN_REPORT, encodeGb18030, xxgk } from './helpers/cli';

const valid = validReport();
let dir: string;

before(() => {
  if (!existsSync('dist/cli.js')) execFileSync(process.execPath, ['scripts/build.mjs']);
  dir = mkdtempSync(join(tmpdir(), 'xxgk-text-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('a count past 2^53 − 1 is not-a-count, saying it is too large; the largest exact one is a count', () => {
  const over = findingsOf(setCell(valid, '行政许可', undefined, '9007199254740993'), 'not-a-count');
  assert.equal(over.length, 1);
  assert.match(over[0]!.message, /过大/);
  assert.equal(findingsOf(setCell(valid, '行政许可', undefined, '9007199254740991'), 'not-a-count').length, 0);
  const amount = findingsOf(setCell(valid, '行政事业性收费', undefined, '90071992547409930.5'), 'not-a-count');
  assert.equal(amount.length, 1);
});

test('a 400-digit count in table 三 is not-a-count and no sum speaks of Infinity', () => {
  for (const digits of [400, 17]) {
    const huge = '9'.repeat(digits);
    const text = setCell(setCell(valid, CARRIED_OUT, '自然人', huge), CARRIED_OUT, '总计', huge);
    const findings = checkText(text).findings;
    assert.ok(findings.some((f) => f.code === 'not-a-count'));
    assert.ok(!findings.some((f) => f.code === 'balance' || f.code === 'row-total' || f.code === 'result-total'));
    for (const f of findings) assert.doesNotMatch(f.message, /Infinity|e\+/);
  }
});

test('control characters of keys and file names reach the terminal escaped', () => {
  const names = ['esc\u001b[2J.xxgk.yaml', 'cr\rnul.xxgk.yaml'];
  const keys = ['"\\e[31m红\\e[0m"', '"a\\0b\\x07"'];
  names.forEach((name, i) => writeFileSync(join(dir, name), `${CLEAN_REPORT}${keys[i]}: 1\n`));
  const r = xxgk(['lint', ...names], dir);
  assert.equal(r.status, 1, r.stderr);
  assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000b-\u001f\u007f]/);
  assert.match(r.stdout, /esc\\u001b\[2J\.xxgk\.yaml:/);
  assert.match(r.stdout, /\\u001b\[31m红/);
  assert.match(r.stdout, /a\\u0000b\\u0007/);
  const missing = xxgk(['lint', 'gone\u001b]0;x\u0007.xxgk.yaml'], dir);
  assert.doesNotMatch(missing.stderr, /[\u0000-\u0008\u000b-\u001f]/);
});

/** The findings of `text` as saved in `bytes`, through the CLI, as code@line. */
function lintBytes(name: string, bytes: Buffer): string[] {
  // A folder of its own: reports of the same agency beside it would be candidates for last year's report.
  const own = mkdtempSync(join(dir, 'own-'));
  writeFileSync(join(own, name), bytes);
  const r = xxgk(['lint', name, '--format', 'json'], own);
  const [entry] = JSON.parse(r.stdout) as {
    diagnostics: { code: string; message: string; range: { start: { line: number } } }[];
  }[];
  return entry!.diagnostics.map((d) => `${d.code}@${d.range.start.line}`);
}

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

function utf32(text: string, little: boolean): Buffer {
  const units = [...text].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(units.length * 4);
  units.forEach((u, i) => (little ? out.writeUInt32LE(u, i * 4) : out.writeUInt32BE(u, i * 4)));
  return out;
}

test('UTF-16 and UTF-32 files, with or without a BOM, are read as such with one encoding hint', () => {
  const text = setCell(valid, '行政许可', undefined, '12件');
  const expected = lintBytes('plain.xxgk.yaml', Buffer.from(text));
  assert.deepEqual(expected, ['not-a-count@' + expected[0]!.split('@')[1]]);
  for (const [name, bytes] of [
    ['le-bom.xxgk.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['be-nul.xxgk.yaml', utf16be(text)],
    ['le32-bom.xxgk.yaml', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32(text, true)])],
    ['be32-nul.xxgk.yaml', utf32(text, false)],
  ] as const) {
    assert.deepEqual(lintBytes(name, bytes), ['encoding@0', ...expected], name);
  }
});

test('UTF-8 with a damaged byte is read as UTF-8 with one finding on its line, not misread as GB18030', () => {
  const lines = valid.split('\n');
  const at = lines.findIndex((l) => l.includes('行政许可'));
  for (const damage of [[0xb2], [0xe5, 0x20]]) {
    const bytes = Buffer.concat([
      Buffer.from(lines.slice(0, at).join('\n') + '\n# 注'),
      Buffer.from(damage),
      Buffer.from('释\n' + lines.slice(at).join('\n')),
    ]);
    const decoded = decodeReportBytes(bytes);
    assert.equal(decoded.encoding, 'utf-8');
    assert.equal(decoded.damaged?.[0], `0x${damage[0]!.toString(16).toUpperCase()}`);
    const found = lintBytes('damaged.xxgk.yaml', bytes);
    assert.deepEqual(found, [`encoding@${at}`]);
  }
  // GB18030 text stays GB18030, without a hint.
  const gb = decodeReportBytes(encodeGb18030('机关: 某局\n年度: 2023\n'));
  assert.equal(gb.encoding, 'gb18030');
  assert.equal(gb.damaged, undefined);
});

test('characters XML cannot hold are replaced in the Word export, which stays well-formed', async () => {
  for (const bad of ['\ufffe', '\u0001\uffff', '\ud800']) {
    const docx = await renderDocx(setCell(valid, '机关', undefined, JSON.stringify(`某${bad}局`)));
    const { document } = await docxParts(docx);
    assert.doesNotMatch(document, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    assert.match(document, /某\ufffd+局/);
  }
});
