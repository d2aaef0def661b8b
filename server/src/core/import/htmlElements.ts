// The elements and text of an HTML page, as the importer reads them (see
// html.ts): htmlparser2's Tokenizer reads the tags, comments, raw text
// (script, style) and character references (the whole HTML entity table). Its
// Parser is not used: it keeps the open elements with Array#unshift, so its
// time grows with the square of the nesting (13 s for 200 000 nested <div>s).
// The few tree rules a report needs (tag soup: unclosed <p>/<td>/<tr>, stray
// end tags) are kept here, on a stack capped at MAX_DEPTH as browsers cap
// theirs: linear in the page, no recursion.
import { Tokenizer } from 'htmlparser2';

const VOID = new Set('br hr img input meta link area base col embed source track wbr param'.split(' '));
/** Elements whose content is never report text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'svg', 'iframe', 'object']);
/** Elements that start and end a line. */
export const BLOCK = new Set(
  (
    'p div h1 h2 h3 h4 h5 h6 li ul ol section article header footer nav main aside blockquote pre dd dt dl ' +
    'center title br hr table tr form figure figcaption address body html'
  ).split(' '),
);
/** Opening one of these closes an open element of the same family (not across a table boundary). */
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
/** Tags deeper than this are dropped, their text kept (browsers cap their trees too: Chromium at 512). */
const MAX_DEPTH = 512;

/** What a pass over the page is told: elements (numbered in document order) and their text. */
export interface ElementSink {
  start(tag: string, id: number): void;
  end(tag: string, id: number): void;
  text(text: string): void;
}

/** Tokenizes the page and feeds well-nested element events to the sink, skipping script-like content. */
export function walk(html: string, sink: ElementSink): void {
  const stack: Array<{ tag: string; id: number }> = [];
  let nextId = 0;
  let tag = '';
  let skipping: { tag: string; depth: number } | undefined;
  const popTo = (index: number): void => {
    while (stack.length > index) {
      const e = stack.pop()!;
      sink.end(e.tag, e.id);
    }
  };
  /** Index of the open `name` nearest the top, not looking past a table unless `name` is one. */
  const openIndex = (name: string): number => {
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i]!.tag === name) return i;
      if (stack[i]!.tag === 'table') return -1;
    }
    return -1;
  };
  const open = (selfClosing: boolean): void => {
    if (skipping) {
      if (tag === skipping.tag && !selfClosing) skipping.depth++;
      return;
    }
    if (SKIPPED.has(tag)) {
      if (!selfClosing) skipping = { tag, depth: 1 };
      return;
    }
    for (const closes of CLOSES[tag] ?? []) {
      const at = openIndex(closes);
      if (at >= 0) popTo(at);
    }
    // Too deep: the tag is dropped (its text goes to the deepest element), a block one read as a line break.
    if (stack.length >= MAX_DEPTH && !BLOCK.has(tag)) return;
    if (stack.length >= MAX_DEPTH) tag = 'br';
    const id = nextId++;
    sink.start(tag, id);
    if (selfClosing || VOID.has(tag)) sink.end(tag, id);
    else stack.push({ tag, id });
  };
  const close = (name: string): void => {
    if (skipping) {
      if (name === skipping.tag && --skipping.depth === 0) skipping = undefined;
      return;
    }
    const at = openIndex(name);
    if (at >= 0) popTo(at); // a stray end tag is dropped; inside a table it stays there
  };
  const noop = (): void => {};
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname: (start, end) => void (tag = html.slice(start, end).toLowerCase()),
      onopentagend: () => open(false),
      onselfclosingtag: () => open(true),
      onclosetag: (start, end) => close(html.slice(start, end).toLowerCase()),
      ontext: (start, end) => {
        if (!skipping) sink.text(html.slice(start, end));
      },
      ontextentity: (codepoint) => {
        if (!skipping) sink.text(String.fromCodePoint(codepoint));
      },
      onattribname: noop,
      onattribdata: noop,
      onattribentity: noop,
      onattribend: noop,
      oncdata: noop,
      oncomment: noop,
      ondeclaration: noop,
      onprocessinginstruction: noop,
      onend: noop,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  popTo(0);
}
