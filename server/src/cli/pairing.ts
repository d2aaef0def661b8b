// Which report is last year's, for each file `xxgk lint` checks. Found by
// content among the *.xxgk.yaml / *.xxgk.yml files of the file's own folder and
// every file given or found on the command line; the 上年报告 key, or
// --previous for a single file, names it instead. Planned once in the main
// process (a light read of each candidate's top lines); the check, in-process
// or in a worker, reads the chosen file.
import { readdir } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { ReportIdentity } from '../core/previous/identity';
import { previousCandidates } from '../core/previous/choose';
import type { PreviousInput } from '../core/previous/previous';
import { isReportFileName, portableLink, readIdentity, readPrevious } from '../platform';
import { parsePreviousOf } from './sharedParses';

export type PreviousPlan =
  | { kind: 'path'; path: string; name: string; via: 'link' | 'option' | 'search' }
  | { kind: 'ambiguous'; names: string[] }
  | { kind: 'none' };

interface Known {
  id: string;
  path: string;
  identity: ReportIdentity;
}

/** How a file names another in messages: relative to its own folder. */
function nameFrom(file: string, other: string): string {
  return relative(dirname(file), other) || basename(other);
}

function keyOf(identity: ReportIdentity): string {
  return `${identity.agency ?? ''}\u0000${identity.year ?? ''}`;
}

function indexed(index: Map<string, Known[]>, known: Known): void {
  const key = keyOf(known.identity);
  const list = index.get(key);
  if (list) list.push(known);
  else index.set(key, [known]);
}

async function siblingsOf(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((e) => !e.isDirectory() && isReportFileName(e.name))
      .map((e) => e.name)
      .sort()
      .map((name) => join(folder, name));
  } catch {
    return [];
  }
}

/** One plan per file, in the order of `files`. `option` is --previous (only with one file). */
export async function planPrevious(files: string[], option?: string): Promise<PreviousPlan[]> {
  const known = new Map<string, Known | null>();
  const know = async (path: string): Promise<Known | undefined> => {
    // resolve, not realpath: thousands of files; a link to this very file is caught where it is read (readPrevious).
    const id = resolve(path);
    if (!known.has(id)) {
      const identity = readIdentity(path);
      known.set(id, identity ? { id, path, identity } : null);
    }
    return known.get(id) ?? undefined;
  };
  const given = new Map<string, Known[]>();
  for (const file of files) {
    const k = await know(file);
    if (k) indexed(given, k);
  }
  const folders = new Map<string, Map<string, Known[]>>();
  const plans: PreviousPlan[] = [];
  for (const file of files) {
    if (option !== undefined) {
      plans.push({ kind: 'path', path: option, name: nameFrom(file, option), via: 'option' });
      continue;
    }
    const self = await know(file);
    if (!self) {
      plans.push({ kind: 'none' });
      continue;
    }
    if (self.identity.link !== undefined) {
      const path = join(dirname(file), portableLink(self.identity.link));
      plans.push({ kind: 'path', path, name: self.identity.link, via: 'link' });
      continue;
    }
    const folder = dirname(file);
    if (!folders.has(folder)) {
      const siblings = new Map<string, Known[]>();
      for (const path of await siblingsOf(folder)) {
        const k = await know(path);
        if (k) indexed(siblings, k);
      }
      folders.set(folder, siblings);
    }
    // Only those of the same agency and the year before can be last year's: looked up, not searched.
    const wanted = keyOf({ agency: self.identity.agency, year: (self.identity.year ?? 0) - 1 });
    const pool = [...(folders.get(folder)!.get(wanted) ?? []), ...(given.get(wanted) ?? [])];
    const found = previousCandidates(self, pool);
    if (found.length === 1)
      plans.push({ kind: 'path', path: found[0]!.path, name: nameFrom(file, found[0]!.path), via: 'search' });
    else if (found.length > 1) plans.push({ kind: 'ambiguous', names: found.map((k) => nameFrom(file, k.path)) });
    else plans.push({ kind: 'none' });
  }
  return plans;
}

/**
 * The plan carried out: last year's report read and parsed, for checkText.
 * `inBatch`: that report is checked in this batch too (sharedParses.ts).
 */
export function previousInput(file: string, plan: PreviousPlan, inBatch = false): PreviousInput {
  if (plan.kind !== 'path') return plan.kind === 'ambiguous' ? plan : { kind: 'none' };
  const shown = { name: plan.name, uri: plan.path };
  return readPrevious(plan.path, file, shown, plan.via, inBatch ? parsePreviousOf(plan.path) : undefined);
}

/**
 * For each file, whether it is another's last year's report, and whether its
 * own last year's report is one of the files: the parses worth keeping.
 */
export function pairsInBatch(files: string[], plans: PreviousPlan[]): { isPrevious: boolean; hasPrevious: boolean }[] {
  const given = new Set(files.map((f) => resolve(f)));
  const previous = new Set<string>();
  for (const plan of plans) if (plan.kind === 'path' && given.has(resolve(plan.path))) previous.add(resolve(plan.path));
  return files.map((file, i) => {
    const plan = plans[i]!;
    return {
      isPrevious: previous.has(resolve(file)),
      hasPrevious: plan.kind === 'path' && given.has(resolve(plan.path)),
    };
  });
}
