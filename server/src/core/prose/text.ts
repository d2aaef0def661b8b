// Finding one's way in a paragraph: sentence and phrase boundaries, and the
// clause a message quotes.

/** Ends a sentence for the grammar's purposes (a 。 or a ；). */
export const SENTENCE_END = /[。；;！!？?]/;
/** Ends the words that belong to a number after its unit. */
export const PHRASE_END = /[，,：:（()）。；;、！!？?]/;

/**
 * How far the grammar looks back for the start of a sentence, and ahead for the
 * words after a number: a real sentence is shorter, and a hostile paragraph of
 * a million characters must still be read in linear time.
 */
export const LOOK_BACK = 400;
export const LOOK_AHEAD = 40;

export function lastIndexBefore(text: string, re: RegExp, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (re.test(text[i]!)) return i;
  return -1;
}

/** Where a sentence begins that holds `at`: after the last sentence end at most LOOK_BACK before it. */
export function sentenceStartBefore(text: string, at: number, re: RegExp = SENTENCE_END): number {
  const from = Math.max(0, at - LOOK_BACK);
  const end = lastIndexBefore(text, re, from, at);
  return end >= 0 ? end + 1 : from;
}

const GLOBAL = new Map<string, RegExp>();

/** Where the last match of a pattern starts in a text, or -1. */
export function lastMatch(text: string, re: RegExp): number {
  let global = GLOBAL.get(re.source);
  if (!global) GLOBAL.set(re.source, (global = new RegExp(re.source, 'g')));
  let at = -1;
  for (const m of text.matchAll(global)) at = m.index;
  return at;
}

/** The next match of a one-character pattern from `from`, looking at most LOOK_AHEAD ahead. */
export function nextIndex(text: string, re: RegExp, from: number): number {
  const to = Math.min(text.length, from + LOOK_AHEAD);
  for (let i = from; i < to; i++) if (re.test(text[i]!)) return i;
  return to;
}

export function clauseOf(text: string, from: number, to: number): string {
  const clause = text
    .slice(from, to)
    .replace(/^[，,、：:]+/, '')
    .trim();
  return clause.length > 60 ? `…${clause.slice(-58)}` : clause;
}
