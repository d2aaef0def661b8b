// The package: xxgk.vsix as `npm run package` (vsce) makes it, rebuilt when
// stale (under a lock, as several test files may ask at once) and checked
// to be vsce's (not the harness's own zip).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { withDirLock } from '../unit/helpers/dirLock';
import { E2ESetupError, PROJECT_ROOT } from './e2eEnv';

export const PACKAGE_PATH = path.join(PROJECT_ROOT, 'xxgk.vsix');
/** What goes into the package; the .vsix must be newer than each of these. */
const PACKAGED_INPUTS = [
  '.vscodeignore',
  'dist/client.js',
  'dist/languageClient.js',
  'dist/server.js',
  'dist/summaryXlsx.js',
  'media/preview.js',
  'media/summary.js',
  'media/walkthrough',
  'images/icon.png',
  'package.json',
  'package.nls.json',
  'package.nls.zh-cn.json',
  'README.md',
  'CHANGELOG.md',
];

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function packageIsFresh(): boolean {
  const made = mtime(PACKAGE_PATH);
  return made > 0 && PACKAGED_INPUTS.every((f) => mtime(path.join(PROJECT_ROOT, f)) <= made);
}

/**
 * The extension as a user installs it: the .vsix that `npm run package`
 * (esbuild --production + @vscode/vsce) writes to the project root, rebuilt
 * here when missing or older than what it packs; or the file named by
 * XXGK_E2E_VSIX. Checks that vsce made it (not the harness's own zip).
 */
export async function packagedVsix(): Promise<string> {
  const given = process.env.XXGK_E2E_VSIX;
  let file: string;
  if (given) {
    file = path.resolve(given);
    if (!existsSync(file)) throw new E2ESetupError(`XXGK_E2E_VSIX=${given}: no such file`);
  } else {
    file = PACKAGE_PATH;
    if (!packageIsFresh())
      withDirLock(
        path.join(PROJECT_ROOT, 'test-results', 'e2e', '.package.lock'),
        () => {
          if (packageIsFresh()) return; // another test file made it meanwhile
          const r = spawnSync('npm', ['run', 'package'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 300_000 });
          if (r.status !== 0) throw new Error(`npm run package failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
        },
        { timeoutMs: 300_000, staleMs: 300_000, pollMs: 200 },
      );
    if (!existsSync(file)) throw new Error(`npm run package did not write ${file}`);
  }
  const zip = await JSZip.loadAsync(readFileSync(file));
  const manifest = (await zip.file('extension.vsixmanifest')?.async('string')) ?? '';
  const pkg = JSON.parse((await zip.file('extension/package.json')?.async('string')) ?? '{}') as {
    name?: string;
    publisher?: string;
  };
  if (pkg.publisher !== 'xxgk' || pkg.name !== 'xxgk')
    throw new Error(`${file} is not the xxgk extension (${pkg.publisher}.${pkg.name})`);
  // vsce writes the readme/license assets into the manifest; the harness's zip does not.
  if (!manifest.includes('Microsoft.VisualStudio.Services.Content.Details')) {
    throw new Error(`${file} was not made by @vscode/vsce (no Content.Details asset in its manifest)`);
  }
  return file;
}
