// missing-key: a required section, row or column is absent, or 机关 is there
// with no name. The finding sits on the parent's key (at the top level, or in
// an empty file, at 0:0); for a blank 机关, on its key.
import { RawFinding } from '../findings';
import { childNamed, nodeAt, placeOf, printedLabel, REPORT } from '../model';
import type { ErrorTarget } from '../validate';
import type { YNode } from '../yamlTree';
import { defineRule } from './rule';

export const missingKeyRule = defineRule({
  code: 'missing-key',
  severity: 'error',
  description: '缺少必填的部分、行或列，或「机关」为空白',
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

/**
 * 机关 written with no name (`机关:`, `机关: ""`, as `xxgk import` leaves it
 * where the source names no agency): the report is missing its agency as
 * surely as without the key. (A blank 年度 is the `year` check's.)
 */
export function blankAgencyFindings(root: YNode): RawFinding[] {
  const entry = root.kind === 'map' ? root.byKey.get('机关') : undefined;
  if (!entry || entry.value.kind !== 'scalar') return [];
  const value = entry.value.value;
  if (value !== null && !(typeof value === 'string' && !value.trim())) return [];
  return [
    {
      start: entry.keyStart,
      end: entry.keyEnd,
      code: 'missing-key',
      message: '「机关」是空白：请填写发布报告的行政机关全称。',
    },
  ];
}
