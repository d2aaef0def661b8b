// Bad input over the protocol: unknown documents get empty answers, a file
// over 10 MB is refused with one too-large finding, and no request on broken
// text ever fails with an internal error.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CodeAction, CodeActionRequest, DiagnosticSeverity, HoverRequest } from 'vscode-languageserver-protocol/node';
import { LspClient, useLspClient } from './lspClient';
import { exampleText, uriOf } from './texts';

describe('robustness', () => {
  let client: LspClient;

  useLspClient((c) => (client = c));

  test('requests for a document the server does not have get empty answers', async () => {
    const uri = uriOf('never-opened.xxgk.yaml');
    const position = { line: 0, character: 0 };
    const list = await client.completion(uri, position);
    assert.ok(list === null || list.items.length === 0);
    assert.equal(await client.hover(uri, position), null);
    const symbols = await client.symbols(uri);
    assert.ok(symbols === null || symbols.length === 0);
  });

  test('a file over 10 MB is refused with one too-large finding', async () => {
    const uri = uriOf('huge.xxgk.yaml');
    const line = '总体情况: |\n' + '  这是很长的一段文字，用来把文件撑到十兆字节以上。\n'.repeat(1);
    const filler = `# ${'填充'.repeat(100)}\n`;
    const text = line + filler.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(filler)) + 10);
    assert.ok(Buffer.byteLength(text) > 10 * 1024 * 1024);
    const started = performance.now();
    const published = await client.open(uri, text);
    const elapsed = performance.now() - started;
    assert.equal(published.diagnostics.length, 1);
    const [d] = published.diagnostics;
    assert.equal(d!.code, 'too-large');
    assert.equal(d!.severity, DiagnosticSeverity.Error);
    assert.deepEqual(d!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.ok(elapsed < 5000, `took ${elapsed} ms`);
    // Other requests on it answer at once, and empty.
    const list = await client.completion(uri, { line: 5, character: 2 });
    assert.equal(list?.items.length ?? 0, 0);
    assert.equal(await client.hover(uri, { line: 0, character: 1 }), null);
    assert.deepEqual(await client.symbols(uri), []);
    await client.close(uri);
  });

  test('no request on broken text fails: completion and hover at every position of garbled files', async () => {
    const example = exampleText();
    const texts = [
      example.slice(0, Math.floor(example.length / 2)),
      example.replace(/: \{/g, ': {{').replace(/\n {4}/g, '\n   '),
      '{[}]:\n  - - ? : |\n\t\t"unterminated\n*alias &anchor !!tag\n---\n---\n',
      '收到和处理政府信息公开申请情况:\n' +
        '  '.repeat(50) +
        'x:\n'.repeat(3) +
        '  本年度办理结果: {予以公开: {自然人: [1, {2: 3}]}}\n',
      '\uFEFF机关: 某\r\n年度: 二〇二三\r\n总体情况: >\r\n  文字\r\n\r\n落款: {机关: , 日期: }\r\n',
      'a'.repeat(5000),
      '',
    ];
    for (const [i, text] of texts.entries()) {
      const uri = uriOf(`garbled-${i}.xxgk.yaml`);
      await client.open(uri, text);
      const lines = text.split(/\r\n|\r|\n/);
      const requests: Promise<unknown>[] = [client.symbols(uri)];
      for (let line = 0; line <= lines.length; line++) {
        const length = lines[line]?.length ?? 0;
        for (const character of new Set([0, 1, Math.floor(length / 2), length, length + 3])) {
          requests.push(client.completion(uri, { line, character }), client.hover(uri, { line, character }));
        }
      }
      requests.push(
        client.completion(uri, { line: 10_000, character: 10_000 }),
        client.hover(uri, { line: -1, character: -1 }),
      );
      await Promise.all(requests);
    }
    assert.deepEqual(
      client.logs.filter((m) => m.includes('出错')),
      [],
    );
  });

  test('a document whose text keeps its BOM: findings, their quick fixes and hover agree on line 0', async () => {
    const uri = uriOf('bom.xxgk.yaml');
    const text = `\ufeff标题x: 某局的报告\n${exampleText()}`;
    const published = await client.open(uri, text);
    const unknown = published.diagnostics.find((d) => d.code === 'unknown-key')!;
    // The key starts after the BOM: character 1 of line 0, as the document counts it.
    assert.deepEqual(unknown.range, { start: { line: 0, character: 1 }, end: { line: 0, character: 4 } });
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: unknown.range,
      context: { diagnostics: [unknown] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred)!;
    assert.deepEqual(fix.edit!.changes![uri]![0]!.range, unknown.range);
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 0, character: 2 },
    });
    assert.match(JSON.stringify(hover?.contents), /标题x/);
  });

  test('the server keeps serving the example after all that', async () => {
    const published = await client.open(uriOf('after.xxgk.yaml'), exampleText());
    assert.equal(published.diagnostics.length, 7);
  });
});
