// readReportFile: the bytes → text rules the CLI and the language server share
// (UTF-8 with or without BOM, else GB18030; over 10 MB not read at all).
import assert from 'node:assert/strict';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { decodeReportBytes, MAX_REPORT_BYTES, readReportFile } from '../../server/src/platform/readReportFile';
import { checkText, tooLargeFinding } from '../../server/src/core/engine';
import { useTempDir } from './helpers/tempDir';

// Known GB18030 (= GBK for these) byte sequences.
const GB_ZHONG = [0xd6, 0xd0]; // 中
const GB_GUO = [0xb9, 0xfa]; // 国
const GB18030_BOM = [0x84, 0x31, 0x95, 0x33];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

describe('decodeReportBytes', () => {
  test('plain UTF-8', () => {
    const r = decodeReportBytes(Buffer.from('机关: 中国\n年度: 2023\n', 'utf8'));
    assert.deepEqual(r, { text: '机关: 中国\n年度: 2023\n', encoding: 'utf-8', bom: false });
  });

  test('UTF-8 with BOM: the BOM is stripped, not part of the text', () => {
    const r = decodeReportBytes(Buffer.concat([Buffer.from(UTF8_BOM), Buffer.from('机关: 中国\n', 'utf8')]));
    assert.deepEqual(r, { text: '机关: 中国\n', encoding: 'utf-8', bom: true });
    assert.equal(r.text.charCodeAt(0), '机'.charCodeAt(0));
  });

  test('a lone UTF-8 BOM is an empty text', () => {
    assert.deepEqual(decodeReportBytes(Buffer.from(UTF8_BOM)), { text: '', encoding: 'utf-8', bom: true });
  });

  test('empty bytes are an empty UTF-8 text', () => {
    assert.deepEqual(decodeReportBytes(new Uint8Array(0)), { text: '', encoding: 'utf-8', bom: false });
  });

  test('GB18030 bytes (中国) are not valid UTF-8 and decode as GB18030', () => {
    const bytes = Uint8Array.from([...Buffer.from('a: '), ...GB_ZHONG, ...GB_GUO, 0x0a]);
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    assert.deepEqual(decodeReportBytes(bytes), { text: 'a: 中国\n', encoding: 'gb18030', bom: false });
  });

  test('GB18030 with its own BOM: stripped', () => {
    const bytes = Uint8Array.from([...GB18030_BOM, ...GB_ZHONG, ...GB_GUO]);
    assert.deepEqual(decodeReportBytes(bytes), { text: '中国', encoding: 'gb18030', bom: true });
  });

  test('invalid UTF-8 of any kind falls back to GB18030', () => {
    // A truncated 3-byte sequence, a lone continuation byte, an overlong form, 0xFF.
    for (const bad of [[0xe4, 0xb8], [0x80], [0xc0, 0xaf], [0xff]]) {
      const r = decodeReportBytes(Uint8Array.from([0x61, ...bad]));
      assert.equal(r.encoding, 'gb18030', `bytes ${bad.join(',')}`);
      assert.ok(r.text.startsWith('a'));
    }
  });

  test('ASCII-only text is UTF-8 (both readings agree anyway)', () => {
    assert.equal(decodeReportBytes(Buffer.from('year: 2023\n')).encoding, 'utf-8');
  });

  test('UTF-8 that happens to contain characters outside the BMP stays UTF-8', () => {
    const r = decodeReportBytes(Buffer.from('a: 𠀀\n', 'utf8'));
    assert.equal(r.encoding, 'utf-8');
    assert.equal(r.text, 'a: 𠀀\n');
  });

  test('UTF-8 is taken exactly where a strict decoder takes it, with its text (surrogates, overlongs, BOM)', () => {
    // Bytes near UTF-8's edges: lead and continuation bytes, the BOM, the encoded surrogates and U+10FFFF.
    const pieces = [
      [0xef, 0xbb, 0xbf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80],
    ];
    const bytes = fc.array(
      fc.oneof(
        fc.string({ unit: 'grapheme' }).map((t) => [...Buffer.from(t, 'utf8')]),
        fc.constantFrom(...pieces),
        fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 3 }),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(bytes, (parts) => {
        const input = Uint8Array.from(parts.flat());
        let strict: string | undefined;
        try {
          strict = new TextDecoder('utf-8', { fatal: true }).decode(input);
        } catch {
          strict = undefined;
        }
        const r = decodeReportBytes(input);
        if (strict === undefined) assert.ok(r.encoding !== 'utf-8' || r.damaged !== undefined);
        else assert.deepEqual([r.encoding, r.text, r.damaged], ['utf-8', strict, undefined]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readReportFile', () => {
  let dir = '';
  useTempDir('xxgk-read-', (d) => (dir = d));

  test('reads and decodes UTF-8 with BOM from disk', async () => {
    const file = join(dir, 'bom.xxgk.yaml');
    await writeFile(file, Buffer.concat([Buffer.from(UTF8_BOM), Buffer.from('机关: 某局\r\n', 'utf8')]));
    const r = await readReportFile(file);
    assert.equal(r.kind, 'text');
    assert.ok(r.kind === 'text');
    assert.equal(r.text, '机关: 某局\r\n');
    assert.equal(r.encoding, 'utf-8');
    assert.equal(r.bom, true);
  });

  test('reads GB18030 from disk', async () => {
    const file = join(dir, 'gb.xxgk.yaml');
    await writeFile(file, Uint8Array.from([...Buffer.from('a: '), ...GB_ZHONG, ...GB_GUO]));
    const r = await readReportFile(file);
    assert.ok(r.kind === 'text');
    assert.equal(r.text, 'a: 中国');
    assert.equal(r.encoding, 'gb18030');
  });

  test('a file of exactly 10 MB is read', async () => {
    const file = join(dir, 'limit.xxgk.yaml');
    await writeFile(file, Buffer.alloc(MAX_REPORT_BYTES, 0x20));
    const r = await readReportFile(file);
    assert.equal(r.kind, 'text');
    assert.equal(r.size, MAX_REPORT_BYTES);
  });

  test('a file over 10 MB is too-large, without reading it', async () => {
    // A sparse 50 MB file: costs no disk space; stat gives its size.
    const file = join(dir, 'huge.xxgk.yaml');
    const handle = await open(file, 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    assert.deepEqual(await readReportFile(file), { kind: 'too-large', size: 50 * 1024 * 1024 });
  });

  test('one byte over the limit is too-large', async () => {
    const file = join(dir, 'over.xxgk.yaml');
    const handle = await open(file, 'w');
    await handle.truncate(MAX_REPORT_BYTES + 1);
    await handle.close();
    assert.deepEqual(await readReportFile(file), { kind: 'too-large', size: MAX_REPORT_BYTES + 1 });
  });

  test('a missing file rejects with ENOENT', async () => {
    await assert.rejects(readReportFile(join(dir, 'missing.xxgk.yaml')), { code: 'ENOENT' });
  });

  test('a folder rejects with EISDIR', async () => {
    const sub = join(dir, 'folder.xxgk.yaml');
    await mkdir(sub);
    await assert.rejects(readReportFile(sub), { code: 'EISDIR' });
  });
});

test('tooLargeFinding follows the contract: error at 0:0–0:0', () => {
  const f = tooLargeFinding(52428800);
  assert.deepEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.equal(f.severity, 'error');
  assert.equal(f.code, 'too-large');
  assert.match(f.message, /52428800/);
  assert.match(f.message, /10 MB/);
});

test('the limit counts the bytes of the file as read, not of the text in UTF-8 (a GB18030 file is smaller on disk)', () => {
  const text = '机关: 某局\n';
  assert.deepEqual(
    checkText(text, { byteLength: 11 * 1024 * 1024 }).findings.map((f) => f.code),
    ['too-large'],
  );
  assert.match(checkText(text, { byteLength: 11 * 1024 * 1024 }).findings[0]!.message, /11534336 字节/);
  assert.ok(!checkText(text, { byteLength: 9 * 1024 * 1024 }).findings.some((f) => f.code === 'too-large'));
});
