// URIs ↔ paths (server/src/fileUris.ts) and the 上年报告 link (platform
// linkTarget) run with Windows' rules and with POSIX's on any machine: drive
// letters however the editor spells them, UNC shares, spaces, `#`, `%` and
// Chinese names. The paths are checked with path.win32 / path.posix.
import assert from 'node:assert/strict';
import { posix, win32 } from 'node:path';
import { describe, test } from 'node:test';
import { pathOfUri, uriOfPath } from '../../server/src/fileUris';
import { linkTarget } from '../../server/src/platform/readPrevious';

/** [the URI VS Code sends, the path it names] on Windows. */
const WINDOWS: [string, string][] = [
  [
    'file:///c%3A/Users/%E5%BC%A0%E4%B8%89/My%20Reports/2023-%E6%9F%90%E5%B1%80.xxgk.yaml',
    'c:\\Users\\张三\\My Reports\\2023-某局.xxgk.yaml',
  ],
  ['file:///d%3A/%E6%8A%A5%E5%91%8A%20%281%29/a%231%20100%25.xxgk.yaml', 'd:\\报告 (1)\\a#1 100%.xxgk.yaml'],
  ['file://fileserver/share/%E5%B9%B4%E6%8A%A5/2024.xxgk.yaml', '\\\\fileserver\\share\\年报\\2024.xxgk.yaml'],
];

const POSIX: [string, string][] = [
  ['file:///home/%E7%8E%8B%E4%BA%94/%E5%B9%B4%20%E6%8A%A5/a%23b%25.xxgk.yaml', '/home/王五/年 报/a#b%.xxgk.yaml'],
  ['file:///srv/reports/2024.xxgk.yaml', '/srv/reports/2024.xxgk.yaml'],
];

describe('file URIs and paths, Windows', () => {
  for (const [uri, path] of WINDOWS) {
    test(`${path} ↔ ${uri}`, () => {
      assert.equal(pathOfUri(uri, 'win32'), path);
      assert.equal(uriOfPath(path, 'win32'), uri);
      assert.ok(win32.isAbsolute(pathOfUri(uri, 'win32')!));
      assert.equal(win32.basename(path), decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)));
    });
  }

  test('a drive letter in capitals, an unescaped colon, forward slashes: the same file, spelled as the editor spells it', () => {
    assert.equal(pathOfUri('file:///C:/Users/x.xxgk.yaml', 'win32'), 'c:\\Users\\x.xxgk.yaml');
    assert.equal(uriOfPath('C:/Users/x.xxgk.yaml', 'win32'), 'file:///c%3A/Users/x.xxgk.yaml');
    assert.equal(uriOfPath('C:\\Users\\x.xxgk.yaml', 'win32'), 'file:///c%3A/Users/x.xxgk.yaml');
  });
});

describe('file URIs and paths, POSIX', () => {
  for (const [uri, path] of POSIX) {
    test(`${path} ↔ ${uri}`, () => {
      assert.equal(pathOfUri(uri, 'posix'), path);
      assert.equal(uriOfPath(path, 'posix'), uri);
      assert.ok(posix.isAbsolute(path));
    });
  }

  test('no path for untitled documents, other schemes or what is no URI', () => {
    for (const uri of ['untitled:Untitled-1', 'vscode-vfs://github/x/y.xxgk.yaml', '%%%', '']) {
      assert.equal(pathOfUri(uri, 'posix'), undefined, uri);
      assert.equal(pathOfUri(uri, 'win32'), undefined, uri);
    }
  });
});

describe('上年报告: the link relative to the report, written with either separator', () => {
  test('on Windows: backslashes or slashes, a drive or a UNC share', () => {
    const report = 'c:\\年报\\2024\\本年 报告.xxgk.yaml';
    assert.equal(linkTarget(report, '..\\2023\\上年 报告.xxgk.yaml', win32), 'c:\\年报\\2023\\上年 报告.xxgk.yaml');
    assert.equal(linkTarget(report, '../2023/上年 报告.xxgk.yaml', win32), 'c:\\年报\\2023\\上年 报告.xxgk.yaml');
    assert.equal(
      linkTarget('\\\\server\\share\\2024\\a.xxgk.yaml', '../2023/b.xxgk.yaml', win32),
      '\\\\server\\share\\2023\\b.xxgk.yaml',
    );
  });

  test('elsewhere: a link written on Windows with backslashes is followed too', () => {
    const report = '/srv/年报/2024/本年.xxgk.yaml';
    assert.equal(linkTarget(report, '..\\2023\\上年.xxgk.yaml', posix), '/srv/年报/2023/上年.xxgk.yaml');
    assert.equal(linkTarget(report, '../2023/上年.xxgk.yaml', posix), '/srv/年报/2023/上年.xxgk.yaml');
  });
});
