// A tiny element tree: the renderer builds it, marks findings on it and then
// serializes it. Text and attribute values are escaped here and only here, so
// no report text can reach the page unescaped.
import { escapeAttribute, escapeHtml } from './escape';

export type Child = El | string;

export interface El {
  tag: string;
  attrs: Map<string, string>;
  classes: string[];
  /** Lines of the title attribute (mouse-over), joined with line ends. */
  titles: string[];
  children: Child[];
}

const VOID = new Set(['meta', 'col', 'br', 'link']);
const NAME_RE = /^[a-z][a-z0-9-]*$/;

export type Attrs = Record<string, string | number | undefined>;

export function h(tag: string, attrs: Attrs = {}, children: Child[] = []): El {
  const el: El = { tag, attrs: new Map(), classes: [], titles: [], children };
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    if (name === 'class') el.classes.push(...String(value).split(/\s+/).filter(Boolean));
    else if (name === 'title') el.titles.push(String(value));
    else el.attrs.set(name, String(value));
  }
  return el;
}

export function addClass(el: El, ...names: string[]): void {
  for (const name of names) if (!el.classes.includes(name)) el.classes.push(name);
}

export function serialize(node: Child): string {
  const out: string[] = [];
  write(node, out);
  return out.join('');
}

function write(node: Child, out: string[]): void {
  if (typeof node === 'string') {
    out.push(escapeHtml(node));
    return;
  }
  // Tag and attribute names come from the renderer, never from a report; check anyway.
  if (!NAME_RE.test(node.tag)) return;
  out.push('<', node.tag);
  if (node.classes.length) out.push(' class="', escapeAttribute(node.classes.join(' ')), '"');
  for (const [name, value] of node.attrs) {
    if (!NAME_RE.test(name)) continue;
    out.push(' ', name, '="', escapeAttribute(value), '"');
  }
  if (node.titles.length) out.push(' title="', escapeAttribute(node.titles.join('\n')), '"');
  out.push('>');
  if (VOID.has(node.tag)) return;
  for (const child of node.children) write(child, out);
  out.push('</', node.tag, '>');
}
