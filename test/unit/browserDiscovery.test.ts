// Which browser prints the PDF export, per platform (platform/browserDiscovery.ts):
// each case is a machine made of a platform, an environment and the files it
// has, so Windows' and macOS's rules are held on any machine. Paths are built
// with the platform's own path module (path.win32, path.posix).
import assert from 'node:assert/strict';
import { posix, win32 } from 'node:path';
import { describe, test } from 'node:test';
import { BrowserHost, findBrowser, missingMessage } from '../../server/src/platform/browserDiscovery';

function machine(platform: NodeJS.Platform, env: Record<string, string>, files: string[], home = ''): BrowserHost {
  const have = new Set(files);
  return { platform, env, home, isFile: (p) => have.has(p) };
}

function found(host: BrowserHost, setting?: string): string {
  const choice = findBrowser(host, setting);
  assert.ok(choice.found, choice.found ? '' : choice.message);
  return choice.path;
}

const WINDOWS_ENV = {
  'ProgramFiles(x86)': 'C:\\Program Files (x86)',
  ProgramFiles: 'C:\\Program Files',
  LOCALAPPDATA: 'C:\\Users\\张三\\AppData\\Local',
  Path: 'C:\\Windows\\system32;C:\\Windows;"D:\\便携软件\\Chrome"',
};
const EDGE = win32.join('C:\\Program Files (x86)', 'Microsoft', 'Edge', 'Application', 'msedge.exe');
const USER_CHROME = win32.join('C:\\Users\\张三\\AppData\\Local', 'Google', 'Chrome', 'Application', 'chrome.exe');

describe('browser discovery on Windows', () => {
  test('Edge where Windows 10/11 puts it', () => {
    assert.equal(found(machine('win32', WINDOWS_ENV, [EDGE, USER_CHROME])), EDGE);
  });

  test('Edge under Program Files (the newer place) and a per-user Chrome when Edge is gone', () => {
    const edge64 = win32.join('C:\\Program Files', 'Microsoft', 'Edge', 'Application', 'msedge.exe');
    assert.equal(found(machine('win32', WINDOWS_ENV, [edge64])), edge64);
    assert.equal(found(machine('win32', WINDOWS_ENV, [USER_CHROME])), USER_CHROME);
  });

  test('a per-machine Chrome, on another drive, with the environment naming Program Files', () => {
    const env = { ...WINDOWS_ENV, ProgramFiles: 'D:\\Programs', 'ProgramFiles(x86)': 'D:\\Programs (x86)' };
    const chrome = 'D:\\Programs\\Google\\Chrome\\Application\\chrome.exe';
    assert.equal(found(machine('win32', env, [chrome])), chrome);
  });

  test('Program Files assumed on C: where the variables are missing; names of variables in any case', () => {
    assert.equal(found(machine('win32', { path: '' }, [EDGE])), EDGE);
    const portable = win32.join('D:\\便携软件\\Chrome', 'chrome.exe');
    assert.equal(found(machine('win32', { PATH: WINDOWS_ENV.Path }, [portable])), portable);
  });

  test('the setting wins over XXGK_BROWSER, which wins over the search; a UNC path and spaces are kept whole', () => {
    const unc = '\\\\fileserver\\软件\\Google Chrome\\chrome.exe';
    const env = { ...WINDOWS_ENV, XXGK_BROWSER: unc };
    const custom = 'E:\\My Apps\\Edge\\msedge.exe';
    assert.equal(found(machine('win32', env, [EDGE, unc, custom]), custom), custom);
    assert.deepEqual(findBrowser(machine('win32', env, [EDGE, unc, custom]), custom), {
      found: true,
      path: custom,
      via: 'setting',
    });
    assert.deepEqual(findBrowser(machine('win32', env, [EDGE, unc])), { found: true, path: unc, via: 'XXGK_BROWSER' });
    assert.equal(found(machine('win32', { ...WINDOWS_ENV, xxgk_browser: custom }, [EDGE, custom])), custom);
  });

  test('a bare name in the setting is looked up on PATH, with .exe', () => {
    const onPath = win32.join('C:\\Windows', 'msedge.exe');
    assert.equal(found(machine('win32', WINDOWS_ENV, [onPath]), 'msedge'), onPath);
  });

  test('none: the message speaks of Edge, its usual place, and the setting', () => {
    const choice = findBrowser(machine('win32', WINDOWS_ENV, []));
    assert.equal(choice.found, false);
    assert.equal(!choice.found && choice.message, missingMessage('win32'));
    assert.match(missingMessage('win32'), /Microsoft Edge.*msedge\.exe.*xxgk\.export\.browserPath/);
    assert.doesNotMatch(missingMessage('win32'), /apt-get/);
  });

  test('a configured path that is not there: the message names it and where it was set, nothing else tried', () => {
    const choice = findBrowser(machine('win32', WINDOWS_ENV, [EDGE]), 'D:\\没有\\chrome.exe');
    assert.equal(choice.found, false);
    assert.match(
      !choice.found ? choice.message : '',
      /^设置 xxgk\.export\.browserPath 指定的浏览器“D:\\没有\\chrome\.exe”不存在/,
    );
  });
});

