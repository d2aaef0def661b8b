// Last year's report from disk, for the CLI and the language server alike:
// a report's identity (agency, year, link) read cheaply, and a linked or found
// file read, decoded and parsed into what checkText takes. Every file-system
// error becomes words, never an exception.
import { realpathSync } from 'node:fs';
import nodePath, { PlatformPath, resolve } from 'node:path';
import { parseReport } from '../core/engine';
import { identityOf, ReportIdentity, scanIdentity } from '../core/previous/identity';
import { ParsedPrevious, parsePrevious, PreviousInput } from '../core/previous/previous';
import { describeFsError, isNotFound } from './describeFsError';
import { readReportFileSync } from './readReportFile';

/** The identity from the top-level lines, or from a full parse where they do not decide it. */
export function identityOfText(text: string): ReportIdentity {
  return scanIdentity(text) ?? identityOf(parseReport(text).root);
}

/** A file's identity; undefined where it cannot be read or is too large to be a report. */
export function readIdentity(path: string): ReportIdentity | undefined {
  try {
    const content = readReportFileSync(path);
    return content.kind === 'text' ? identityOfText(content.text) : undefined;
  } catch {
    return undefined;
  }
}

/** A path with symbolic links resolved where it exists, so a link to this very file is known as such. */
export function canonicalPath(path: string): string {
  try {
    return realpathSync(resolve(path));
  } catch {
    return resolve(path);
  }
}

/**
 * A 上年报告 value with the separators of this system: a link written on
 * Windows (`..\2023\报告.xxgk.yaml`) is followed elsewhere too, its
 * backslashes read as separators (a report's file name practically never has
 * one; the link would find nothing otherwise).
 */
export function portableLink(link: string, paths: PlatformPath = nodePath): string {
  return paths.sep === '/' ? link.replace(/\\/g, '/') : link;
}

/** Where a 上年报告 value points: relative to the report's own folder. */
export function linkTarget(reportPath: string, link: string, paths: PlatformPath = nodePath): string {
  return paths.resolve(paths.dirname(reportPath), portableLink(link, paths));
}

/**
 * Reads `path` as last year's report (synchronously: a report is small, and the
 * language server checks a document in one go). `via` 'search': a file that cannot be
 * read is simply not used (none); a link or --previous that cannot be
 * followed is `broken`, with the reason. `parse` turns the text read into
 * the report (a batch keeps the parse for the file's own check).
 */
export function readPrevious(
  path: string,
  selfPath: string,
  shown: { name: string; uri: string },
  via: 'link' | 'option' | 'search',
  parse: (text: string, size: number) => ParsedPrevious = parsePrevious,
): PreviousInput {
  const broken = (message: string): PreviousInput =>
    via === 'search' ? { kind: 'none' } : { kind: 'broken', message, via };
  if (canonicalPath(path) === canonicalPath(selfPath)) return broken(`${shown.name} 就是本报告自身`);
  let content;
  try {
    content = readReportFileSync(path);
  } catch (error) {
    return broken(isNotFound(error) ? `找不到文件 ${shown.name}` : `无法读取 ${shown.name}：${describeFsError(error)}`);
  }
  if (content.kind === 'too-large') return broken(`${shown.name} 超过 10 MB，不是一份年度报告`);
  return { kind: 'found', report: parse(content.text, content.size), ...shown, via };
}
