// xxgk/import of a PDF through the bundled language server (dist/server.js):
// pdf.js is loaded from dist/pdfjs.js on the first PDF, in the server's own
// process; no PDF program is needed. A PDF that cannot be read answers with a
// Chinese error, and the server goes on answering.
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { importReportRequest, newReportRequest } from '../../server/src/shared/protocol';
import { LspClient, useLspClient, xxgkRequest } from './lspClient';

const ROOT = resolve(__dirname, '../..');

describe('xxgk/import of a PDF through the language server', () => {
  let client: LspClient;
  useLspClient((c) => (client = c));

  test('the published PDF: its tables, 机关 and 年度 come back', async () => {
    const path = join(ROOT, 'test/fixtures/published/2024_huaian-shi-zhengfu.pdf');
    const result = await xxgkRequest(client, importReportRequest, { path });
    assert.equal(result.error, undefined);
    const data = parse(result.yaml);
    assert.equal(data['机关'], '淮安市人民政府');
    assert.equal(data['年度'], 2024);
    assert.equal(data['收到和处理政府信息公开申请情况']['本年新收政府信息公开申请数量']['总计'], 3119);
  });

  test('an encrypted PDF: a Chinese error, and the server still answers', async () => {
    const path = join(ROOT, 'test/fixtures/pdf/encrypted.pdf');
    const result = await xxgkRequest(client, importReportRequest, { path });
    assert.equal(result.yaml, '');
    assert.match(result.error ?? '', /设有打开密码/);
    assert.match(await xxgkRequest(client, newReportRequest, { agency: '某某局', year: 2024 }), /机关: 某某局/);
  });
});
