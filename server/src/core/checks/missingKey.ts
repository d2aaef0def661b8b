// missing-key: a required section, row or column is absent. The finding sits
// on the parent's key (at the top level, or in an empty file, at 0:0).
import { RawFinding } from '../findings';
import { childNamed, nodeAt, placeOf, printedLabel, REPORT } from '../model';
import type { ErrorTarget } from '../validate';
import { defineRule } from './rule';

export const missingKeyRule = defineRule({
  code: 'missing-key',
  severity: 'error',
  description: '缺少必填的部分、行或列',
  suppressible: true,
  // The inserted skeleton holds 0 in every count: figures the author never stated.
  fixAllSafe: false,
});

export function missingKeyFinding(at: ErrorTarget, key: string): RawFinding {
  const parent = at.path.length ? nodeAt(at.path) : REPORT;
  const missing = parent && childNamed(parent, key);
  const label = missing ? printedLabel(missing) : key;
  const start = at.entry?.keyStart ?? 0;
  const end = at.entry?.keyEnd ?? 0;
  const message = at.path.length ? `「${placeOf(at.path)}」缺少「${label}」。` : `报告缺少「${label}」。`;
  return { start, end, code: 'missing-key', message, missingKey: key };
}
