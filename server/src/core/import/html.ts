// HTML as saved from a government website (or made by mammoth from a .docx)
// to the text importText reads: paragraphs one per line, each table row as
// `| cell | cell |` with its own cells in order (a merged cell — colspan or
// rowspan — is printed once, where it starts; the row labels, not column
// positions, tell the importer which cells belong where). Where the page has
// navigation and footers around the report, only the innermost element
// holding the report is read; the rest is returned as `outside`, for the
// unmapped list.
//
// Two linear passes over the page's elements (htmlElements.ts), nothing
// recursing on its nesting: one finds the element holding the report, one
// reads the lines.
import { BLOCK, walk } from './htmlElements';

/** Lines of text: blocks on their own lines, runs of whitespace as one space. */
class Lines {
  readonly lines: string[] = [];
  private line = '';
  add(text: string): void {
    this.line += text.replace(/[ \t\r\n]+/g, ' ');
  }
  flush(): void {
    const t = this.line.replace(/[ \t\r\n]+/g, ' ').trim();
    if (t) this.lines.push(t);
    this.line = '';
  }
}

/** A table being read: its finished rows, the row and the cell open now. */
interface Table {
  rows: string[];
  row?: string[];
  cell?: Lines;
}

/** A cell's text on one line; its paragraphs joined (without a space between CJK characters). */
function cellText(parts: string[]): string {
  const joined = parts.map((p, i) =>
    i > 0 && /[A-Za-z0-9]$/.test(parts[i - 1]!) && /^[A-Za-z0-9]/.test(p) ? ` ${p}` : p,
  );
  return joined.join('').replace(/\|/g, '｜');
}

function endCell(t: Table): void {
  if (!t.cell) return;
  t.cell.flush();
  (t.row ??= []).push(cellText(t.cell.lines));
  t.cell = undefined;
}

function endRow(t: Table): void {
  endCell(t);
  if (t.row) t.rows.push(`| ${t.row.join(' | ')} |`);
  t.row = undefined;
}

/** The page's lines, those inside the element `containerId` apart (-1: the whole page is inside). */
function readLines(html: string, containerId: number): { inside: string[]; rest: string[] } {
  const page = new Lines();
  let inside = containerId < 0 ? page : new Lines();
  const contexts: Array<Lines | Table> = [page];
  /** What each open element started: a context, a row or a cell, to end with it. */
  const started: Array<Lines | Table | string[] | undefined> = [];
  const top = (): Lines | Table => contexts[contexts.length - 1]!;
  const target = (): Lines | undefined => {
    const t = top();
    return t instanceof Lines ? t : t.cell;
  };
  walk(html, {
    start(tag, id) {
      let made: Lines | Table | string[] | undefined;
      const t = top();
      if (id === containerId || tag === 'table') {
        target()?.flush();
        made = id === containerId ? (inside = new Lines()) : { rows: [] };
        contexts.push(made);
      } else if (!(t instanceof Lines) && tag === 'tr') {
        endRow(t);
        made = t.row = [];
      } else if (!(t instanceof Lines) && (tag === 'td' || tag === 'th')) {
        endCell(t);
        made = t.cell = new Lines();
      }
      started.push(made);
      if (BLOCK.has(tag)) target()?.flush();
    },
    end(tag) {
      const made = started.pop();
      const t = top();
      if (made === t) {
        contexts.pop();
        if (t instanceof Lines) t.flush();
        else {
          endRow(t);
          const into = target();
          const outer = top();
          if (into) {
            into.flush();
            into.lines.push(...t.rows);
          } else if (!(outer instanceof Lines)) {
            // A table between the rows of another (as browsers read it): its rows follow the row before it.
            endRow(outer);
            outer.rows.push(...t.rows);
          }
        }
      } else if (!(t instanceof Lines) && made !== undefined && (made === t.cell || made === t.row)) {
        if (made === t.cell) endCell(t);
        else endRow(t);
      }
      if (BLOCK.has(tag)) target()?.flush();
    },
    text(text) {
      const t = top();
      // Text in a table but in no cell (browsers show it before the table) is kept, as a cell of its own.
      if (!(t instanceof Lines) && !t.cell && /\S/.test(text)) t.cell = new Lines();
      target()?.add(text);
    },
  });
  page.flush();
  return { inside: inside.lines, rest: inside === page ? [] : page.lines };
}

/** An element's place in the page's text: [start, end) offsets into the text of the whole page. */
interface Span {
  tag: string;
  start: number;
  end: number;
  parent: number;
}

/** Whether some match (sorted [start, end) pairs that do not overlap) lies wholly inside the span. */
function holds(span: Span, matches: Array<[number, number]>): boolean {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]![0] < span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < matches.length && matches[lo]![1] <= span.end;
}

const HAS_FIRST = /总体情况/g;
const HAS_LAST = /其他需要报告|存在的主要问题/g;

/** The innermost element under the body (or -1, the page) that holds both the first and a late section. */
function findContainer(html: string): number {
  const spans: Span[] = [];
  const open: number[] = [];
  const chunks: string[] = [];
  let length = 0;
  walk(html, {
    start(tag, id) {
      spans[id] = { tag, start: length, end: length, parent: open[open.length - 1] ?? -1 };
      open.push(id);
    },
    end(_tag, id) {
      spans[id]!.end = length;
      open.pop();
    },
    text(text) {
      chunks.push(text);
      length += text.length;
    },
  });
  const text = chunks.join('');
  const ranges = (re: RegExp): Array<[number, number]> =>
    [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
  const first = ranges(HAS_FIRST);
  const last = ranges(HAS_LAST);
  const body = spans.findIndex((s) => s.tag === 'body');
  // Elements come in document order, so one forward scan meets each level's children in order.
  let container = body;
  for (let id = body + 1; id < spans.length; id++) {
    const s = spans[id]!;
    if (s.parent === container && holds(s, first) && holds(s, last)) container = id;
  }
  return container;
}

const TITLE = /^.{0,60}?\d{4}\s*年度?政府信息公开(?:工作)?年度?报告/;

export interface HtmlText {
  text: string;
  /** Text of the page outside the element that holds the report (navigation, footer…). */
  outside: string[];
}

/** The report text of an HTML document. */
export function htmlToText(html: string): HtmlText {
  const { inside, rest } = readLines(html, findContainer(html));
  const lines = [...inside];
  const insideSet = new Set(inside);
  const outside = rest.filter((l) => !insideSet.has(l));
  // The title usually stands outside the article body: bring it in.
  if (!lines.slice(0, 5).some((l) => TITLE.test(l.replace(/\s+/g, '')))) {
    const title = outside.find((l) => TITLE.test(l.replace(/\s+/g, '')) && !/[_|｜-]\s*\S+\s*[_|｜-]/.test(l));
    if (title) {
      lines.unshift(title);
      outside.splice(outside.indexOf(title), 1);
    }
  }
  return { text: lines.join('\n'), outside };
}
