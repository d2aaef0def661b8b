// Format Document, as a pure text → text function (the language server and
// the CLI share it). The output: two-space indents, keys in official order
// (unknown keys after the known ones of their level), each table row one flow
// mapping in column order, prose as `|` block scalars, comments kept with
// their keys. Values are copied as written, so a wrong cell (`１２`, `12件`) or
// a blank one stays as it is: formatting never changes what the checks see.
// Whatever it cannot rewrite safely (syntax errors, anchors, tags, several
// documents) it leaves alone, and it re-parses its own output: if the data or
// the comments differ, the input is kept.
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, Node, Pair, parseDocument, Scalar, visit, YAMLMap } from 'yaml';
import { boundsFinding } from './bounds';
import { MAX_BYTES } from './engine';
import { attachComments, CommentPlan, KeyAnchor, parseWithComments, SourceComment } from './formatComments';
import { childNamed, FormatNode, REPORT } from './model';
import { lineStartAt } from './lineIndex';

class Unformattable extends Error {}

/** What follows `key:` on the key's line, the lines after it, and comments that move above it. */
interface ValueOut {
  first: string;
  rest: string[];
  hoisted: string[];
  /** A trailing comment goes at the end of the last line, not of the key line. */
  commentAtEnd?: boolean;
}

/** Plain scalars with these characters cannot move into a flow mapping. */
const FLOW_INDICATORS = /[,[\]{}]/;

/**
 * The formatted text, or undefined where the text cannot be formatted safely
 * (syntax errors, several documents, anchors, aliases, tags). A leading BOM is kept.
 */
export function formatText(input: string): string | undefined {
  const bom = input.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const text = input.slice(bom.length);
  // Past the engine's bounds the parser would recurse or allocate without bound: leave the text alone.
  if (text.length > MAX_BYTES || boundsFinding(text)) return undefined;
  try {
    const out = new Formatter(text).run();
    return out === undefined ? undefined : bom + out;
  } catch (error) {
    // Unformattable by design, or a stack overflow on a hostile file: leave the text alone.
    if (error instanceof Unformattable || error instanceof RangeError) return undefined;
    throw error;
  }
}

function rangeOf(node: Node): [number, number] {
  if (!node.range) throw new Unformattable();
  return [node.range[0], node.range[1]];
}

/** Lines of a slice moved right (or left) by `delta` columns, relative indentation kept. */
function shift(lines: string[], delta: number): string[] {
  return lines.map((line) => {
    if (delta >= 0) return line.length ? ' '.repeat(delta) + line : line;
    const spaces = /^ */.exec(line)![0].length;
    return line.slice(Math.min(spaces, -delta));
  });
}

