// too-large: a file over 10 MB is refused unchecked: no report is that large,
// and parsing one would only stall the editor. Made by the engine (from the
// text's size) and by the CLI (from the file's size, before reading it).
import type { Finding } from '../findings';
import { defineRule } from './rule';

/** Files over this many bytes are refused unchecked (docs/report-format.md). */
export const MAX_BYTES = 10 * 1024 * 1024;

// Nothing of such a file is read, so no comment in it can be either.
export const tooLargeRule = defineRule({
  code: 'too-large',
  severity: 'error',
  description: '文件超过 10 MB，或超出嵌套层数、值或键的个数的界限，不做其他检查',
  suppressible: false,
});

/** The one `too-large` finding: nothing else is checked in such a file. */
export function tooLargeFinding(bytes: number): Finding {
  const zero = { line: 0, character: 0 };
  const message = `文件超过 10 MB（${bytes} 字节），未做检查。一份年度报告不会这么大：请检查是否误存了其他内容。`;
  return { range: { start: zero, end: zero }, severity: tooLargeRule.severity, code: tooLargeRule.code, message };
}
