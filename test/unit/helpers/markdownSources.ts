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

/** 淮安市人民政府's 2024 report (real figures, no two rows alike) as Markdown, its YAML and its expected cells. */
export function huaianMarkdown(): { markdown: string; yaml: string; expected: ExpectedCells } {
  const expected = JSON.parse(
    readFileSync('test/fixtures/corpus-expected/2024_huaian-shi-zhengfu.json', 'utf8'),
  ) as ExpectedCells;
  const yaml = importText(readFileSync(HUAIAN, 'utf8')).yaml;
  return { markdown: reportMarkdown(yaml), yaml, expected };
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

/** The blocks of consecutive `|` lines (the tables) of a Markdown text, as [first line, line after] pairs. */
function tableBlocks(lines: string[]): [number, number][] {
  const blocks: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|')) continue;
    let j = i;
    while (j < lines.length && lines[j]!.startsWith('|')) j++;
    blocks.push([i, j]);
    i = j;
  }
  return blocks;
}

/**
 * Pandoc's grid tables: `+---+` borders around every row, `+===+` under the
 * header, each label wrapped over the lines of its row at `width` characters,
 * the numbers on the row's first line.
 */
export function gridTables(markdown: string, width: number): string {
  const border = (line: string, c: string): string => line.replace(/[^|]/g, c).replace(/\|/g, '+');
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) out.push(line);
    else if (/^\|[\s:|-]+\|$/.test(line) && line.includes('---')) out[out.length - 1] = border(line, '=');
    else {
      if (!out.at(-1)?.startsWith('+')) out.push(border(line, '-'));
      out.push(...wrapLabels(line, width, 'first').split('\n'), border(line, '-'));
    }
  }
  return out.join('\n');
}

/** Each table as the HTML table the report renders to, as pandoc writes a table with merged cells into Markdown. */
export function htmlTables(markdown: string, yaml: string): string {
  const tables = renderHtml(yaml, { standalone: true }).match(/<table[\s\S]*?<\/table>/g) ?? [];
  const lines = markdown.split('\n');
  const blocks = tableBlocks(lines);
  if (blocks.length !== tables.length)
    throw new Error(`${blocks.length} Markdown tables, ${tables.length} HTML tables`);
  for (const [k, [from, to]] of [...blocks.entries()].reverse()) lines.splice(from, to - from, tables[k]!);
  return lines.join('\n');
}

/**
 * Table 三's labels in two cells (group, row) with the row's label wrapped
 * around its line, the group label and the numbers on the middle line, as in
 * published PDFs: '| | 1.本机关不掌握相关 |', '| （四）无法提供 | | 746 | … |', '| | 政府信息 |'.
 */
export function wrapAroundGroups(markdown: string): string {
  return markdown
    .split('\n')
    .flatMap((line) => {
      const m = /^\|([^|]*[\u3400-\u9fff][^|]*)\|([^|]*[\u3400-\u9fff][^|]*)\|(.*\d.*)$/.exec(line);
      if (!m) return [line];
      const label = m[2]!.trim();
      const cut = Math.ceil(label.length * 0.7);
      const blank = '  |'.repeat(cellsOf(m[3]!));
      return [
        `|  | ${label.slice(0, cut)} |${blank}`,
        `| ${m[1]!.trim()} |  |${m[3]}`,
        `|  | ${label.slice(cut)} |${blank}`,
      ];
    })
    .join('\n');
}
