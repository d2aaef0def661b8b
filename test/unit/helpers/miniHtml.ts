// A tiny HTML reader for the renderer's tests: enough to walk the tags the
// renderer writes (no DOM library is installed). Text of <style> and <script>
// is raw; void elements close themselves; entities are decoded.

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent?: HtmlElement;
}

export type HtmlNode = HtmlElement | string;

const VOID = new Set(['meta', 'col', 'br', 'link', 'img', 'input', 'hr']);
const RAW = new Set(['style', 'script']);

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[lower]!;
  });
}

const ATTR_RE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  let current = root;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      current.children.push(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) current.children.push(decodeEntities(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<!', lt)) {
      i = html.indexOf('>', lt) + 1;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt < 0) throw new Error(`unclosed tag at ${lt}`);
    const inside = html.slice(lt + 1, gt);
    i = gt + 1;
    if (inside.startsWith('/')) {
      const tag = inside.slice(1).trim().toLowerCase();
      // Close up to the matching open element.
      let el: HtmlElement | undefined = current;
      while (el && el.tag !== tag) el = el.parent;
      if (!el || !el.parent) throw new Error(`stray </${tag}> at ${lt}`);
      current = el.parent;
      continue;
    }
    const tag = /^[^\s/>]+/.exec(inside)![0].toLowerCase();
    const attrs: Record<string, string> = {};
    const attrText = inside.slice(tag.length).replace(/\/$/, '');
    for (const m of attrText.matchAll(ATTR_RE)) attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
    const el: HtmlElement = { tag, attrs, children: [], parent: current };
    current.children.push(el);
    if (VOID.has(tag)) continue;
    if (RAW.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, i);
      const stop = end < 0 ? html.length : end;
      el.children.push(html.slice(i, stop));
      i = end < 0 ? html.length : html.indexOf('>', end) + 1;
      continue;
    }
    current = el;
  }
  return root;
}

export function elements(node: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  const stack: HtmlElement[] = [node];
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    for (let k = el.children.length - 1; k >= 0; k--) {
      const child = el.children[k]!;
      if (typeof child !== 'string') stack.push(child);
    }
  }
  return out;
}

export function textOf(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  return node.children.map(textOf).join('');
}

export function classesOf(el: HtmlElement): string[] {
  return (el.attrs['class'] ?? '').split(/\s+/).filter(Boolean);
}

export function hasClass(el: HtmlElement, name: string): boolean {
  return classesOf(el).includes(name);
}

/** Elements by data-path; throws on a duplicate (paths must be unique). */
export function byPath(root: HtmlElement): Map<string, HtmlElement> {
  const map = new Map<string, HtmlElement>();
  for (const el of elements(root)) {
    const path = el.attrs['data-path'];
    if (path === undefined) continue;
    if (map.has(path)) throw new Error(`duplicate data-path ${path}`);
    map.set(path, el);
  }
  return map;
}

export function childElements(el: HtmlElement, tag?: string): HtmlElement[] {
  return el.children.filter((c): c is HtmlElement => typeof c !== 'string' && (tag === undefined || c.tag === tag));
}

/**
 * The grid width of each row of a table section, following rowspan and
 * colspan as a browser lays them out: every row of a well-formed table has
 * the same width.
 */
export function rowWidths(section: HtmlElement): number[] {
  const rows = childElements(section, 'tr');
  const carried: number[] = []; // per row index: cells taken by rowspans from above
  const widths: number[] = [];
  rows.forEach((tr, r) => {
    let width = carried[r] ?? 0;
    for (const cell of childElements(tr).filter((c) => c.tag === 'td' || c.tag === 'th')) {
      const colspan = Number(cell.attrs['colspan'] ?? 1);
      const rowspan = Number(cell.attrs['rowspan'] ?? 1);
      width += colspan;
      for (let k = 1; k < rowspan; k++) carried[r + k] = (carried[r + k] ?? 0) + colspan;
    }
    widths.push(width);
  });
  return widths;
}
