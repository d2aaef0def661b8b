// The server's transports: stdio is what the other protocol tests use; this
// one drives it over Node IPC (--node-ipc), as the VS Code client may, and
// checks that dist/server.js is an executable script for the
// `xxgk-language-server` bin.
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import { ensureBuilt, ROOT, SERVER } from './serverBuild';
import { exampleText, uriOf } from './texts';

test('dist/server.js starts with a shebang and package.json installs it as xxgk-language-server', () => {
  ensureBuilt();
  assert.ok(readFileSync(SERVER, 'utf8').startsWith('#!/usr/bin/env node\n'));
  const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { bin: Record<string, string> };
  assert.equal(pkg.bin['xxgk-language-server'], './dist/server.js');
});

test('over Node IPC: initialize, diagnostics for the example, shutdown and exit', async () => {
  ensureBuilt();
  const child = fork(SERVER, ['--node-ipc'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const uri = uriOf('ipc.xxgk.yaml');
    const published = new Promise<PublishDiagnosticsParams>((resolve) => {
      connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
        if (p.uri === uri) resolve(p);
      });
    });
    connection.listen();
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(ROOT).toString(),
      workspaceFolders: null,
      capabilities: {},
    });
    assert.equal(result.serverInfo?.name, 'xxgk-language-server');
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'xxgk', version: 1, text: exampleText() },
    });
    const diagnostics = (await published).diagnostics;
    assert.equal(diagnostics.length, 7);
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    assert.equal(await exited, 0);
  } finally {
    connection.dispose();
    if (child.exitCode === null) child.kill();
  }
});
