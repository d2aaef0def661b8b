// The texts the protocol tests send and where in them: the example report,
// virtual document URIs, and LSP positions of a needle or an offset.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Position } from 'vscode-languageserver-protocol/node';
import { EXAMPLE, ROOT } from './serverBuild';
import { positionAt } from '../unit/helpers/positions';

export function uriOf(name: string): string {
  return pathToFileURL(join(ROOT, 'test', 'protocol', 'virtual', name)).toString();
}

export function exampleText(): string {
  return readFileSync(EXAMPLE, 'utf8');
}

/** Position of the `n`-th (0-based) occurrence of `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, delta = 0, n = 0): Position {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`not found: ${needle}`);
  }
  return positionAt(text, at + delta);
}