describe('browser discovery on macOS', () => {
  const chrome = posix.join('/Applications', 'Google Chrome.app/Contents/MacOS/Google Chrome');
  const userEdge = posix.join('/Users/li', 'Applications', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge');

  test('app bundles in /Applications, then in ~/Applications', () => {
    assert.equal(found(machine('darwin', { PATH: '/usr/bin:/bin' }, [chrome, userEdge], '/Users/li')), chrome);
    assert.equal(found(machine('darwin', { PATH: '/usr/bin:/bin' }, [userEdge], '/Users/li')), userEdge);
    const chromium = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    assert.equal(found(machine('darwin', {}, [chromium], '/Users/li')), chromium);
  });

  test('the setting may name the app bundle, as Finder shows it', () => {
    const host = machine('darwin', {}, [chrome], '/Users/li');
    assert.equal(found(host, '/Applications/Google Chrome.app'), chrome);
    assert.equal(found(host, '/Applications/Google Chrome.app/'), chrome);
    assert.equal(findBrowser(host, '/Applications/Opera.app').found, false);
  });

  test('a Homebrew chromium on PATH', () => {
    const brew = '/opt/homebrew/bin/chromium';
    assert.equal(found(machine('darwin', { PATH: '/opt/homebrew/bin:/usr/bin' }, [brew], '/Users/li')), brew);
  });

  test('none: the message speaks of the Applications folder, not of apt-get or Program Files', () => {
    const choice = findBrowser(machine('darwin', { PATH: '/usr/bin' }, [], '/Users/li'));
    assert.equal(!choice.found && choice.message, missingMessage('darwin'));
    assert.match(missingMessage('darwin'), /Google Chrome.*应用程序/);
    assert.doesNotMatch(missingMessage('darwin'), /apt-get|Program Files/);
  });
});

describe('browser discovery on Linux', () => {
  test('each known name on PATH, in order: chromium first', () => {
    // The brief's names, in its order.
    const names = 'chromium chromium-browser google-chrome google-chrome-stable microsoft-edge microsoft-edge-stable';
    for (const name of names.split(' ')) {
      const path = posix.join('/home/王五/.local/bin', name);
      assert.equal(found(machine('linux', { PATH: '/home/王五/.local/bin:/usr/bin' }, [path])), path);
    }
    assert.equal(
      found(machine('linux', { PATH: '/usr/bin' }, ['/usr/bin/google-chrome', '/usr/bin/chromium'])),
      '/usr/bin/chromium',
    );
  });

  test('the usual places off PATH: /usr/bin, /snap/bin, /opt', () => {
    for (const path of [
      '/usr/bin/chromium-browser',
      '/snap/bin/chromium',
      '/opt/google/chrome/chrome',
      '/opt/microsoft/msedge/msedge',
    ])
      assert.equal(found(machine('linux', { PATH: '/nowhere' }, [path])), path);
  });

  test('XXGK_BROWSER, and the older XXGK_CHROMIUM, name the browser; the setting wins over both', () => {
    const files = ['/usr/bin/chromium', '/opt/其他/chrome', '/opt/old/chrome', '/srv/my browser/chrome'];
    const env = { PATH: '/usr/bin', XXGK_BROWSER: '/opt/其他/chrome', XXGK_CHROMIUM: '/opt/old/chrome' };
    assert.equal(found(machine('linux', env, files)), '/opt/其他/chrome');
    assert.equal(
      found(machine('linux', { PATH: '/usr/bin', XXGK_CHROMIUM: '/opt/old/chrome' }, files)),
      '/opt/old/chrome',
    );
    assert.equal(found(machine('linux', env, files), '/srv/my browser/chrome'), '/srv/my browser/chrome');
    assert.equal(found(machine('linux', env, files), '  '), '/opt/其他/chrome');
  });

  test('none: the message names the Debian package and the setting', () => {
    const choice = findBrowser(machine('linux', { PATH: '/usr/bin' }, []));
    assert.equal(!choice.found && choice.message, missingMessage('linux'));
    assert.match(missingMessage('linux'), /apt-get install chromium.*xxgk\.export\.browserPath.*XXGK_BROWSER/);
  });
});
