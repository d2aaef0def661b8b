// A claim that every case of table 四 was upheld (均获维持, 全部维持): the cases
// it speaks of are named in its sentence or the one before it.
import { ALL_UPHELD, appealRowsOf, DECIDED_ONLY } from './cues';
import { AppealRow } from './quantities';
import { clauseOf, nextIndex, PHRASE_END, sentenceStartBefore } from './text';

export interface UpheldClaim {
  start: number;
  end: number;
  clause: string;
  rows: AppealRow[];
  decidedOnly: boolean;
}

export function upheldClaims(text: string): UpheldClaim[] {
  const claims: UpheldClaim[] = [];
  for (const m of text.matchAll(ALL_UPHELD)) {
    const sentenceStart = sentenceStartBefore(text, m.index);
    const sentence = text.slice(sentenceStart, m.index);
    // The cases are named in the claim's sentence or the one before it (复议 3 件；均获维持).
    const previousStart = sentenceStart > 0 ? sentenceStartBefore(text, sentenceStart - 1) : 0;
    const rows = appealRowsOf(sentence).length
      ? appealRowsOf(sentence)
      : appealRowsOf(text.slice(previousStart, sentenceStart));
    if (!rows.length) continue;
    const end = m.index + m[0].length;
    claims.push({
      start: m.index,
      end,
      clause: clauseOf(text, sentenceStart, nextIndex(text, PHRASE_END, end)),
      rows,
      decidedOnly: DECIDED_ONLY.test(sentence),
    });
  }
  return claims;
}
