// HTML as saved from a government website (or made by mammoth from a .docx)
// to the text importText reads: paragraphs one per line, each table row as
// `| cell | cell |` with its own cells in order (a merged cell — colspan or
// rowspan — is printed once, where it starts; the row labels, not column
// positions, tell the importer which cells belong where). A small tolerant
// tag walker: unclosed <p>/<td>/<tr>, stray end tags and comments are fine.
// Where the page has navigation and footers around the report, only the
// innermost element holding the report is read; the rest is returned as
// `outside`, for the unmapped list.

interface HElement {
  tag: string;
  attrs: string;
  children: HNode[];
  parent?: HElement;
}
type HNode = HElement | string;

const VOID = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'track',
  'wbr',
  'param',
]);
const RAW = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'svg', 'iframe', 'object']);
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'main',
  'aside',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'dl',
  'center',
  'title',
  'br',
  'hr',
  'table',
  'tr',
  'form',
  'figure',
  'figcaption',
  'address',
  'body',
  'html',
]);
/** Opening one of these closes an open element of the same family. */
const CLOSES: Record<string, string[]> = {
  p: ['p'],
  li: ['li'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  option: ['option'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
};

const ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
  emsp: '\u2003',
  ensp: '\u2002',
  thinsp: '\u2009',
  ensp13: ' ',
  yen: '¥',
  copy: '©',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function parseHtml(html: string): HElement {
  const root: HElement = { tag: '#root', attrs: '', children: [] };
  let current = root;
  let i = 0;
  const open = (tag: string, attrs: string): void => {
    for (const closes of CLOSES[tag] ?? []) {
      // An open <p> is closed by a new <p>; a cell by a new cell or row — but not across a table boundary.
      for (let e: HElement | undefined = current; e && e.tag !== 'table' && e !== root; e = e.parent) {
        if (e.tag === closes) {
          current = e.parent!;
          break;
        }
      }
    }
    const el: HElement = { tag, attrs, children: [], parent: current };
    current.children.push(el);
    if (!VOID.has(tag)) current = el;
  };
  const close = (tag: string): void => {
    for (let e: HElement | undefined = current; e && e !== root; e = e.parent) {
      if (e.tag === tag) {
        current = e.parent!;
        return;
      }
      if (e.tag === 'table' && tag !== 'table') return; // a stray end tag inside a table stays there
    }
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      current.children.push(html.slice(i));
      break;
    }
    if (lt > i) current.children.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(html.slice(lt, lt + 4096));
    if (!m) {
      if (/^<[!?]/.test(html.slice(lt, lt + 2))) {
        const end = html.indexOf('>', lt);
        i = end < 0 ? html.length : end + 1;
        continue;
      }
      current.children.push('<');
      i = lt + 1;
      continue;
    }
    const tag = m[2]!.toLowerCase();
    i = lt + m[0].length;
    if (m[1]) {
      close(tag);
      continue;
    }
    if (RAW.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, i);
      i = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length;
      continue;
    }
    open(tag, m[3] ?? '');
    if (m[3]?.trim().endsWith('/')) close(tag);
  }
  return root;
}

/** Text lines of an element: blocks on their own lines, tables as `| a | b |` rows. */
function linesOf(node: HElement): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    const t = line.replace(/[ \t\r\n]+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const walk = (n: HNode): void => {
    if (typeof n === 'string') {
      line += decodeEntities(n.replace(/[ \t\r\n]+/g, ' '));
      return;
    }
    if (n.tag === 'table') {
      flush();
      lines.push(...tableRows(n));
      return;
    }
    const block = BLOCK.has(n.tag);
    if (block) flush();
    n.children.forEach(walk);
    if (block) flush();
  };
  walk(node);
  flush();
  return lines;
}

function tableRows(table: HElement): string[] {
  const rows: string[] = [];
  const visit = (n: HElement): void => {
    for (const c of n.children) {
      if (typeof c === 'string') continue;
      if (c.tag === 'tr') rows.push(rowText(c));
      else if (c.tag !== 'table') visit(c);
    }
  };
  visit(table);
  return rows.filter((r) => r.replace(/[|\s]/g, '').length > 0 || r.includes('|'));
}

function rowText(tr: HElement): string {
  const cells: string[] = [];
  const visit = (n: HElement): void => {
    for (const c of n.children) {
      if (typeof c === 'string') continue;
      if (c.tag === 'td' || c.tag === 'th') cells.push(cellText(c));
      else if (c.tag !== 'tr') visit(c);
    }
  };
  visit(tr);
  return `| ${cells.join(' | ')} |`;
}

/** A cell's text on one line; its paragraphs joined (without a space between CJK characters). */
function cellText(cell: HElement): string {
  const parts = linesOf(cell);
  let text = '';
  for (const p of parts) text = /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(p) ? `${text} ${p}` : text + p;
  return text.replace(/\|/g, '｜').replace(/^[\u00a0\s]+$/, (s) => s);
}

function fullText(n: HNode): string {
  return typeof n === 'string' ? decodeEntities(n) : n.children.map(fullText).join('');
}

const HAS_FIRST = /总体情况/;
const HAS_LAST = /其他需要报告|存在的主要问题/;
const TITLE = /^.{0,60}?\d{4}\s*年度?政府信息公开(?:工作)?年度?报告/;

export interface HtmlText {
  text: string;
  /** Text of the page outside the element that holds the report (navigation, footer…). */
  outside: string[];
}

/** The report text of an HTML document. */
export function htmlToText(html: string): HtmlText {
  const root = parseHtml(html);
  const body = findTag(root, 'body') ?? root;
  // The innermost element that holds both the first and a late section of the report.
  let container = body;
  for (;;) {
    const inner = container.children.find(
      (c): c is HElement => typeof c !== 'string' && HAS_FIRST.test(fullText(c)) && HAS_LAST.test(fullText(c)),
    );
    if (!inner) break;
    container = inner;
  }
  const lines = linesOf(container);
  const outside: string[] = [];
  if (container !== body || body !== root) {
    const all = linesOf(root);
    const inside = new Set(lines);
    for (const l of all) if (!inside.has(l)) outside.push(l);
  }
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

function findTag(node: HElement, tag: string): HElement | undefined {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (c.tag === tag) return c;
    const found = findTag(c, tag);
    if (found) return found;
  }
  return undefined;
}
