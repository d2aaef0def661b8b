// The package a user installs, xxgk.vsix as `npm run package` (vsce) makes it:
// small (issue 12: under 1.5 MB; round 2 allows 2 MB once pdf.js is packed),
// and holding only what the extension runs or shows — every file is named by
// the manifest (entry point, icon, grammar, language configuration,
// walkthrough media, translations) or loaded by another packed script; no
// sources, tests, maps, fixtures, benchmarks, scripts or README pictures.
// `vsce ls` lists the same files. No browser needed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import JSZip from 'jszip';
import { PROJECT_ROOT } from './e2eEnv';
import { packagedVsix } from './packagedVsix';

const MB = 1024 * 1024; // as vsce counts
const root = (file: string) => path.join(PROJECT_ROOT, file);
const manifest = JSON.parse(readFileSync(root('package.json'), 'utf8'));

/** The package's files as the repository names them: vsce stores README.md as readme.md and LICENSE as LICENSE.txt. */
function repositoryName(packed: string): string {
  const renamed: Record<string, string> = { 'readme.md': 'README.md', 'changelog.md': 'CHANGELOG.md' };
  return renamed[packed] ?? (packed === 'LICENSE.txt' && !existsSync(root(packed)) ? 'LICENSE' : packed);
}

/** Every file the manifest names, in every language of its bundles (walkthrough media are translated by path). */
function namedByManifest(): Set<string> {
  const nlsFiles = readdirSync(PROJECT_ROOT).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f));
  const bundles = nlsFiles.map((f) => JSON.parse(readFileSync(root(f), 'utf8')) as Record<string, string>);
  const localized = (value: string): string[] => {
    const key = /^%(.+)%$/.exec(value)?.[1];
    return key ? bundles.map((b) => b[key]).filter((v): v is string => v !== undefined) : [value];
  };
  const c = manifest.contributes;
  const paths: string[] = [
    manifest.main,
    manifest.icon,
    ...c.languages.map((l: { configuration?: string }) => l.configuration),
    ...c.grammars.map((g: { path: string }) => g.path),
    ...c.walkthroughs.flatMap((w: { steps: { media: { markdown?: string; image?: string } }[] }) =>
      w.steps.flatMap((s) => [s.media.markdown, s.media.image].filter(Boolean).flatMap((m) => localized(m!))),
    ),
    ...readdirSync(root(manifest.l10n)).map((f) => path.join(manifest.l10n, f)),
    ...nlsFiles,
    'package.json',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
  ];
  return new Set(paths.filter(Boolean).map((p) => path.posix.normalize(p.replace(/^\.\//, ''))));
}

describe('the packaged xxgk.vsix', { timeout: 600_000 }, () => {
  let vsix = '';
  let files: Map<string, Buffer>;

  before(async () => {
    vsix = await packagedVsix();
    const zip = await JSZip.loadAsync(readFileSync(vsix));
    files = new Map();
    for (const entry of Object.values(zip.files)) {
      if (entry.dir || !entry.name.startsWith('extension/')) continue;
      files.set(repositoryName(entry.name.slice('extension/'.length)), await entry.async('nodebuffer'));
    }
  });

  test('is under 1.5 MB (2 MB once pdf.js is packed)', () => {
    const bound = manifest.dependencies['pdfjs-dist'] ? 2 * MB : 1.5 * MB;
    const size = statSync(vsix).size;
    assert.ok(size < bound, `${(size / MB).toFixed(2)} MB ≥ ${bound / MB} MB`);
  });

  test('holds every file the manifest names, and nothing else but scripts other packed scripts load', () => {
    const named = namedByManifest();
    const missing = [...named].filter((f) => !files.has(f));
    assert.deepEqual(missing, [], 'named by the manifest but not packed');
    const scripts = [...files].filter(([name]) => name.endsWith('.js'));
    const loadedByAnother = (name: string) =>
      scripts.some(
        ([other, text]) =>
          other !== name && new RegExp(`["/]${path.basename(name).replace(/\./g, '\\.')}"`).test(text.toString()),
      );
    // Data a packed script reads from a folder of its own (pdf.js's Chinese CMaps in dist/cmaps/).
    const inFolderNamedByScript = (name: string) =>
      name.includes('/') &&
      scripts.some(([, text]) => text.toString().includes(`"${path.posix.basename(path.posix.dirname(name))}"`));
    const unexplained = [...files.keys()].filter(
      (f) =>
        !named.has(f) &&
        !(f.endsWith('.js') && loadedByAnother(f)) &&
        !(f.endsWith('.bcmap') && inFolderNamedByScript(f)),
    );
    assert.deepEqual(unexplained, [], 'packed, but nothing names or loads them');
    assert.ok(files.has('dist/server.js') && files.has('media/preview.js'), 'the server and the preview script');
  });

  test('the README links its pictures from the repository instead of packing them', () => {
    const readme = readFileSync(root('README.md'), 'utf8');
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    assert.ok(pictures.length >= 3, 'squiggles, hover and preview');
    for (const picture of pictures) {
      assert.ok(existsSync(root(picture)), `${picture} is not in the repository`);
      assert.ok(!files.has(picture), `${picture} is packed`);
    }
  });

  test('`vsce ls` lists the same files', () => {
    const r = spawnSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(r.status, 0, r.stderr);
    const listed = r.stdout.split('\n').filter(Boolean);
    assert.deepEqual([...listed].sort(), [...files.keys()].sort());
  });
});
