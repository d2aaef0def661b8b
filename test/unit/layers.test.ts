// The layering, held by a check over the import graph (helpers/layers.ts;
// the layers themselves: docs/architecture.md). The tree must keep every
// rule, and the checker must catch each kind of break: it is run on a small
// tree written for the purpose, with one violating import per rule beside
// imports that are allowed, so it cannot pass by seeing nothing.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { checkLayers, importsOf, LAYER_RULES, LAYERED_FOLDERS, sourceFiles } from './helpers/layers';

const ROOT = resolve(__dirname, '../..');

describe('layers: the tree', () => {
  test('keeps every layer rule', () => {
    const violations = checkLayers(ROOT);
    assert.deepEqual(
      violations.map((v) => `${v.from} imports ${v.specifier}: ${v.rule} (${v.why})`),
      [],
    );
  });

  test('the check sees the whole tree: every rule applies to some file, and their imports resolve', () => {
    const files = sourceFiles(ROOT, LAYERED_FOLDERS);
    assert.ok(files.length > 100, `only ${files.length} source files found`);
    for (const rule of LAYER_RULES)
      assert.ok(files.some(rule.appliesTo), `rule ${rule.name} applies to no file of the tree`);
    const imports = files.flatMap((f) => importsOf(ROOT, f));
    assert.ok(imports.length > 300, `only ${imports.length} imports found`);
    assert.ok(
      imports.every((i) => i.target),
      'every import resolves',
    );
    assert.ok(
      imports.some((i) => i.from.startsWith('server/src/core/') && i.target?.kind === 'file'),
      'core files are seen importing each other',
    );
  });
});

describe('layers: the checker catches each kind of break', () => {
  const root = mkdtempSync(join(tmpdir(), 'xxgk-layers-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  // What the layers allow: none of these is a violation.
  write(
    'server/src/core/engine.ts',
    "import { parse } from 'yaml';\nimport { isDeepStrictEqual } from 'node:util';\nexport const x = 1;\n",
  );
  write('server/src/core/render/page.ts', "import { x } from '../engine';\nexport const page = x;\n");
  write('server/src/shared/page.ts', "export { page } from '../core/render/page';\n");
  write('server/src/shared/protocol.ts', 'export const request = 1;\n');
  write('server/src/platform/index.ts', "export { run } from './spawn';\n");
  write(
    'server/src/platform/spawn.ts',
    "import { spawn } from 'node:child_process';\nimport { x } from '../core/engine';\nexport const run = () => spawn(String(x));\n",
  );
  write(
    'server/src/cli/main.ts',
    "import { run } from '../platform';\nimport { x } from '../core/engine';\nexport const main = () => run() && x;\n",
  );
  write(
    'server/src/server.ts',
    "import { createConnection } from 'vscode-languageserver/node';\nimport { run } from './platform';\nexport const c = createConnection && run;\n",
  );
  write(
    'client/src/extension.ts',
    "import * as vscode from 'vscode';\nimport { request } from '../../server/src/shared/protocol';\nimport { page } from '../../server/src/shared/page';\nexport const a = [vscode, request, page];\n",
  );
  write(
    'client/src/webview/preview.ts',
    "import { page } from '../../../server/src/shared/page';\nexport const b = page;\n",
  );

  // One break of each rule.
  write(
    'server/src/core/import/pdf.ts',
    [
      "import { spawn } from 'node:child_process';", // core-is-pure
      "import type { Connection } from 'vscode-languageserver';", // core-is-pure, type-only
      "const fs = require('fs');", // core-is-pure, require()
      "export const later = () => import('node:os');", // core-is-pure, dynamic import
      "import { main } from '../../cli/main';", // core-imports-only-core
      'export const y = [spawn, fs, main] as unknown as Connection;',
      '',
    ].join('\n'),
  );
  write('client/src/preview.ts', "import { page } from '../../server/src/core/render/page';\nexport const p = page;\n");
  write(
    'server/src/shared/bad.ts',
    "import { readFileSync } from 'node:fs';\nimport { x } from '../core/engine';\nexport const r = [readFileSync, x];\n",
  );
  write('server/src/importReport.ts', "import { main } from './cli/main';\nexport const i = main;\n");
  write(
    'server/src/platform/lsp.ts',
    "import { c } from '../server';\nimport { TextDocuments } from 'vscode-languageserver';\nexport const l = [c, TextDocuments];\n",
  );
  write('server/src/render.ts', "import { run } from './platform/spawn';\nexport const r = run;\n");
  write(
    'client/src/webview/bad.ts',
    "import * as vscode from 'vscode';\nimport { join } from 'path';\nexport const w = [vscode, join];\n",
  );
  write('server/src/typo.ts', "import { nothing } from './core/missing';\nexport const t = nothing;\n");

  const found = checkLayers(root).map((v) => `${v.rule}: ${v.from} → ${v.specifier}`);

  test('each violating import is reported under its rule, and nothing else is', () => {
    assert.deepEqual(found.sort(), [
      'cli-is-a-leaf: server/src/core/import/pdf.ts → ../../cli/main',
      'cli-is-a-leaf: server/src/importReport.ts → ./cli/main',
      'client-uses-shared-only: client/src/preview.ts → ../../server/src/core/render/page',
      'core-imports-only-core: server/src/core/import/pdf.ts → ../../cli/main',
      'core-is-pure: server/src/core/import/pdf.ts → fs',
      'core-is-pure: server/src/core/import/pdf.ts → node:child_process',
      'core-is-pure: server/src/core/import/pdf.ts → node:os',
      'core-is-pure: server/src/core/import/pdf.ts → vscode-languageserver',
      'platform-below-server: server/src/platform/lsp.ts → ../server',
      'platform-below-server: server/src/platform/lsp.ts → vscode-languageserver',
      'platform-through-its-entry: server/src/render.ts → ./platform/spawn',
      'shared-carries-no-engine: server/src/shared/bad.ts → ../core/engine',
      'shared-is-portable: server/src/shared/bad.ts → node:fs',
      'unresolved: server/src/typo.ts → ./core/missing',
      'webview-is-a-browser-page: client/src/webview/bad.ts → path',
      'webview-is-a-browser-page: client/src/webview/bad.ts → vscode',
    ]);
  });

  test('every rule is exercised by the fixture', () => {
    for (const rule of LAYER_RULES)
      assert.ok(
        found.some((f) => f.startsWith(`${rule.name}:`)),
        `no fixture breaks ${rule.name}`,
      );
  });
});
