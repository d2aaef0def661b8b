// Hostile traffic over the protocol: bursts of edits are checked once at
// their newest version, an older version is not applied, a frame with a
// wrong Content-Length does not leave the server deaf, and hovers show a
// key's Markdown and HTML as text.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, test } from 'node:test';
import { DidChangeTextDocumentNotification, DocumentFormattingRequest } from 'vscode-languageserver-protocol/node';
import { exportDocxRequest, renderPreviewRequest } from '../../server/src/shared/protocol';
import { LspClient, useLspClient, xxgkRequest } from './lspClient';
import { ensureBuilt, ROOT, SERVER } from './serverBuild';
import { exampleText, positionOf, uriOf } from './texts';

describe('hostile traffic', () => {
  let client: LspClient;

  useLspClient((c) => (client = c));

  for (const [burst, keys] of [
    [400, 0],
    [60, 30_000],
  ] as const) {
    test(`${burst} edits sent at once${keys ? ` to a report with ${keys} extra keys` : ''} are checked once, at the newest version`, async () => {
      const uri = uriOf(`burst-${burst}.xxgk.yaml`);
      const extra = Array.from({ length: keys }, (_, i) => `  k${i}: 1`).join('\n');
      const text = keys ? `${exampleText()}附加:\n${extra}\n` : exampleText();
      await client.open(uri, text);
      const before = client.published.filter((p) => p.uri === uri).length;
      const at = { line: 0, character: 0 };
      let last = 1;
      const sends: Promise<unknown>[] = [];
      for (let i = 0; i < burst; i++) {
        last = i + 2;
        // A comment grows by one character per edit: each version differs.
        sends.push(
          client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: last },
            contentChanges: [{ range: { start: at, end: at }, text: i === 0 ? '#\n' : '#' }],
          }),
        );
      }
      await Promise.all(sends);
      const final = await client.nextDiagnostics(uri, (p) => p.version === last, 60_000);
      assert.equal(final.version, last);
      const during = client.published.filter((p) => p.uri === uri).length - before;
      assert.ok(during <= 5, `${during} publications for ${burst} edits`);
    });
  }

  test('a change with an older or repeated version is not applied', async () => {
    const uri = uriOf('stale.xxgk.yaml');
    const text = exampleText();
    await client.open(uri, text);
    const version = await client.change(uri, [{ text: text.replace('行政许可: 54', '行政许可: 55') }]);
    // A stale full-text change that would break the YAML, at this version and below it.
    for (const stale of [version, version - 1]) {
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: stale },
        contentChanges: [{ text: '坏: [\n' }],
      });
    }
    const next = await client.change(uri, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# 注释\n' },
    ]);
    const published = await client.nextDiagnostics(uri, (p) => p.version === next);
    assert.ok(!published.diagnostics.some((d) => d.code === 'yaml-syntax'));
    assert.ok(client.logs.some((l) => /过期修改/.test(l)));
    const hover = await client.hover(uri, positionOf(exampleText(), '行政许可: 54', 1, 0));
    assert.ok(hover);
  });

  test('5,000 levels of nesting (flow or block): one too-large; format, preview and Word export answer', async () => {
    for (const [name, nesting] of [
      ['deep-flow', `${'['.repeat(5000)}${']'.repeat(5000)}`],
      ['deep-block', `\n  ${'- '.repeat(5000)}1`],
    ]) {
      const uri = uriOf(`${name}.xxgk.yaml`);
      const published = await client.open(uri, `机关: 某局\n年度: 2023\n前言: ${nesting}\n`);
      assert.deepEqual(
        published.diagnostics.map((d) => d.code),
        ['too-large'],
      );
      const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, {
        textDocument: { uri },
        options: { tabSize: 2, insertSpaces: true },
      });
      assert.ok(edits === null || edits.length === 0);
      assert.ok((await xxgkRequest(client, renderPreviewRequest, { uri }))?.body);
      assert.ok((await xxgkRequest(client, exportDocxRequest, { uri }))?.base64);
    }
  });

  test("a key's Markdown and HTML show as text in the hover", async () => {
    const uri = uriOf('markdown-key.xxgk.yaml');
    for (const key of ['**粗体**<img src=x onerror=alert(1)>', '[链接](http://example.com) `代码` # 标题']) {
      const text = `${exampleText()}${JSON.stringify(key)}: 1\n`;
      if (client.published.some((p) => p.uri === uri)) {
        const version = await client.change(uri, [{ text }]);
        await client.nextDiagnostics(uri, (p) => p.version === version);
      } else await client.open(uri, text);
      const line = text.split('\n').length - 2;
      const hover = await client.hover(uri, { line, character: 2 });
      assert.ok(hover);
      const value = (hover.contents as { value: string }).value;
      // Every `<`, `[`, `]` and `` ` `` of the key is escaped: none starts a tag, a link or code.
      assert.doesNotMatch(value, /(^|[^\\])[<[\]`]/, value);
      assert.match(value, /\\\*\\\*粗体|\\\[链接\\\]/);
    }
  });
});

/** Raw frames to the server's stdin; resolves with the JSON messages it answers with, once `done` says so. */
function rawSession(frames: Buffer[], done: (messages: { id?: number }[]) => boolean): Promise<{ id?: number }[]> {
  ensureBuilt();
  const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'ignore'] });
  const messages: { id?: number }[] = [];
  let buffer = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no answer; got ${JSON.stringify(messages)}`));
    }, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        const match = /Content-Length: (\d+)\r\n\r\n/.exec(buffer);
        if (!match) break;
        const start = match.index + match[0].length;
        const length = Number(match[1]);
        if (Buffer.byteLength(buffer.slice(start)) < length) break;
        const body = Buffer.from(buffer.slice(start)).subarray(0, length).toString('utf8');
        messages.push(JSON.parse(body) as { id?: number });
        buffer = buffer.slice(start + body.length);
      }
      if (done(messages)) {
        clearTimeout(timer);
        child.kill();
        resolve(messages);
      }
    });
    for (const frame of frames) child.stdin.write(frame);
  });
}

