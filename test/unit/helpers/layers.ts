// The layering of the code base, as rules over its import graph, and the
// checker that holds a tree to them (test/unit/layers.test.ts). The layers and
// why they are kept apart: docs/architecture.md.
//
// Imports are read with TypeScript's own pre-processor (static imports,
// `export … from`, `import type`, dynamic `import()` and `require()`), and
// relative ones resolved as the compiler resolves them, so a rule sees what
// the build sees. A relative import that resolves to nothing is a violation
// too: a rule could not have judged it.
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Where an import leads: a file of the tree (repository-relative, '/'-separated) or a package or Node module. */
export type ImportTarget = { kind: 'file'; path: string } | { kind: 'module'; name: string };

export interface Import {
  /** The importing file, repository-relative. */
  from: string;
  specifier: string;
  target: ImportTarget | undefined;
}

export interface LayerRule {
  name: string;
  /** Why the rule exists, printed with each violation. */
  why: string;
  /** The files the rule constrains. */
  appliesTo: (file: string) => boolean;
  /** Whether this import breaks the rule. */
  forbids: (target: ImportTarget, from: string) => boolean;
}

export interface Violation {
  rule: string;
  from: string;
  specifier: string;
  why: string;
}

const NODE_BUILTINS = new Set(builtinModules.map((m) => m.replace(/^node:/, '')));

/** A bare specifier's module name: `node:fs/promises` → `fs/promises`, `@scope/pkg/x` → `@scope/pkg/x`. */
function moduleName(specifier: string): string {
  return specifier.replace(/^node:/, '');
}

export function isNodeBuiltin(target: ImportTarget): boolean {
  return target.kind === 'module' && NODE_BUILTINS.has(target.name.split('/')[0]!);
}

/** Node modules that reach outside the process's own computation: processes, files, the network, the machine. */
const SYSTEM_MODULES = new Set([
  'child_process',
  'cluster',
  'dgram',
  'dns',
  'fs',
  'http',
  'http2',
  'https',
  'inspector',
  'net',
  'os',
  'readline',
  'tls',
  'tty',
  'worker_threads',
]);

export function isSystemModule(target: ImportTarget): boolean {
  return target.kind === 'module' && SYSTEM_MODULES.has(target.name.split('/')[0]!);
}

/** The editor's APIs: VS Code's and the language server protocol's libraries. */
export function isEditorApi(target: ImportTarget): boolean {
  return (
    target.kind === 'module' &&
    /^(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)(-|\/|$)/.test(target.name)
  );
}

function fileUnder(target: ImportTarget, folder: string): boolean {
  return target.kind === 'file' && target.path.startsWith(folder);
}

const under = (folder: string) => (file: string) => file.startsWith(folder);

