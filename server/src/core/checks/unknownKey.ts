// unknown-key: a key the format does not have at that place. The message
// offers the nearest statutory label there, and a fix that puts it in; fix
// all applies that fix only where the key is the label with a slip or its
// numbering, not a different word that happens to be near it.
import { RawFinding } from '../findings';
import { nodeAt, placeOf, REPORT } from '../model';
import { editDistance, stripNumbering, suggestLabel } from '../nearest';
import type { ErrorTarget } from '../validate';
import { defineRule } from './rule';

export const unknownKeyRule = defineRule({
  code: 'unknown-key',
  severity: 'error',
  description: '格式在此处没有这一项（提示最接近的法定名称）',
  suppressible: true,
  // Only the label changes to the statutory one; the figures stay the author's.
  // A rename that is only a guess is marked so and left to a person.
  fixAllSafe: true,
});

export function unknownKeyFinding(at: ErrorTarget, key: string): RawFinding | undefined {
  const map = at.node;
  if (map.kind !== 'map') return undefined;
  const entry = map.byKey.get(key);
  if (!entry) return undefined;
  const parent = at.path.length ? nodeAt(at.path) : REPORT;
  const labels = (parent?.children ?? []).map((c) => c.key);
  const suggestion = suggestLabel(key, labels, (label) => map.byKey.has(label));
  // A slip: at most one character in four differs (行政许诺 → 行政许可), not a different word (行政检查 → 行政强制).
  const stripped = stripNumbering(key).trim();
  const slip = suggestion !== undefined && editDistance(stripped, suggestion) <= Math.max(1, suggestion.length >> 2);
  const where = at.path.length ? `「${placeOf(at.path)}」下` : '报告顶层';
  let message = `${where}没有「${key}」这一项`;
  if (suggestion && stripped === suggestion) {
    message += `：键只写法定名称，不写编号，应为「${suggestion}」（编号由排版自动加上）。`;
  } else if (suggestion) {
    message += `，是否应为「${suggestion}」？`;
  } else {
    message += `。此处的法定项目为：${labels.join('、')}。`;
  }
  return {
    start: entry.keyStart,
    end: entry.keyEnd,
    code: 'unknown-key',
    message,
    // Renaming to a label the mapping already has would only make a duplicate key: a person must merge the two.
    fixes:
      suggestion && !map.byKey.has(suggestion)
        ? [
            {
              title: `改为「${suggestion}」`,
              edits: [{ start: entry.keyStart, end: entry.keyEnd, newText: suggestion }],
              ...(slip ? {} : { guess: true }),
            },
          ]
        : undefined,
  };
}
