// A light, range-keeping view of the YAML document, built once per check.
// The conversion follows the statutory tree: it descends only where the
// format has children, so a hostile file (20,000 levels deep, an alias bomb)
// costs no more than a well-formed one, and nothing here recurses without bound.
import { Alias, Document, isAlias, isMap, isPair, isScalar, isSeq, Node, Pair, Scalar } from 'yaml';
import { RawFinding } from './findings';
import { childNamed, FormatNode, REPORT } from './model';

/** At most this many alias expansions per file (docs/report-format.md). */
const MAX_ALIAS_EXPANSIONS = 100;

export interface YScalar {
  kind: 'scalar';
  start: number;
  end: number;
  /** The scalar's text as written, quotes included; '' for an empty value. */
  raw: string;
  /** The parsed value (string, number, boolean, null). */
  value: unknown;
  style: Scalar.Type | undefined;
}

/**
 * A mapping or sequence that the format does not descend into, or an alias
 * that was not expanded (no anchor, or past the expansion limit): its own
 * finding says why, and the checks of the value it stands for skip it.
 */
export interface YOpaque {
  kind: 'seq' | 'opaque-map' | 'unresolved-alias';
  start: number;
  end: number;
}

export interface YEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: YNode;
  /** The format node for this key at its place, if the format has one. */
  format?: FormatNode;
}

export interface YMap {
  kind: 'map';
  start: number;
  end: number;
  entries: YEntry[];
  /** First entry per key (the parser already reports duplicates). */
  byKey: Map<string, YEntry>;
}

export type YNode = YScalar | YMap | YOpaque;

export interface ConvertResult {
  root: YNode;
  findings: RawFinding[];
}

class Converter {
  private aliases = 0;

  constructor(
    private readonly doc: Document,
    private readonly text: string,
  ) {}

  convert(node: unknown, format: FormatNode | undefined, emptyAt: number): YNode {
    if (node === null || node === undefined) return emptyScalar(emptyAt);
    const resolved = this.resolve(node);
    if (resolved === undefined) {
      const [start, end] = (node as Node).range ?? [emptyAt, emptyAt];
      return { kind: 'unresolved-alias', start, end };
    }
    const { start, end } = spanOf(resolved, emptyAt);
    if (isScalar(resolved)) {
      return {
        kind: 'scalar',
        start,
        end,
        raw: this.text.slice(start, end),
        value: resolved.value,
        style: resolved.type,
      };
    }
    const descend = format && (format.kind === 'group' || format.kind === 'row');
    if (isMap(resolved) && descend) return this.convertMap(resolved.items, format, start, end);
    return { kind: isSeq(resolved) ? 'seq' : 'opaque-map', start, end };
  }

  private convertMap(items: Pair[], format: FormatNode, start: number, end: number): YMap {
    const map: YMap = { kind: 'map', start, end, entries: [], byKey: new Map() };
    const merges: Pair[] = [];
    for (const pair of items) {
      if (!isPair(pair)) continue;
      if (isMergeKey(pair)) {
        merges.push(pair);
        continue;
      }
      this.addEntry(map, pair, format);
    }
    // Merged entries never override the map's own keys, wherever `<<` stands (usually first).
    for (const pair of merges) this.merge(map, pair, format);
    return map;
  }

  private addEntry(map: YMap, pair: Pair, format: FormatNode): void {
    const keyNode = pair.key as Node | null;
    const keySpan = keyNode ? spanOf(keyNode, map.start) : { start: map.start, end: map.start };
    const key = isScalar(keyNode) ? String(keyNode.value ?? '') : this.text.slice(keySpan.start, keySpan.end);
    const childFormat = isScalar(keyNode) ? childNamed(format, key) : undefined;
    const value = this.convert(pair.value, childFormat, keySpan.end);
    const entry: YEntry = { key, keyStart: keySpan.start, keyEnd: keySpan.end, value, format: childFormat };
    map.entries.push(entry);
    if (!map.byKey.has(key)) map.byKey.set(key, entry);
  }

  /** `<<: *anchor` (or a list of them): the anchored entries, where not overridden. */
  private merge(map: YMap, pair: Pair, format: FormatNode): void {
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      const target = this.resolve(source);
      if (!isMap(target)) continue;
      for (const item of target.items) {
        if (isPair(item) && isScalar(item.key) && !map.byKey.has(String(item.key.value)))
          this.addEntry(map, item, format);
      }
    }
  }

  /** Follows aliases, counting expansions; undefined for an absent value or an alias not expanded. */
  private resolve(node: unknown): Node | undefined {
    if (node === null || node === undefined) return undefined;
    if (!isAlias(node)) return node as Node;
    this.aliases++;
    const alias = node as Alias;
    // Past the limit, aliasFindings has reported the file already.
    if (this.aliases > MAX_ALIAS_EXPANSIONS) return undefined;
    const target = alias.resolve(this.doc);
    return target && !isAlias(target) ? target : undefined;
  }
}

