import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

test('every UI string of the client has a zh-cn translation, and no translation is stale', () => {
  const used = new Set<string>();
  for (const file of sources('client/src')) {
    for (const match of readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g))
      used.add(match[1]!.replace(/\\'/g, "'"));
  }
  const bundle = JSON.parse(readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8')) as Record<string, string>;
  assert.deepEqual(
    [...used].filter((s) => !(s in bundle)),
    [],
    'missing translations',
  );
  assert.deepEqual(
    Object.keys(bundle).filter((s) => !used.has(s)),
    [],
    'stale translations',
  );
});

test('package.nls.json and package.nls.zh-cn.json have the same keys, and every %key% of package.json is defined', () => {
  const en = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
  const zh = JSON.parse(readFileSync('package.nls.zh-cn.json', 'utf8')) as Record<string, string>;
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  const manifest = readFileSync('package.json', 'utf8');
  const referenced = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
  assert.deepEqual(
    referenced.filter((key) => !(key in en)),
    [],
  );
  // A value is Chinese text, or the path of a translated file (the walkthrough's
  // media) beside its English counterpart.
  for (const [key, value] of Object.entries(zh)) {
    if (/^[\w/.-]+\.md$/.test(value)) {
      assert.ok(existsSync(value), `${key}: ${value} does not exist`);
      assert.equal(value, en[key]!.replace(/\.md$/, '.zh-cn.md'), `${key}: not the translation of ${en[key]}`);
      assert.match(readFileSync(value, 'utf8'), /[\u4e00-\u9fff]/);
    } else assert.match(value, /[\u4e00-\u9fff]/, key);
  }
});

test('every contributed command is in the xxgk category and registered by the client', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  const client = sources('client/src')
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  for (const command of manifest.contributes.commands) {
    assert.equal(command.category, 'xxgk', command.command);
    assert.ok(
      client.includes(`registerCommand('${command.command}'`),
      `${command.command} is contributed but not registered`,
    );
  }
});

test('a restored preview activates the extension (webview serializer)', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.ok(manifest.activationEvents.includes('onWebviewPanel:xxgk.preview'));
  assert.ok(readFileSync('client/src/preview/preview.ts', 'utf8').includes("PREVIEW_VIEW_TYPE = 'xxgk.preview'"));
});
