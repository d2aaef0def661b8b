// The cells of tables 二, 三 and 四 from a table section's text. Row labels
// are found in the token stream (tolerating wrapped labels, numbering, and the
// vertical fragments of merged cells that pdftotext interleaves); each row's
// numbers are the ones between its label and the next label. Table 四 has no
// row labels in its data row: its fifteen numbers stand in official order.
import { TABLE_NAMES } from '../model';
import { anchorsOf, NUMBERING_RE, RowSpec, rowNoteName, TableId, width } from './labels';
import { bestChain, buildStream, labelMatches } from './labelChain';
import { TextMode } from './normalize';
import { alignShortRows, readRowValues, TableReading } from './rowValues';
import { describeCandidates } from './split';
import { solveTable3 } from './solve';
import { dealTable4Values } from './table4';
import { RowOut, TableOut } from './tableOut';
import { Token, tokenize } from './tokens';
import { flagTrialFormat } from './trialFormat';
import { unmappedLines } from './unmapped';

interface Gap {
  values: Token[];
}

export function readTable(table: TableId, region: string, mode: TextMode): TableOut {
  const out: TableOut = { table, rows: [], unmapped: [], notes: [] };
  const { tokens, prose, notes } = tokenize(region, mode);
  out.notes.push(...notes);
  out.unmapped.push(...prose);
  const anchors = anchorsOf(table);
  const rows = new Map<RowSpec, RowOut>();
  for (const a of anchors)
    if (a.type === 'row')
      rows.set(a.spec, { spec: a.spec, cells: new Array(width(a.spec)).fill({ state: 'missing' }), found: false });
  const usedTokens = new Set<number>();
  const consumed = new Map<number, Set<number>>();

  if (table === 'table4') {
    dealTable4Values(tokens, mode, [...rows.values()], usedTokens, out);
  } else {
    const reading: TableReading = { mode, out, used: usedTokens, tokens, layout: { refs: new Map(), short: [] } };
    const stream = buildStream(tokens);
    const chain = bestChain(labelMatches(stream, tokens, anchors));
    for (const m of chain) {
      for (let k = m.start; k < m.end; k++) {
        const t = stream.owner[k]!;
        if (!consumed.has(t)) consumed.set(t, new Set());
        consumed.get(t)!.add(stream.offset[k]!);
      }
    }
    const starts = chain.map((m, i) =>
      mode === 'pipe' ? rowStart(tokens, m.startTok, chain[i - 1]?.endTok ?? 0) : m.startTok,
    );
    chain.forEach((m, i) => {
      const gapEnd = i + 1 < chain.length ? starts[i + 1]! : tokens.length;
      const gap: Gap = { values: [] };
      const labelLines = new Set<number>();
      const textLines = new Set<number>();
      for (let t = starts[i]!; t < gapEnd; t++) {
        const tok = tokens[t]!;
        if (tok.kind !== 'text') gap.values.push(tok);
        else textLines.add(tok.line);
        if (t <= m.endTok) labelLines.add(tok.line);
      }
      // The row's own lines: those of its label, and lines of numbers with no label (an unlabeled row).
      const lines = {
        own: (line: number): boolean => labelLines.has(line) || !textLines.has(line),
        text: (line: number): boolean => textLines.has(line),
      };
      const anchor = anchors[m.anchor]!;
      if (anchor.type === 'row') {
        const row = rows.get(anchor.spec)!;
        row.found = true;
        readRowValues(row, gap.values, reading, lines);
      } else if (anchor.spec.key === '其他处理' && gap.values.some((v) => v.kind === 'num')) {
        // The 2019 layout: （六）其他处理 as one row; its numbers go to 其他处理 › 其他 (docs/statute.md).
        const subRows = [...rows.values()].filter(
          (r) => r.spec.path.length > anchor.spec.path.length && r.spec.path[r.spec.path.length - 2] === '其他处理',
        );
        if (!subRows.some((r) => chain.some((c) => anchors[c.anchor]!.spec === r.spec))) {
          const other = subRows.find((r) => r.spec.key === '其他')!;
          other.found = true;
          readRowValues(other, gap.values, reading, lines);
          for (const r of subRows) if (r !== other) r.cells = r.cells.map(() => ({ state: 'blank' }));
          for (const r of subRows) r.found = true;
          out.notes.push('表三“（六）其他处理”只印了一行（2019年格式）：其数字记入“其他处理 · 其他”，另两行留空。');
        }
      }
    });
    alignShortRows(reading.layout, out);
    if (table === 'table2') flagTrialFormat(region, chain, anchors, tokens, rows, out);
  }

  // Numbers no row took, and text that is neither a label nor a header word.
  out.unmapped.push(...unmappedLines(table, tokens, usedTokens, consumed, mode));

  if (out.splitRows) {
    const name = TABLE_NAMES[table];
    out.notes.push(
      `${name}有 ${out.splitRows} 行原文各格数字连写在一起，按${table === 'table3' ? '本行合计' : '位数'}只有一种拆法，已拆开（见各行注释）。`,
    );
  }
  if (table === 'table3') solveTable3([...rows.values()], out.notes);
  for (const row of rows.values()) finishRow(row, out);
  out.rows = [...rows.values()];
  return out;
}

/**
 * Where a row's cells start in a `|` table: at its label, or, where the label
 * wrapped right after its numbering ('| （七） | 2932 | … |' then '| 总计 | |'),
 * at the numbering, so the numbers printed beside it are the row's.
 */
function rowStart(tokens: Token[], labelTok: number, previousEnd: number): number {
  let k = labelTok - 1;
  while (k >= previousEnd && tokens[k]!.kind !== 'text') k--;
  if (k < previousEnd || k === labelTok - 1) return labelTok;
  const numbering = NUMBERING_RE.exec(tokens[k]!.raw);
  return numbering && numbering[0].length === tokens[k]!.raw.length ? k + 1 : labelTok;
}

/** Rows still holding several candidates: cells all candidates agree on are certain; the rest stay blank. */
function finishRow(row: RowOut, out: TableOut): void {
  if (!row.candidates) return;
  if (row.candidates.length === 1) {
    row.cells = row.candidates[0]!.map((v) => ({ state: 'value', raw: String(v) }));
    row.candidates = undefined;
    return;
  }
  const first = row.candidates[0]!;
  row.cells = first.map((v, i) =>
    row.candidates!.every((c) => c[i] === v) ? { state: 'value', raw: String(v) } : { state: 'ambiguous' },
  );
  row.comment = `${row.comment ?? ''}，可拆为：${describeCandidates(row.candidates)}；无法据表内合计确定，未定的格已留空`;
  out.notes.push(`${rowNoteName(row.spec)}：${row.comment}。`);
}
