// Where the row labels of tables 二 and 三 stand in the token stream: every
// match of every label, then the one chain of matches that keeps both the
// official row order and the text order.
import { Anchor, numberingKind, foldLabel } from './labels';
import { Token } from './tokens';

export interface Match {
  anchor: number;
  weight: number;
  /** Positions in the folded stream. */
  start: number;
  end: number;
  startTok: number;
  endTok: number;
}

/** The text tokens as one folded string (foldLabel), with the token of each character. */
export interface Stream {
  s: string;
  owner: number[];
  /** Offset of each character inside its token's folded text. */
  offset: number[];
}

export function buildStream(tokens: Token[]): Stream {
  let s = '';
  const owner: number[] = [];
  const offset: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'text') return;
    for (let k = 0; k < t.folded.length; k++) {
      s += t.folded[k];
      owner.push(i);
      offset.push(k);
    }
  });
  return { s, owner, offset };
}

const MAX_SKIPPED_SEGMENT = 3;

/** A match of a label in the stream, and the tokens of other table cells it stepped over. */
interface Found {
  start: number;
  end: number;
  beside: number[];
}

/**
 * A cell of another column and row than the label's text so far: in a `|`
 * table whose label wrapped around its row's line ('| | 1.本机关不掌握相关 |',
 * '| （四）无法提供 | | 31 | …', '| | 政府信息 |'), the group label between the
 * two halves, however long.
 */
function besideInTable(tok: Token, last: Token): boolean {
  return tok.cell !== undefined && last.cell !== undefined && tok.cell !== last.cell && tok.line !== last.line;
}

/** Matches of one folded label, allowing up to two short interleaved segments (or cells of another column) to be skipped. */
function findMatches(stream: Stream, tokens: Token[], label: string): Found[] {
  const found: Found[] = [];
  const { s, owner, offset } = stream;
  for (let p = s.indexOf(label[0]!); p >= 0; p = s.indexOf(label[0]!, p + 1)) {
    let j = 0;
    let k = p;
    let skips = 0;
    const beside: number[] = [];
    while (j < label.length && k < s.length) {
      if (s[k] === label[j]) {
        j++;
        k++;
        continue;
      }
      const tok = tokens[owner[k]!]!;
      const inTable = besideInTable(tok, tokens[owner[k - 1]!]!);
      if (j > 0 && offset[k] === 0 && (tok.folded.length <= MAX_SKIPPED_SEGMENT || inTable) && skips < 2) {
        if (inTable) beside.push(owner[k]!);
        k += tok.folded.length;
        skips++;
        continue;
      }
      break;
    }
    if (j < label.length) continue;
    // The label must end where its segment ends (or before a parenthetical note).
    const lastTok = tokens[owner[k - 1]!]!;
    const endsSegment = k === s.length || owner[k] !== owner[k - 1];
    if (!endsSegment) {
      const rawAfter = lastTok.raw.slice(lastTok.foldedToRaw[offset[k - 1]!]! + 1).trimStart();
      if (!/^[（(]/.test(rawAfter)) continue;
    }
    found.push({ start: p, end: k, beside });
  }
  return found;
}

/** The numbering printed right before a match inside its segment ('（六）' in '（六）其他'). */
function numberingBefore(stream: Stream, tokens: Token[], start: number): string {
  const tok = tokens[stream.owner[start]!]!;
  const rawBefore = tok.raw.slice(0, tok.foldedToRaw[stream.offset[start]!]!);
  const m = /([（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．]?)\s*$/.exec(rawBefore);
  return m ? m[1]! : '';
}

export function labelMatches(stream: Stream, tokens: Token[], anchors: Anchor[]): Match[] {
  const out: Match[] = [];
  /** Tokens a row's label stepped over in a table: a group label printed beside the wrapped row label. */
  const besideRows = new Set<number>();
  anchors.forEach((anchor, index) => {
    const expected = numberingKind(anchor.spec.numbering);
    const tries: { label: string; numbered: boolean }[] = anchor.spec.variants.map((v) => ({
      label: foldLabel(v),
      numbered: false,
    }));
    if (anchor.type === 'group')
      for (const v of anchor.spec.numberedVariants) tries.push({ label: foldLabel(v), numbered: true });
    for (const { label, numbered } of tries) {
      if (!label) continue;
      for (const m of findMatches(stream, tokens, label)) {
        const before = numberingKind(numberingBefore(stream, tokens, m.start));
        if (numbered && before !== 'paren') continue;
        // A sub-row ('1.') is never printed with a group's numbering ('（六）'), nor a group with a sub-row's.
        if (expected === 'digit' && (before === 'paren' || before === 'cn')) continue;
        if (expected === 'paren' && before === 'digit') continue;
        const weight = label.length + (anchor.type === 'row' ? 1 : 0);
        if (anchor.type === 'row') for (const t of m.beside) besideRows.add(t);
        out.push({
          anchor: index,
          weight,
          start: m.start,
          end: m.end,
          startTok: stream.owner[m.start]!,
          endTok: stream.owner[m.end - 1]!,
        });
      }
    }
  });
  // Such a group label belongs to the row's wrapped label: it does not compete with the row for the chain.
  const kept = out.filter((m) => anchors[m.anchor]!.type === 'row' || !besideRows.has(m.startTok));
  return kept.sort((a, b) => a.start - b.start || b.weight - a.weight);
}

/**
 * The heaviest chain of matches in both official order and text order. Matches
 * are taken by their start; a match joins the best chain among those that end
 * before it starts and stand earlier in the official order (a prefix-maximum
 * tree over anchor indices): O(n log n), whatever the noise in the text.
 */
export function bestChain(matches: Match[]): Match[] {
  if (matches.length === 0) return [];
  const anchors = matches.reduce((most, m) => Math.max(most, m.anchor), 0) + 2;
  const tree: number[] = new Array(anchors + 1).fill(-1); // index of the best match, by anchor prefix
  const best: number[] = matches.map((m) => m.weight);
  const prev: number[] = matches.map(() => -1);
  const better = (a: number, b: number): number => (a < 0 ? b : b < 0 ? a : best[b]! > best[a]! ? b : a);
  const update = (anchor: number, index: number): void => {
    for (let k = anchor + 1; k <= anchors; k += k & -k) tree[k] = better(tree[k]!, index);
  };
  const query = (anchorExclusive: number): number => {
    let found = -1;
    for (let k = anchorExclusive; k > 0; k -= k & -k) found = better(found, tree[k]!);
    return found;
  };
  const byEnd = matches.map((_, i) => i).sort((a, b) => matches[a]!.end - matches[b]!.end);
  let next = 0;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    while (next < byEnd.length && matches[byEnd[next]!]!.end <= m.start) {
      update(matches[byEnd[next]!]!.anchor, byEnd[next]!);
      next++;
    }
    const p = query(m.anchor);
    if (p >= 0) {
      best[i] = best[p]! + m.weight;
      prev[i] = p;
    }
  }
  let top = 0;
  for (let i = 1; i < matches.length; i++) if (best[i]! > best[top]!) top = i;
  const chain: Match[] = [];
  for (let i = top; i >= 0; i = prev[i]!) chain.unshift(matches[i]!);
  return chain;
}
