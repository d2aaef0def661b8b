// What a table section holds beyond its cells, for the import report: numbers
// no row took, and text that is not table structure.
import { anchorsOf, HEADER_WORDS, foldLabel, TableId } from './labels';
import { TextMode } from './normalize';
import { Token } from './tokens';

function knownWords(table: TableId): string[] {
  const words = new Set<string>([...HEADER_WORDS[table], ...'一二三四五六七八九十'].map(foldLabel));
  for (const a of anchorsOf(table)) for (const v of a.spec.variants) words.add(foldLabel(v));
  return [...words].filter(Boolean);
}

/** Whether leftover label text is table structure (headers, numbering, wrapped fragments of labels). */
function isKnown(folded: string, words: string[], mode: TextMode): boolean {
  if (!folded) return true;
  if (folded.length > 200) return false; // no header runs that long: it is text
  const joined = words.join('|');
  const fragmentsOk = mode === 'layout' || mode === 'lines' || mode === 'glued';
  const can: boolean[] = new Array(folded.length + 1).fill(false);
  can[0] = true;
  for (let i = 0; i < folded.length; i++) {
    if (!can[i]) continue;
    for (let j = i + 1; j <= folded.length; j++) {
      const piece = folded.slice(i, j);
      const ok =
        words.includes(piece) ||
        (fragmentsOk && joined.includes(piece)) ||
        (i === 0 &&
          j === folded.length &&
          (fragmentsOk || piece.length >= 3) &&
          words.some((w) => w.endsWith(piece) || w.startsWith(piece)));
      if (ok) can[j] = true;
    }
  }
  return can[folded.length]!;
}

/** Numbers no row took, and text that is neither a label nor a header word: one entry per line, repeats collapsed. */
export function unmappedLines(
  table: TableId,
  tokens: Token[],
  usedTokens: Set<number>,
  consumed: Map<number, Set<number>>,
  mode: TextMode,
): string[] {
  const words = knownWords(table);
  const byLine = new Map<number, string[]>();
  const leftOver = (tok: Token): void => {
    if (!byLine.has(tok.line)) byLine.set(tok.line, []);
    byLine.get(tok.line)!.push(tok.raw);
  };
  tokens.forEach((tok, i) => {
    if (tok.kind === 'num' && !usedTokens.has(i)) leftOver(tok);
    if (tok.kind === 'blank' && tok.raw && !usedTokens.has(i)) leftOver(tok);
    if (tok.kind !== 'text' || tok.raw === '|') return;
    const taken = consumed.get(i);
    let left = '';
    for (let k = 0; k < tok.folded.length; k++) left += taken?.has(k) ? ' ' : tok.folded[k];
    const pieces = left.split(' ').filter(Boolean);
    if (pieces.some((p) => !isKnown(p, words, mode))) leftOver(tok);
  });
  return collapseRepeats([...byLine.values()].map((parts) => parts.join(mode === 'pipe' ? ' | ' : ' ')));
}

/** Lines repeated verbatim (a converter's invented header printed over every sub-table) are listed once, with their count. */
function collapseRepeats(lines: string[]): string[] {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].map(([l, n]) => (n > 1 ? `${l}（共 ${n} 处）` : l));
}