function isMergeKey(pair: Pair): boolean {
  return isScalar(pair.key) && pair.key.value === '<<' && (pair.key as Scalar).type === 'PLAIN';
}

function emptyScalar(at: number): YScalar {
  return { kind: 'scalar', start: at, end: at, raw: '', value: null, style: undefined };
}

function spanOf(node: Node, fallback: number): { start: number; end: number } {
  const range = node.range;
  if (!range) return { start: fallback, end: fallback };
  return { start: range[0], end: range[1] };
}

/**
 * `unsupported-yaml` on the alias where resolving the whole document (as
 * yaml's toJS would) passes MAX_ALIAS_EXPANSIONS expansions, counting the
 * aliases inside anchored content each time it is expanded: a billion-laughs
 * file is caught from its source, wherever it stands, without expanding it.
 * One pass with an explicit stack; an alias into its own anchor counts as over the limit.
 * Also `yaml-syntax` on an alias without an anchor before it (the parser lets it pass).
 */
function aliasFindings(doc: Document, text: string): RawFinding[] {
  // Every alias is written with a `*`: a text without one (an ordinary report) has none to walk for.
  if (!text.includes('*')) return [];
  const findings: RawFinding[] = [];
  const over = MAX_ALIAS_EXPANSIONS + 1;
  const anchors = new Map<string, unknown>();
  /** Expansions within each finished node (capped). */
  const inner = new Map<unknown, number>();
  const stack: { node: unknown; children?: unknown[]; next: number; sum: number }[] = [
    { node: doc.contents, next: 0, sum: 0 },
  ];
  let total = 0;
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const node = frame.node;
    if (!frame.children) {
      if (isAlias(node)) {
        stack.pop();
        const target = anchors.get(node.source);
        const [start, end] = node.range ?? [0, 0];
        if (target === undefined)
          findings.push({
            start,
            end,
            code: 'yaml-syntax',
            message: `YAML 语法错误：别名（*${node.source}）引用了不存在的锚点（&）。`,
          });
        const weight = Math.min(over, 1 + (target === undefined ? 0 : (inner.get(target) ?? over)));
        const before = total;
        total = Math.min(over, total + weight);
        if (before <= MAX_ALIAS_EXPANSIONS && total > MAX_ALIAS_EXPANSIONS) {
          findings.push({
            start,
            end,
            code: 'unsupported-yaml',
            message: `别名（*${node.source}）展开超过 ${MAX_ALIAS_EXPANSIONS} 次，其余别名不再展开。报告用不到别名，请直接写出内容。`,
          });
        }
        if (stack.length) stack[stack.length - 1]!.sum = Math.min(over, stack[stack.length - 1]!.sum + weight);
        continue;
      }
      const anchor = node && typeof node === 'object' ? (node as { anchor?: unknown }).anchor : undefined;
      if (typeof anchor === 'string') anchors.set(anchor, node);
      frame.children = isPair(node) ? [node.key, node.value] : isMap(node) || isSeq(node) ? [...node.items] : [];
    }
    if (frame.next < frame.children.length) {
      stack.push({ node: frame.children[frame.next++], next: 0, sum: 0 });
      continue;
    }
    stack.pop();
    inner.set(node, frame.sum);
    if (stack.length) stack[stack.length - 1]!.sum = Math.min(over, stack[stack.length - 1]!.sum + frame.sum);
  }
  return findings;
}

/** Converts the document's contents, guided by the statutory tree from its root. */
export function convertDocument(doc: Document, text: string): ConvertResult {
  const converter = new Converter(doc, text);
  const root = converter.convert(doc.contents, REPORT, 0);
  return { root, findings: aliasFindings(doc, text) };
}

/** The entry at a path of keys, or undefined. */
export function entryAt(root: YNode, path: readonly string[]): YEntry | undefined {
  let node: YNode = root;
  let entry: YEntry | undefined;
  for (const key of path) {
    if (node.kind !== 'map') return undefined;
    entry = node.byKey.get(key);
    if (!entry) return undefined;
    node = entry.value;
  }
  return entry;
}
