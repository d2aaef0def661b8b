// unused-suppression: a code in a `# xxgk-disable…` comment that suppressed
// nothing, is no check code, or names a check no comment can silence. The
// comments themselves are read in ../suppressions.ts.
import type { RawFinding } from '../findings';
import { defineRule } from './rule';

// Suppressing it would hide a comment that does nothing; delete the comment instead.
export const unusedSuppressionRule = defineRule({
  code: 'unused-suppression',
  severity: 'warning',
  description: '抑制注释没有抑制任何问题，或写了未知的、不能抑制的检查代码',
  suppressible: false,
});

/** Why a listed code suppressed nothing. */
export type UnusedReason = 'unused' | 'unknown' | 'not-suppressible';

/** The finding on the code `code` at [start, end) of a suppression comment. */
export function unusedSuppressionFinding(code: string, start: number, end: number, reason: UnusedReason): RawFinding {
  const messages: Record<UnusedReason, string> = {
    unused: `这条抑制注释没有抑制任何「${code}」问题，可以删除。`,
    unknown: `「${code}」不是已知的检查代码，这条抑制注释不起作用。`,
    'not-suppressible': `「${code}」问题不能用注释抑制，这条抑制注释不起作用。`,
  };
  return { start, end, code: unusedSuppressionRule.code, message: messages[reason] };
}