function splitLines(slice: string): string[] {
  const lines = slice.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A literal block scalar (header and content lines) that reads back as exactly `value`. */
export function literalBlock(value: string, indent: number): { header: string; lines: string[] } | undefined {
  if (value === '') return { header: '|', lines: [] };
  // Characters a block scalar cannot hold as written.
  if (/[\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u0085\u2028\u2029\ufeff]/.test(value)) return undefined;
  const newlines = /\n*$/.exec(value)![0].length;
  const chomp = newlines === 0 ? '-' : newlines === 1 ? '' : '+';
  const lines = (newlines ? value.slice(0, -newlines) : value).split('\n');
  for (let i = 1; i < newlines; i++) lines.push('');
  const firstText = lines.findIndex((l) => /\S/.test(l));
  const indicator = firstText >= 0 && lines.slice(0, firstText + 1).some((l) => l.startsWith(' ')) ? '2' : '';
  const header = `|${indicator}${chomp}`;
  const check = parseDocument(`k: ${header}\n${lines.map((l) => (l ? `  ${l}` : l)).join('\n')}\n`);
  if (check.errors.length || (check.toJS() as { k?: unknown })?.k !== value) return undefined;
  const pad = ' '.repeat(indent);
  return { header, lines: lines.map((l) => (l ? pad + l : l)) };
}

/** push(...items) without the argument-count limit a large section would hit. */
function append(target: string[], items: readonly string[]): void {
  for (const item of items) target.push(item);
}

const SUPPRESSION = /^#[ \t]*xxgk-disable-next-line\b/;

/** Comments above a key, suppressions last so that each stays right above the key it is for. */
function aboveKey(comments: string[]): string[] {
  return [...comments.filter((c) => !SUPPRESSION.test(c)), ...comments.filter((c) => SUPPRESSION.test(c))];
}

class Formatter {
  private plan!: CommentPlan;
  private readonly eol: string;

  constructor(private readonly text: string) {
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
  }

  run(): string | undefined {
    const { text } = this;
    // Duplicate keys are refused in collect(): yaml's own check is quadratic in the keys of a mapping.
    const { docs, comments } = parseWithComments(text);
    const doc = docs[0];
    if (docs.length !== 1 || !doc || doc.errors.length) return undefined;
    // Lone CR line ends, document markers and directives: rare, and not worth the risk.
    if (/\r(?!\n)/.test(text) || /^(---|\.\.\.)([ \t]|\r?$)|^%/m.test(text)) return undefined;
    const root = doc.contents;
    if (!isMap(root)) return undefined;
    visit(doc, {
      Alias: () => {
        throw new Unformattable();
      },
      Node: (_key, node) => {
        if (node.anchor || node.tag) throw new Unformattable();
      },
    });
    const anchors: KeyAnchor[] = [];
    const verbatim: [number, number][] = [];
    this.collect(root, anchors, verbatim);
    this.plan = attachComments(text, anchors, comments, verbatim);
    const lines: string[] = [];
    if (this.plan.header.length) append(lines, [...this.plan.header, '']);
    append(lines, this.block(root, REPORT, 0));
    append(lines, this.plan.footer);
    const out = lines.join(this.eol) + this.eol;
    return this.sameContent(doc.toJS(), comments, out) ? out : undefined;
  }

  /** The keys the formatter emits one by one, and the spans it copies as written. */
  private collect(map: YAMLMap, anchors: KeyAnchor[], verbatim: [number, number][]): void {
    const keys = new Set<string>();
    for (const pair of map.items) {
      if (!isScalar(pair.key) || this.raw(pair.key).includes('\n')) throw new Unformattable();
      const key = String(pair.key.value);
      if (keys.has(key)) throw new Unformattable();
      keys.add(key);
      anchors.push({ pair, keyStart: rangeOf(pair.key)[0] });
      const value = pair.value;
      if (isMap(value)) this.collect(value, anchors, verbatim);
      else if (isSeq(value)) verbatim.push(rangeOf(value));
    }
  }

  private sameContent(data: unknown, comments: SourceComment[], out: string): boolean {
    const again = parseWithComments(out);
    const doc = again.docs[0];
    if (again.docs.length !== 1 || !doc || doc.errors.length || !isDeepStrictEqual(doc.toJS(), data)) return false;
    const texts = (list: SourceComment[]): string[] => list.map((c) => c.text).sort();
    return isDeepStrictEqual(texts(comments), texts(again.comments));
  }

  private raw(node: Node): string {
    const [start, end] = rangeOf(node);
    return this.text.slice(start, end);
  }

  private keyColumn(pair: Pair): number {
    const start = rangeOf(pair.key as Node)[0];
    return start - lineStartAt(this.text, start);
  }

  /** Pairs in official order; unknown keys after, as they stand. */
  private ordered(map: YAMLMap, format: FormatNode | undefined): Pair[] {
    const pairs = map.items as Pair[];
    const known = format?.children ?? [];
    const keyOf = (p: Pair): string => String((p.key as Scalar).value);
    const byKey = new Map(pairs.map((p) => [keyOf(p), p]));
    const first = known.map((c) => byKey.get(c.key)).filter((p): p is Pair => p !== undefined);
    return [...first, ...pairs.filter((p) => !known.some((c) => c.key === keyOf(p)))];
  }

  private block(map: YAMLMap, format: FormatNode | undefined, indent: number): string[] {
    const lines: string[] = [];
    for (const pair of this.ordered(map, format)) {
      const key = String((pair.key as Scalar).value);
      this.pair(pair, format && childNamed(format, key), indent, lines);
    }
    return lines;
  }

  private pair(pair: Pair, format: FormatNode | undefined, indent: number, lines: string[]): void {
    const attached = this.plan.byPair.get(pair)!;
    const pad = ' '.repeat(indent);
    if (indent === 0 && attached.blankBefore && lines.length && lines[lines.length - 1] !== '') lines.push('');
    const [trailing, ...extra] = attached.trailing;
    const value = this.value(pair, format, indent);
    for (const comment of aboveKey([...attached.leading, ...extra, ...value.hoisted])) lines.push(pad + comment);
    const keyLine = `${pad}${this.raw(pair.key as Node)}:${value.first}`;
    const rest = value.rest;
    const atEnd = trailing !== undefined && value.commentAtEnd && rest.length > 0;
    if (atEnd) rest[rest.length - 1] += ` ${trailing}`;
    lines.push(trailing !== undefined && !atEnd ? `${keyLine} ${trailing}` : keyLine);
    append(lines, rest);
  }

  private value(pair: Pair, format: FormatNode | undefined, indent: number): ValueOut {
    const node = pair.value as Node | null;
    const none = { first: '', rest: [], hoisted: [] };
    if (node === null || node === undefined) return none;
    if (isScalar(node)) return this.scalar(node, pair, format, indent);
    if (isMap(node)) return this.map(node, format, indent);
    if (isSeq(node)) return this.copied(node, pair, indent);
    throw new Unformattable();
  }

  private scalar(node: Scalar, pair: Pair, format: FormatNode | undefined, indent: number): ValueOut {
    const raw = this.raw(node);
    if (format?.kind === 'prose' && typeof node.value === 'string') {
      const block = literalBlock(node.value, indent + 2);
      if (block) return { first: ` ${block.header}`, rest: block.lines, hoisted: [] };
    }
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return this.copied(node, pair, indent);
    if (raw === '') return { first: '', rest: [], hoisted: [] };
    return this.flowText(raw, indent);
  }

  /** A flow scalar or collection as written; continuation lines only re-indented (folding ignores it). */
  private flowText(raw: string, indent: number): ValueOut {
    const [head, ...more] = raw.split(/\r?\n/);
    const pad = ' '.repeat(indent + 2);
    const rest = more.map((l) => (l.trim() === '' ? '' : pad + l.trimStart()));
    return { first: ` ${head}`, rest, hoisted: [], commentAtEnd: rest.length > 0 };
  }

  /** Block scalars and sequences: copied line by line, moved with their key. */
  private copied(node: Node, pair: Pair, indent: number): ValueOut {
    const [start, end] = rangeOf(node);
    if (isSeq(node) && node.flow) return this.flowText(this.raw(node), indent);
    const delta = indent - this.keyColumn(pair);
    if (isScalar(node)) {
      const [header, ...content] = splitLines(this.text.slice(start, end));
      const indicators = /^[|>][-+0-9]*/.exec(header!)?.[0];
      if (indicators === undefined) throw new Unformattable();
      return { first: ` ${indicators}`, rest: shift(content, delta), hoisted: [] };
    }
    return {
      first: '',
      rest: shift(splitLines(this.text.slice(lineStartAt(this.text, start), end)), delta),
      hoisted: [],
    };
  }

  private map(node: YAMLMap, format: FormatNode | undefined, indent: number): ValueOut {
    if (!node.items.length) return { first: ' {}', rest: [], hoisted: [] };
    const rowLike = format?.kind === 'row' || format?.id === 'signature';
    if (rowLike && this.flowable(node)) return this.flowRow(node, format);
    const raw = this.raw(node);
    const structured = format?.kind === 'group' || format?.kind === 'row';
    if (!structured && node.flow && !raw.includes('\n')) return { first: ` ${raw}`, rest: [], hoisted: [] };
    return { first: '', rest: this.block(node, structured ? format : undefined, indent + 2), hoisted: [] };
  }

  /** Every cell a one-line scalar that can stand inside `{…}` as written. */
  private flowable(node: YAMLMap): boolean {
    const safe = (n: Scalar): boolean => {
      const raw = this.raw(n);
      if (raw.includes('\n') || n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED') return false;
      return n.type !== 'PLAIN' || !FLOW_INDICATORS.test(raw);
    };
    return node.items.every(
      (p) => isScalar(p.key) && safe(p.key) && (p.value === null || (isScalar(p.value) && safe(p.value))),
    );
  }

  private flowRow(node: YAMLMap, format: FormatNode): ValueOut {
    const cells = this.ordered(node, format).map((p) => {
      const value = p.value === null ? '' : this.raw(p.value as Node);
      return `${this.raw(p.key as Node)}: ${value}`;
    });
    // Comments inside the row move above it, in reading order: on one line they have nowhere else to go.
    const hoisted: string[] = [];
    for (const p of node.items) {
      const attached = this.plan.byPair.get(p)!;
      hoisted.push(...attached.leading, ...attached.trailing);
    }
    return { first: ` {${cells.join(', ')}}`, rest: [], hoisted };
  }
}