/** The rules of this code base (docs/architecture.md, "Layers"). */
export const LAYER_RULES: LayerRule[] = [
  {
    name: 'core-is-pure',
    why: 'server/src/core/ is pure TypeScript: no processes, no file system, no editor APIs; the platform layer does I/O for it',
    appliesTo: under('server/src/core/'),
    forbids: (t) => isSystemModule(t) || isEditorApi(t),
  },
  {
    name: 'core-imports-only-core',
    why: 'core/ is the bottom layer: it imports nothing of the server, the CLI, the platform layer or the client',
    appliesTo: under('server/src/core/'),
    forbids: (t) => t.kind === 'file' && !t.path.startsWith('server/src/core/'),
  },
  {
    name: 'client-uses-shared-only',
    why: 'the client imports server code only through server/src/shared/ (the protocol and the page builder)',
    appliesTo: under('client/src/'),
    forbids: (t) => fileUnder(t, 'server/') && !fileUnder(t, 'server/src/shared/'),
  },
  {
    name: 'shared-is-portable',
    why: 'server/src/shared/ runs in the extension host and the language server alike: no Node modules, no editor APIs',
    appliesTo: under('server/src/shared/'),
    forbids: (t) => isNodeBuiltin(t) || isEditorApi(t),
  },
  {
    name: 'shared-carries-no-engine',
    why: 'the client bundles what server/src/shared/ imports: of the server, only the page builder (core/render/page.ts), never the engine',
    appliesTo: under('server/src/shared/'),
    forbids: (t) =>
      t.kind === 'file' && !t.path.startsWith('server/src/shared/') && t.path !== 'server/src/core/render/page.ts',
  },
  {
    name: 'cli-is-a-leaf',
    why: 'only the CLI imports cli/; code the CLI shares with the server lives in platform/ or core/',
    appliesTo: (f) => f.startsWith('server/src/') && !f.startsWith('server/src/cli/'),
    forbids: (t) => fileUnder(t, 'server/src/cli/'),
  },
  {
    name: 'platform-below-server',
    why: 'platform/ serves the CLI and the language server: it imports core/ and itself, never editor APIs, LSP features or the CLI',
    appliesTo: under('server/src/platform/'),
    forbids: (t) =>
      isEditorApi(t) ||
      (fileUnder(t, 'server/src/') && !fileUnder(t, 'server/src/core/') && !fileUnder(t, 'server/src/platform/')),
  },
  {
    name: 'platform-through-its-entry',
    why: 'code outside platform/ imports it through its one entry point, server/src/platform/index.ts',
    appliesTo: (f) =>
      (f.startsWith('server/src/') || f.startsWith('client/src/')) && !f.startsWith('server/src/platform/'),
    forbids: (t) =>
      fileUnder(t, 'server/src/platform/') && t.kind === 'file' && t.path !== 'server/src/platform/index.ts',
  },
  {
    name: 'webview-is-a-browser-page',
    why: 'client/src/webview/ runs in the webview, a browser page: no Node modules, no VS Code API',
    appliesTo: under('client/src/webview/'),
    forbids: (t) => isNodeBuiltin(t) || isEditorApi(t),
  },
];

/** The TypeScript sources under the given folders of a tree (repository-relative, '/'-separated). */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(path);
      } else if (/\.(?:ts|tsx|mts|cts)$/.test(e.name) && !e.name.endsWith('.d.ts')) files.push(path);
    }
  };
  for (const folder of folders) walk(folder);
  return files.sort();
}

const RESOLUTION: ts.CompilerOptions = {
  moduleResolution: ts.ModuleResolutionKind.Node10,
  allowJs: true,
  resolveJsonModule: true,
};

/** Every import of one file, its target resolved. */
export function importsOf(root: string, file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8');
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map(({ fileName: specifier }) => {
    if (!specifier.startsWith('.') && !specifier.startsWith('/'))
      return { from: file, specifier, target: { kind: 'module', name: moduleName(specifier) } };
    const resolved = ts.resolveModuleName(specifier, resolve(root, file), RESOLUTION, ts.sys).resolvedModule;
    const target: ImportTarget | undefined = resolved
      ? { kind: 'file', path: relative(resolve(root), resolved.resolvedFileName).split(sep).join('/') }
      : undefined;
    return { from: file, specifier, target };
  });
}

/** The source folders the rules speak about. */
export const LAYERED_FOLDERS = ['server/src', 'client/src'];

/** Holds a tree to the rules: every violation, none where the tree keeps them. */
export function checkLayers(root: string, rules: readonly LayerRule[] = LAYER_RULES): Violation[] {
  const violations: Violation[] = [];
  for (const file of sourceFiles(root, LAYERED_FOLDERS)) {
    for (const imp of importsOf(root, file)) {
      if (!imp.target) {
        violations.push({
          rule: 'unresolved',
          from: file,
          specifier: imp.specifier,
          why: 'a relative import that resolves to no file',
        });
        continue;
      }
      for (const rule of rules)
        if (rule.appliesTo(file) && rule.forbids(imp.target, file))
          violations.push({ rule: rule.name, from: file, specifier: imp.specifier, why: rule.why });
    }
  }
  return violations;
}
