// Claims without a number: that every case of table 四 was upheld (均获维持,
// 全部维持; the cases are named in its sentence or the one before it), and that
// there was none (未收到申请, 未发生行政复议), read as a figure of 0.
import { ALL_UPHELD, appealRowsOf, DECIDED_ONLY, NONE_APPEALS, NONE_NARROWED, NONE_RECEIVED } from './cues';
import { AppealRow, ReportQuantities } from './quantities';
import type { FigureReading } from './reading';
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

/** 未收到申请 (0 received) and 未发生行政复议、行政诉讼 (0 cases), as figures of 0 on the claim's words. */
export function noneClaims(text: string, q: ReportQuantities): FigureReading[] {
  const figures: FigureReading[] = [];
  const claim = (m: RegExpMatchArray, what: string, quantity: FigureReading['quantities'][number]): void => {
    const start = m.index!;
    const end = start + m[1]!.length + m[2]!.length;
    figures.push({
      number: { start, end, unitEnd: end, value: 0, unit: '件', raw: m[0], approximate: false },
      clause: m[0],
      what,
      quantities: [quantity],
      stated: '“没有”（0 件）',
    });
  };
  for (const m of text.matchAll(NONE_RECEIVED))
    if (!NONE_NARROWED.test(m[3]!) && !/上一?年|结转/.test(m[3]!)) claim(m, '本年新收申请', q.received('all'));
  for (const m of text.matchAll(NONE_APPEALS)) {
    const rest = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    const clause = m[0] + rest.split(/[，。；,;]/)[0]!;
    const rows = appealRowsOf(clause);
    // 未发生被复议纠正的情况 speaks of a result, not of the cases.
    if (/[0-9一二两三四五六七八九十]|纠正|撤销|败诉|维持|确认违法/.test(clause) || !rows.length) continue;
    claim(m, q.appeals(rows, '总计').label, q.appeals(rows, '总计'));
  }
  return figures;
}
