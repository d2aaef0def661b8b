// Last year's report from disk (CLI and language server alike): every way the
// file can be wrong becomes words for a link, nothing for the search, and
// never an exception.
import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { readIdentity, readPrevious } from '../../server/src/platform/readPrevious';
import { encodeGb18030, sparseFile } from './helpers/cli';
import { lastYearReport, thisYearReport } from './helpers/pairs';
import { useTempDir } from './helpers/tempDir';

describe('readPrevious', () => {
  let dir = '';
  const self = (): string => join(dir, 'now.xxgk.yaml');
  const shown = (name: string): { name: string; uri: string } => ({ name, uri: join(dir, name) });

  useTempDir('xxgk-read-previous-', (d) => (dir = d));
  before(async () => {
    await writeFile(self(), thisYearReport());
    await writeFile(join(dir, 'gb.xxgk.yaml'), encodeGb18030(lastYearReport()));
    await writeFile(join(dir, 'bom.xxgk.yaml'), '\uFEFF' + lastYearReport().replace(/\n/g, '\r\n'));
    await sparseFile(join(dir, 'huge.xxgk.yaml'), 11 * 1024 * 1024);
    await mkdir(join(dir, 'folder.xxgk.yaml'));
    await symlink(self(), join(dir, 'alias.xxgk.yaml'));
  });

  test('GB18030, and UTF-8 with BOM and CRLF, read like any report', () => {
    for (const name of ['gb.xxgk.yaml', 'bom.xxgk.yaml']) {
      const input = readPrevious(join(dir, name), self(), shown(name), 'link');
      assert.equal(input.kind, 'found');
      assert.ok(input.kind === 'found' && input.report.unfit === undefined && input.report.identity.year === 2023);
      assert.deepEqual(readIdentity(join(dir, name)), { agency: '某市某区某局', year: 2023 });
    }
  });

  test('missing, a folder, too large, this file behind a symbolic link: a reason for a link, nothing for the search', () => {
    const cases: [string, RegExp][] = [
      ['nowhere.xxgk.yaml', /找不到文件 nowhere\.xxgk\.yaml/],
      ['folder.xxgk.yaml', /无法读取 folder\.xxgk\.yaml/],
      ['huge.xxgk.yaml', /超过 10 MB/],
      ['alias.xxgk.yaml', /就是本报告自身/],
    ];
    for (const [name, words] of cases) {
      const link = readPrevious(join(dir, name), self(), shown(name), 'link');
      assert.equal(link.kind, 'broken', name);
      assert.match(link.kind === 'broken' ? link.message : '', words);
      assert.deepEqual(readPrevious(join(dir, name), self(), shown(name), 'search'), { kind: 'none' }, name);
    }
    assert.equal(readIdentity(join(dir, 'huge.xxgk.yaml')), undefined);
    assert.equal(readIdentity(join(dir, 'folder.xxgk.yaml')), undefined);
  });
});
