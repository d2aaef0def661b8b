// Comments for the formatter. The yaml AST keeps comments only loosely (and
// drops some inside flow collections), so they are read from the CST, where
// every comment is a token with its offset, and attached to keys here: an
// own-line comment belongs to the key below it (so that a suppression comment
// stays right above its key when keys move), a comment at the end of a line to
// the outermost key that starts on that line.
import { Composer, Document, Pair, Parser } from 'yaml';
import { lineStartAt } from './lineIndex';

export interface SourceComment {
  offset: number;
  /** The comment as written, from `#`. */
  text: string;
}

/** What travels with one key when the formatter moves it. */
export interface Attached {
  leading: string[];
  trailing: string[];
  /** A blank line stands before the key (or its leading comments). */
  blankBefore: boolean;
}

export interface CommentPlan {
  /** Comments above the first key, set off from it by a blank line. */
  header: string[];
  /** Comments after the last key that no key follows. */
  footer: string[];
  byPair: Map<Pair, Attached>;
}

export interface KeyAnchor {
  pair: Pair;
  keyStart: number;
}

/**
 * The text's YAML documents and its comments, from one pass of the parser
 * (the CST has the comments; the documents are composed from the same tokens).
 */
export function parseWithComments(text: string): { docs: Document.Parsed[]; comments: SourceComment[] } {
  const tokens = [...new Parser().parse(text)];
  const docs = [...new Composer({ uniqueKeys: false }).compose(tokens, true, text.length)];
  return { docs, comments: commentsOf(tokens) };
}

/** Every comment in the CST, in order (block scalar lines are text, not comments). */
function commentsOf(tokens: unknown[]): SourceComment[] {
  const found: SourceComment[] = [];
  // An explicit stack: the CST of a hostile file may nest deeper than the call stack.
  const stack: unknown[] = [...tokens];
  while (stack.length) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      for (const child of item) stack.push(child);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const token = item as { type?: string; offset?: number; source?: string };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      found.push({ offset: token.offset, text: token.source.trimEnd() });
      continue;
    }
    const fields = item as Record<string, unknown>;
    for (const name in fields) {
      const value = fields[name];
      if (value && typeof value === 'object') stack.push(value);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function isOwnLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStartAt(text, offset), offset));
}

/** Whether a blank line lies between two offsets (each on a line of its own). */
function blankLineBetween(text: string, from: number, to: number): boolean {
  const afterFrom = text.indexOf('\n', from);
  if (afterFrom < 0 || afterFrom >= to) return false;
  return /\n[ \t]*\r?\n/.test(text.slice(afterFrom, lineStartAt(text, to)));
}

function blankLineAbove(text: string, offset: number): boolean {
  const start = lineStartAt(text, offset);
  if (start === 0) return false;
  const prev = lineStartAt(text, start - 1);
  return /^[ \t]*\r?\n?$/.test(text.slice(prev, start));
}

/** The index of the first anchor whose key starts after `offset` (anchors are sorted). */
function firstAfter(anchors: KeyAnchor[], offset: number): number {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid]!.keyStart > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Attaches comments to keys. `anchors` are the keys the formatter emits, in
 * document order; comments inside `verbatim` spans are copied with their span
 * and are left out here.
 */
export function attachComments(
  text: string,
  anchors: KeyAnchor[],
  comments: SourceComment[],
  verbatim: [number, number][],
): CommentPlan {
  const byPair = new Map<Pair, Attached>(
    anchors.map((a) => [a.pair, { leading: [], trailing: [], blankBefore: false }]),
  );
  const plan: CommentPlan = { header: [], footer: [], byPair };
  const beforeFirst: SourceComment[] = [];
  for (const comment of comments) {
    if (verbatim.some(([s, e]) => comment.offset >= s && comment.offset < e)) continue;
    const next = firstAfter(anchors, comment.offset);
    if (isOwnLine(text, comment.offset)) {
      if (next >= anchors.length) plan.footer.push(comment.text);
      else if (next === 0) beforeFirst.push(comment);
      else byPair.get(anchors[next]!.pair)!.leading.push(comment.text);
      continue;
    }
    // The outermost key on the comment's line, else the last key before it.
    const start = lineStartAt(text, comment.offset);
    const onLine = firstAfter(anchors, start - 1);
    const owner = onLine < next ? anchors[onLine] : anchors[next - 1];
    if (owner) byPair.get(owner.pair)!.trailing.push(comment.text);
    else beforeFirst.push(comment);
  }
  if (anchors.length) {
    // Comments above the first key are a file header up to the last blank line.
    const first = anchors[0]!;
    let split = 0;
    for (let i = 0; i < beforeFirst.length; i++) {
      const nextStart = beforeFirst[i + 1]?.offset ?? first.keyStart;
      if (blankLineBetween(text, beforeFirst[i]!.offset, nextStart)) split = i + 1;
    }
    plan.header = beforeFirst.slice(0, split).map((c) => c.text);
    byPair.get(first.pair)!.leading.unshift(...beforeFirst.slice(split).map((c) => c.text));
  } else {
    plan.header = beforeFirst.map((c) => c.text);
  }
  const leadingStart = new Map<Pair, number>();
  for (const comment of comments) {
    const next = firstAfter(anchors, comment.offset);
    const anchor = anchors[next];
    if (anchor && isOwnLine(text, comment.offset) && !leadingStart.has(anchor.pair))
      leadingStart.set(anchor.pair, comment.offset);
  }
  for (const anchor of anchors) {
    byPair.get(anchor.pair)!.blankBefore = blankLineAbove(text, leadingStart.get(anchor.pair) ?? anchor.keyStart);
  }
  return plan;
}
