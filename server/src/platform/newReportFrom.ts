// xxgk/newReportFrom: next year's report from last year's file on disk, as
// `xxgk new --from` makes it; a file that cannot be read or used gives words.
import { basename } from 'node:path';
import { nextYearReport, NextYearResult } from '../core/nextYear';
import { parsePrevious } from '../core/previous/previous';
import { describeFsError, isNotFound } from './describeFsError';
import { readReportFileSync } from './readReportFile';

/** Next year's report, or why not; `unreadable`: the file could not be read at all (rather than read and found unfit). */
export type NewReportFromResult = NextYearResult | { error: string; unreadable: true };

/** `name`: how messages call the file (default: its base name). */
export function newReportFrom(path: string, name = basename(path)): NewReportFromResult {
  let content;
  try {
    content = readReportFileSync(path);
  } catch (error) {
    const message = isNotFound(error) ? `找不到文件 ${name}。` : `无法读取 ${name}：${describeFsError(error)}`;
    return { error: message, unreadable: true };
  }
  if (content.kind === 'too-large') return { error: `${name} 超过 10 MB，不是一份年度报告，无法据此新建报告。` };
  return nextYearReport(parsePrevious(content.text, content.size), name);
}
