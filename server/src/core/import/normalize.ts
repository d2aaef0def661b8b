// Text cleanup before anything is looked for: line ends, Word and web
// artifacts, page numbers of a PDF, and a guess at how the text was made
// (one cell per line, `|`-separated cells, pdftotext -layout columns, or a web
// page flattened into one long line), which decides how paragraphs and table
// cells are read.

import { BOOKMARK_RE } from '../values';
import { isMarkdown, markdownToText } from './markdown';

export type TextMode = 'lines' | 'pipe' | 'layout' | 'glued';

export interface NormalizedText {
  text: string;
  mode: TextMode;
  /** What cleanup removed or changed, for the notes. */
  notes: string[];
}

/** A page number on its own line, as pdftotext prints the footer: '-3-', '— 3 —', '第 3 页', '3 / 6'. */
export const PAGE_NUMBER_RE =
  /^[ \t\u3000]*(?:[-—－–]\s*\d{1,3}\s*[-—－–]|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})[ \t\u3000]*$/;

export function normalizeText(input: string, modeHint?: TextMode): NormalizedText {
  const notes: string[] = [];
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  text = text.replace(/\r\n?/g, '\n');
  const formFeeds = (text.match(/\f/g) ?? []).length;
  text = text.replace(/\f/g, '\n');
  const bookmarks = (text.match(BOOKMARK_RE) ?? []).length;
  if (bookmarks) {
    text = text.replace(BOOKMARK_RE, '');
    notes.push(`去掉了 Word 书签标记 [bookmark: …] ${bookmarks} 处。`);
  }
  text = text.replace(/[\u2028\u2029\u000b]/g, '\n').replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, '');
  // Control characters (Word leaves some) are not allowed in YAML text.
  const controls = (text.match(/[\u0000-\u0008\u000e-\u001f\u007f\ufffe\uffff]/g) ?? []).length;
  if (controls) {
    text = text.replace(/[\u0000-\u0008\u000e-\u001f\u007f\ufffe\uffff]/g, '');
    notes.push(`去掉了控制字符 ${controls} 个。`);
  }
  // Markdown is known by its content (a .txt or a file with no extension can hold it).
  let markdownTables = false;
  if (!modeHint && isMarkdown(text)) {
    const markdown = markdownToText(text);
    text = markdown.text;
    markdownTables = markdown.tables;
    notes.push(...markdown.notes);
  }
  const mode = modeHint ?? (markdownTables ? 'pipe' : detectMode(text, formFeeds));
  if (mode === 'layout') {
    let pages = 0;
    text = text
      .split('\n')
      .map((line) => {
        if (PAGE_NUMBER_RE.test(line)) {
          pages++;
          return '';
        }
        return line;
      })
      .join('\n');
    if (pages) notes.push(`去掉了 PDF 页码行 ${pages} 处。`);
  }
  return { text, mode, notes };
}

/** Guesses how the text was produced (see TextMode). */
function detectMode(text: string, formFeeds = 0): TextMode {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  if (lines.length === 0) return 'lines';
  const pipeLines = lines.filter((l) => l.includes('|')).length;
  if (pipeLines >= 8 && pipeLines >= lines.length * 0.15) return 'pipe';
  // A web page flattened into text: the statistical tables stand in one line.
  const longest = lines.reduce((most, l) => Math.max(most, l.length), 0);
  if (
    longest > 1500 &&
    /本年新收.{0,40}上年结转/.test(text.replace(/\s+/g, '')) &&
    lines.some((l) => l.length > 1500 && /规章|行政许可/.test(l) && /结转下年度/.test(l))
  ) {
    return 'glued';
  }
  // pdftotext -layout: table columns as runs of spaces between numbers.
  const spaced = lines.filter((l) => /\S {3,}\d/.test(l) || /\d {3,}\d/.test(l)).length;
  if (formFeeds > 0 || spaced >= 8) return 'layout';
  return 'lines';
}

/** pdftotext puts spaces between CJK text and digits or Latin letters ('2024 年'); take them out. */
export function collapseCjkSpacing(line: string): string {
  return line
    .replace(/([\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”])[ \t]+(?=[A-Za-z0-9%])/g, '$1')
    .replace(/([A-Za-z0-9%])[ \t]+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”])/g, '$1');
}

/** Full-width digits and signs to ASCII (for table cells): '１２' → '12'. */
export function asciiDigits(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/\uFF0E/g, '.');
}

/** Trims a paragraph: ASCII and full-width spaces, NBSP, markdown heading marks and bold stars. */
export function cleanParagraph(line: string, mode: TextMode): string {
  let s = line.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
  s = s.replace(/^#{1,6}\s+/, '').replace(/\*\*(.+?)\*\*/g, '$1');
  if (mode === 'layout') s = collapseCjkSpacing(s);
  return s.replace(/^[\s\u00a0\u3000]+/, '');
}

/** Text that is only spacing (ASCII, NBSP, full-width). */
export function isBlankText(text: string): boolean {
  return /^[\s\u00a0\u3000]*$/.test(text);
}
