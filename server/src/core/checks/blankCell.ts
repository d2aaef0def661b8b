// blank-cell: a blank where a table needs a number (never read as 0). One
// finding per cell, on the cell's key; the fix writes 0.
import { RawFinding } from '../findings';
import { cellName } from '../model';
import { isBlank } from '../values';
import { YEntry, YMap, YNode } from '../yamlTree';
import { defineRule } from './rule';

export const blankCellRule = defineRule({
  code: 'blank-cell',
  severity: 'warning',
  description: '统计表中应填数字的单元格空着（空白不当作 0）',
  suppressible: true,
  // Writing 0 states that nothing happened, which the author never said: offered one by one.
  fixAllSafe: false,
});

/** The text that fills a blank with 0: after `科研机构:` a space and 0; a flow key with no colon (`{科研机构, …}`) also needs its colon. */
function fillText(entry: YEntry): string {
  if (entry.value.start === entry.keyEnd) return ': 0';
  return entry.value.start === entry.value.end ? ' 0' : '0';
}

export function blankCellFindings(root: YNode): RawFinding[] {
  const findings: RawFinding[] = [];
  // Table keys are at most five levels deep; an explicit stack keeps this flat.
  const stack: { map: YMap; path: string[] }[] = root.kind === 'map' ? [{ map: root, path: [] }] : [];
  while (stack.length) {
    const { map, path } = stack.pop()!;
    for (const entry of map.entries) {
      const format = entry.format;
      if (!format || map.byKey.get(entry.key) !== entry) continue;
      const entryPath = [...path, entry.key];
      if (entry.value.kind === 'map') stack.push({ map: entry.value, path: entryPath });
      else if ((format.kind === 'count' || format.kind === 'amount') && isBlank(entry.value)) {
        findings.push({
          start: entry.keyStart,
          end: entry.keyEnd,
          code: 'blank-cell',
          message: `「${cellName(entryPath)}」是空白单元格。统计表不应留空：没有发生请填 0。`,
          fixes: [
            { title: '填入 0', edits: [{ start: entry.value.start, end: entry.value.end, newText: fillText(entry) }] },
          ],
        });
      }
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