function frame(message: object, lengthDelta = 0): Buffer {
  const body = Buffer.from(JSON.stringify(message));
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length + lengthDelta}\r\n\r\n`), body]);
}

const initialize = (id: number) => ({
  jsonrpc: '2.0',
  id,
  method: 'initialize',
  params: { processId: null, rootUri: null, capabilities: {} },
});

test('after a frame with a short Content-Length, the next frames are read again', async () => {
  for (const delta of [-10, -1]) {
    const messages = await rawSession([frame(initialize(1), delta), frame(initialize(2))], (m) =>
      m.some((x) => x.id === 2),
    );
    assert.ok(messages.some((m) => m.id === 2));
  }
});

test('after a frame of garbage headers, the next frame is read again', async () => {
  const messages = await rawSession([Buffer.from('garbage\r\nmore: x\r\n\r\n'), frame(initialize(3))], (m) =>
    m.some((x) => x.id === 3),
  );
  assert.ok(messages.some((m) => m.id === 3));
});

/** The server's exit code once its stdin closes, after `frames` (and, with `awaitId`, that request's answer). */
function exitAfter(frames: Buffer[], awaitId?: number): Promise<number | null> {
  ensureBuilt();
  const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'ignore'] });
  let seen = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`still running; got ${seen}`));
    }, 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (awaitId !== undefined && seen.includes(`"id":${awaitId}`)) child.stdin.end();
    });
    for (const f of frames) child.stdin.write(f);
    if (awaitId === undefined) child.stdin.end();
  });
}

test('stdin closing ends the server: exit code 0 after a shutdown request, 1 without', async () => {
  const shutdown = { jsonrpc: '2.0', id: 2, method: 'shutdown' };
  assert.equal(await exitAfter([frame(initialize(1)), frame(shutdown)], 2), 0);
  assert.equal(await exitAfter([frame(initialize(1))]), 1);
});
