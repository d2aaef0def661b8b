// Finds the report files in a folder tree. Only names tell a report apart
// (`*.xxgk.yaml`, `*.xxgk.yml`); the contents are never opened here.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Folders that never hold a user's reports and can be huge. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export function isReportFileName(name: string): boolean {
  return name.endsWith('.xxgk.yaml') || name.endsWith('.xxgk.yml');
}

export interface FoundReportFiles {
  /** Paths joined onto the folder as given, so relative stays relative. */
  files: string[];
  /** Subfolders that could not be listed; the search goes on without them. */
  errors: { path: string; error: unknown }[];
}

/**
 * Searches `folder` recursively. Entries are visited in code-unit order of
 * their names at every level, so output is the same on every machine and
 * locale (a folder's files come where its name sorts, like `ls -R`).
 *
 * Symbolic links to files are followed; symbolic links to folders are not,
 * which rules out cycles without keeping track of visited folders. Listing
 * the top folder itself must succeed: its error is thrown to the caller.
 */
export async function findReportFiles(folder: string): Promise<FoundReportFiles> {
  const result: FoundReportFiles = { files: [], errors: [] };
  await walk(folder, result, true);
  return result;
}

async function walk(folder: string, result: FoundReportFiles, isTop: boolean): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if (isTop) throw error;
    result.errors.push({ path: folder, error });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) await walk(path, result, false);
    } else if (isReportFileName(entry.name)) {
      if (entry.isFile() || (entry.isSymbolicLink() && (await isFileBehindLink(path)))) {
        result.files.push(path);
      }
    }
  }
}

async function isFileBehindLink(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    // A dangling link is not a report file; nothing to say about it.
    return false;
  }
}
