// Markdown, as converters write it from a report's Word file, web page or PDF
// (pandoc, a PDF-to-Markdown tool, an HTML-to-Markdown library): recognised
// by its content, whatever the file is called, and turned into the text the
// importer reads — tables as `| cell | cell |` rows (their `|---|` separator
// rows removed), headings, emphasis, links, escapes and `<br>` taken out.
// Pandoc's other table forms come out the same: a grid table (`+---+`
// borders, a label wrapped over the lines of its row) loses its borders, and
// a table with merged cells, which it writes as HTML, is read as a web page's
// table is (html.ts). The cells of a label broken over rows, and rows whose
// label cell is empty, are read as `|` rows of any other source are
// (rowValues.ts).
import { htmlToText } from './html';

/** A GFM table's separator row: `|---|:--:|`, `--- | ---`, `| - |`. */
const SEPARATOR_RE = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$|^\s*\|\s*:?-+:?\s*\|\s*$/;
/** An ATX heading: `# 标题`, `### （一）…`. */
const HEADING_RE = /^#{1,6}[ \t]+\S/;
const TABLE_ROW_RE = /^\s*\|.*\|\s*$/;
/** A grid table's border: `+-----+----+`, `+=====+====+`, `| +---+` where a cell spans rows. */
const GRID_BORDER_RE = /^\s*[+|][-=:+| ]*[-=]{3,}[-=:+| ]*[+|]\s*$/;
const HTML_TABLE_START_RE = /<table[\s>]/i;
const HTML_TABLE_END_RE = /<\/table\s*>/i;

/**
 * Whether a text is Markdown: a table (a `|` row followed by its separator
 * row), or at least two headings. Plain text of a report has neither.
 */
export function isMarkdown(text: string): boolean {
  const lines = text.split('\n', 20_000);
  let headings = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (HEADING_RE.test(line) && ++headings >= 2) return true;
    if (i > 0 && SEPARATOR_RE.test(line) && line.includes('-') && /\|/.test(lines[i - 1]!)) return true;
    if (GRID_BORDER_RE.test(line) && line.trimStart().startsWith('+') && TABLE_ROW_RE.test(lines[i + 1] ?? ''))
      return true;
  }
  return false;
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  emsp: '\u3000',
};

/** Inline Markdown to its text: images dropped, links to their text, emphasis and escapes taken out. */
function inlineText(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<br\s*\/?>/gi, '')
    .replace(/<\/?(?:b|strong|i|em|u|span|sup|sub|font)(?:\s[^>]*)?>/gi, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?!\*)/g, '$1$2')
    .replace(/&(nbsp|amp|lt|gt|quot|apos|emsp);/g, (_m, name: string) => ENTITIES[name]!)
    .replace(/\\([\\`*_{}[\]()#+\-.!~>])/g, '$1');
}

export interface MarkdownText {
  text: string;
  /** Whether the text had tables (their rows are `|`-separated cells). */
  tables: boolean;
  notes: string[];
}

/** Markdown to the importer's text (see the head of this file). */
export function markdownToText(markdown: string): MarkdownText {
  const out: string[] = [];
  let separators = 0;
  let fenced = false;
  let htmlTable: string[] | undefined;
  for (const raw of markdown.split('\n')) {
    if (htmlTable || HTML_TABLE_START_RE.test(raw)) {
      (htmlTable ??= []).push(raw);
      if (!HTML_TABLE_END_RE.test(raw)) continue;
      const html = htmlTable.join('\n');
      const table = htmlToText(html);
      out.push(...table.text.split('\n'), ...table.outside);
      separators++;
      htmlTable = undefined;
      continue;
    }
    if (/^\s*(?:```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      out.push(raw);
      continue;
    }
    if ((SEPARATOR_RE.test(raw) && raw.includes('-')) || GRID_BORDER_RE.test(raw)) {
      separators++;
      continue;
    }
    if (TABLE_ROW_RE.test(raw)) {
      // An escaped `\|` is a bar inside a cell, not a cell's edge.
      out.push(inlineText(raw.replace(/\\\|/g, '｜')));
      continue;
    }
    // List marks and quote marks before a paragraph ('- 一是…', '> 根据…').
    out.push(inlineText(raw.replace(/^\s{0,3}(?:>\s?)+/, '').replace(/^\s{0,3}[-*+][ \t]+(?=\S)/, '')));
  }
  if (htmlTable) out.push(...htmlTable);
  const notes = ['原文为 Markdown：标题、强调、链接等标记已去掉，表格按“|”分隔的单元格读入。'];
  return { text: out.join('\n'), tables: separators > 0, notes };
}
