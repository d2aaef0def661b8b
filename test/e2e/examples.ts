// The workspace: the project's examples copied into a temp folder, their
// text, and finding a line in it.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './e2eEnv';
import { makeTempDir } from './exitCleanup';

export const XICHENG = '2023-西城区民政局.xxgk.yaml';
export const WITH_ERRORS = '带错误的示例.xxgk.yaml';

/**
 * A temp workspace folder with copies of the examples (`examples/<name>`)
 * and any extra files given as name → text.
 */
export function exampleWorkspace(
  examples: string[],
  extra: Record<string, string> = {},
): { tmp: string; folder: string } {
  const tmp = makeTempDir('xxgk-e2e-ws-');
  const folder = path.join(tmp, 'ws');
  mkdirSync(folder);
  for (const name of examples) copyFileSync(path.join(PROJECT_ROOT, 'examples', name), path.join(folder, name));
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(folder, name), text);
  return { tmp, folder };
}

export function exampleText(name: string): string {
  return readFileSync(path.join(PROJECT_ROOT, 'examples', name), 'utf8');
}

/** 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line contains ${needle}`);
  return i + 1;
}
