// Applying an engine fix (offset edits) to a text, as an editor would.
import type { Fix } from '../../../server/src/core/findings';

export function applyFix(text: string, fix: Fix): string {
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
