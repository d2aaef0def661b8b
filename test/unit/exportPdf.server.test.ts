// The editor's PDF export (xxgk.exportPdf): the server feature (exportPdf.ts)
// in process, with Debian's Chromium and with no browser at all, and its wiring
// over the protocol with the BUILT server, the setting xxgk.export.browserPath
// deciding the browser. Needs chromium (Debian: chromium): without it the test
// fails naming the package.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { exportPdf } from '../../server/src/exportPdf';
import { missingMessage } from '../../server/src/platform/browserDiscovery';
import { Settings } from '../../server/src/settings';
import { exportPdfRequest } from '../../server/src/shared/protocol';
import { LspClient, xxgkRequest } from '../protocol/lspClient';
import { ensureBuilt } from '../protocol/serverBuild';
import { exampleText, uriOf } from '../protocol/texts';
import { requireProgram } from './exportHelpers';

const XICHENG = exampleText();
const NO_BROWSER = { platform: 'linux' as const, env: { PATH: '/usr/bin' }, home: '/home/u', isFile: () => false };

describe('exportPdf in process', () => {
  test('the open text printed by the browser of the setting: a PDF, base64', async () => {
    requireProgram('chromium', ['--version'], 'chromium', '输出 PDF（用 Chromium 打印 HTML）');
    const doc = TextDocument.create('file:///c%3A/Users/%E5%BC%A0/x.xxgk.yaml', 'xxgk-report', 1, XICHENG);
    const result = await exportPdf(doc, '/usr/bin/chromium');
    assert.ok('base64' in result);
    assert.equal(Buffer.from(result.base64, 'base64').subarray(0, 5).toString('latin1'), '%PDF-');
  });

  test('no browser: an answer with the platform’s message, marked as missing, not an exception', async () => {
    const doc = TextDocument.create('file:///x.xxgk.yaml', 'xxgk-report', 1, XICHENG);
    assert.deepEqual(await exportPdf(doc, undefined, NO_BROWSER), {
      error: missingMessage('linux'),
      browserMissing: true,
    });
  });
});

describe('wiring: xxgk/exportPdf over the protocol, with xxgk.export.browserPath', () => {
  let client: LspClient;
  const uri = uriOf('export-pdf.xxgk.yaml');

  before(async () => {
    ensureBuilt();
    client = await LspClient.start({ export: { browserPath: '/nonexistent-xxgk/我的 浏览器/chrome' } });
    await client.open(uri, XICHENG);
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  test('the setting names a browser that is not there: the answer says so, naming the setting', async () => {
    const result = await xxgkRequest(client, exportPdfRequest, { uri });
    assert.ok(result && 'error' in result);
    assert.match(
      result.error,
      /^设置 xxgk\.export\.browserPath 指定的浏览器“\/nonexistent-xxgk\/我的 浏览器\/chrome”不存在/,
    );
    assert.equal(result.browserMissing, true);
    assert.equal(await xxgkRequest(client, exportPdfRequest, { uri: uriOf('not-open.xxgk.yaml') }), null);
  });
});

describe('the setting xxgk.export.browserPath as the server reads it', () => {
  test('a path is taken, trimmed; empty or absent means: find one', () => {
    const settings = new Settings();
    assert.deepEqual(settings.update({ export: { browserPath: '  D:\\便携\\chrome.exe ' } }), []);
    assert.equal(settings.browserPath, 'D:\\便携\\chrome.exe');
    settings.update({ export: { browserPath: '' } });
    assert.equal(settings.browserPath, undefined);
    settings.update({});
    assert.equal(settings.browserPath, undefined);
  });

  test('anything but text is ignored with a Chinese warning', () => {
    const settings = new Settings();
    const warnings = settings.update({ export: { browserPath: 42 } });
    assert.equal(settings.browserPath, undefined);
    assert.match(warnings.join('\n'), /xxgk\.export\.browserPath 应是浏览器程序的路径/);
  });
});
