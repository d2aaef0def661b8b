// Markdown versions of real reports, as converters write them: the report's
// rendered HTML through node-html-markdown (a well-kept HTML-to-Markdown
// library, GFM tables), and the shapes PDF-to-Markdown tools give a table
// whose label column is narrow — the label broken over rows with the numbers
// on its first or middle row, or the label on a row of its own and the
// numbers on an unlabeled row after it.
import { readFileSync } from 'node:fs';
import { NodeHtmlMarkdown } from 'node-html-markdown';
import { importText } from '../../../server/src/core/import';
import { ExpectedCells } from '../../../server/src/core/import/score';
import { renderHtml } from '../../../server/src/core/render';

/** A report's YAML as Markdown (render → HTML → node-html-markdown). */
export function reportMarkdown(yaml: string): string {
  return NodeHtmlMarkdown.translate(renderHtml(yaml, { standalone: true }));
}

const HUAIAN = 'test/fixtures/published/2024_huaian-shi-zhengfu.txt';

/** 淮安市人民政府's 2024 report (real figures, no two rows alike) as Markdown, and its expected cells. */
export function huaianMarkdown(): { markdown: string; expected: ExpectedCells } {
  const expected = JSON.parse(
    readFileSync('test/fixtures/corpus-expected/2024_huaian-shi-zhengfu.json', 'utf8'),
  ) as ExpectedCells;
  return { markdown: reportMarkdown(importText(readFileSync(HUAIAN, 'utf8')).yaml), expected };
}

/** A table row of data: its first cell (the label, in Chinese) and the rest of the row, which holds a number. */
const DATA_ROW = /^\|([^|]*[\u3400-\u9fff][^|]*)\|(.*\d.*)$/;

function cellsOf(rest: string): number {
  return rest.split('|').length - 1;
}

function emptyRow(cells: number): string {
  return `|${'  |'.repeat(cells + 1)}`;
}

/** Each data row's label cut into pieces of `width` characters, as a narrow column wraps it. */
function pieces(label: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < label.length; i += width) out.push(label.slice(i, i + width));
  return out;
}

/**
 * Labels longer than `width` wrap over rows; the numbers stand on the first
 * wrapped row ('first') or the middle one ('middle'), the other rows empty.
 */
export function wrapLabels(markdown: string, width: number, numbersOn: 'first' | 'middle'): string {
  return markdown
    .split('\n')
    .flatMap((line) => {
      const m = DATA_ROW.exec(line);
      const label = m?.[1]!.trim() ?? '';
      if (!m || label.length <= width) return [line];
      const parts = pieces(label, width);
      const at = numbersOn === 'first' ? 0 : Math.floor((parts.length - 1) / 2);
      const blank = '  |'.repeat(cellsOf(m[2]!));
      return parts.map((p, i) => `| ${p} |${i === at ? m[2] : blank}`);
    })
    .join('\n');
}

/** Every data row's label on a row of its own (the other cells empty), its numbers on the next row, unlabeled. */
export function unlabeledRows(markdown: string): string {
  return markdown
    .split('\n')
    .flatMap((line) => {
      const m = DATA_ROW.exec(line);
      if (!m) return [line];
      return [`| ${m[1]!.trim()} |${emptyRow(cellsOf(m[2]!) - 1).slice(1)}`, `|  |${m[2]}`];
    })
    .join('\n');
}
