// The cells of tables 二, 三 and 四 from a table section's text. Row labels
// are found in the token stream (tolerating wrapped labels, numbering, and the
// vertical fragments of merged cells that pdftotext interleaves); each row's
// numbers are the ones between its label and the next label. Table 四 has no
// row labels in its data row: its fifteen numbers stand in official order.
import { Anchor, anchorsOf, HEADER_WORDS, numberingKind, RowSpec, rowName, skeleton, TableId, width } from './labels';
import { TextMode } from './normalize';
import { describeCandidates, groupSumsHold, rowSumHolds, splitRuns } from './split';
import { Token, tokenize } from './tokens';
import { solveTable3 } from './solve';

export type CellOut = { state: 'value'; raw: string } | { state: 'blank' } | { state: 'missing' } | { state: 'ambiguous' };

export interface RowOut {
  spec: RowSpec;
  cells: CellOut[];
  /** Whether the row's label (or its data) was found in the text. */
  found: boolean;
  /** Split candidates still open (each a full row), when the digits could not be split for certain. */
  candidates?: number[][];
  /** A remark for the YAML comment on the row. */
  comment?: string;
}

export interface TableOut {
  table: TableId;
  rows: RowOut[];
  unmapped: string[];
  notes: string[];
  /** Rows whose run-together digits had exactly one split. */
  splitRows?: number;
}

interface Match {
  anchor: number;
  weight: number;
  /** Positions in the skeleton stream. */
  start: number;
  end: number;
  startTok: number;
  endTok: number;
}

/** The text tokens as one skeleton string, with the token of each character. */
interface Stream {
  s: string;
  owner: number[];
  /** Offset of each character inside its token's skeleton. */
  offset: number[];
}

function buildStream(tokens: Token[]): Stream {
  let s = '';
  const owner: number[] = [];
  const offset: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'text') return;
    for (let k = 0; k < t.skel.length; k++) {
      s += t.skel[k];
      owner.push(i);
      offset.push(k);
    }
  });
  return { s, owner, offset };
}

const MAX_SKIPPED_SEGMENT = 3;

/** Matches of one label skeleton, allowing up to two short interleaved segments to be skipped. */
function findMatches(stream: Stream, tokens: Token[], label: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const { s, owner, offset } = stream;
  for (let p = s.indexOf(label[0]!); p >= 0; p = s.indexOf(label[0]!, p + 1)) {
    let j = 0;
    let k = p;
    let skips = 0;
    while (j < label.length && k < s.length) {
      if (s[k] === label[j]) {
        j++;
        k++;
        continue;
      }
      const tok = tokens[owner[k]!]!;
      if (j > 0 && offset[k] === 0 && tok.skel.length <= MAX_SKIPPED_SEGMENT && skips < 2) {
        k += tok.skel.length;
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
      const rawAfter = lastTok.raw.slice(lastTok.skelToRaw[offset[k - 1]!]! + 1).trimStart();
      if (!/^[（(]/.test(rawAfter)) continue;
    }
    found.push({ start: p, end: k });
  }
  return found;
}

/** The numbering printed right before a match inside its segment ('（六）' in '（六）其他'). */
function numberingBefore(stream: Stream, tokens: Token[], start: number): string {
  const tok = tokens[stream.owner[start]!]!;
  const rawBefore = tok.raw.slice(0, tok.skelToRaw[stream.offset[start]!]!);
  const m = /([（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．]?)\s*$/.exec(rawBefore);
  return m ? m[1]! : '';
}

function candidates(stream: Stream, tokens: Token[], anchors: Anchor[]): Match[] {
  const out: Match[] = [];
  anchors.forEach((anchor, index) => {
    const expected = numberingKind(anchor.spec.numbering);
    const tries: { label: string; numbered: boolean }[] = anchor.spec.variants.map((v) => ({ label: skeleton(v), numbered: false }));
    if (anchor.type === 'group') for (const v of anchor.spec.numberedVariants) tries.push({ label: skeleton(v), numbered: true });
    for (const { label, numbered } of tries) {
      if (!label) continue;
      for (const m of findMatches(stream, tokens, label)) {
        const before = numberingKind(numberingBefore(stream, tokens, m.start));
        if (numbered && before !== 'paren') continue;
        // A sub-row ('1.') is never printed with a group's numbering ('（六）'), nor a group with a sub-row's.
        if (expected === 'digit' && (before === 'paren' || before === 'cn')) continue;
        if (expected === 'paren' && before === 'digit') continue;
        const weight = label.length + (anchor.type === 'row' ? 1 : 0);
        out.push({ anchor: index, weight, start: m.start, end: m.end, startTok: stream.owner[m.start]!, endTok: stream.owner[m.end - 1]! });
      }
    }
  });
  return out.sort((a, b) => a.start - b.start || b.weight - a.weight);
}

/**
 * The heaviest chain of matches in both official order and text order. Matches
 * are taken by their start; a match joins the best chain among those that end
 * before it starts and stand earlier in the official order (a prefix-maximum
 * tree over anchor indices): O(n log n), whatever the noise in the text.
 */
function bestChain(matches: Match[]): Match[] {
  if (matches.length === 0) return [];
  const anchors = Math.max(...matches.map((m) => m.anchor)) + 2;
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

// ------------------------------------------------------------ vocabulary

function knownWords(table: TableId): string[] {
  const words = new Set<string>([...HEADER_WORDS[table], ...'一二三四五六七八九十'].map(skeleton));
  for (const a of anchorsOf(table)) for (const v of a.spec.variants) words.add(skeleton(v));
  return [...words].filter(Boolean);
}

/** Whether leftover label text is table structure (headers, numbering, wrapped fragments of labels). */
function isKnown(skel: string, words: string[], mode: TextMode): boolean {
  if (!skel) return true;
  if (skel.length > 200) return false; // no header runs that long: it is text
  const joined = words.join('|');
  const fragmentsOk = mode === 'layout' || mode === 'lines' || mode === 'glued';
  const can: boolean[] = new Array(skel.length + 1).fill(false);
  can[0] = true;
  for (let i = 0; i < skel.length; i++) {
    if (!can[i]) continue;
    for (let j = i + 1; j <= skel.length; j++) {
      const piece = skel.slice(i, j);
      const ok =
        words.includes(piece) ||
        (fragmentsOk && joined.includes(piece)) ||
        (i === 0 && j === skel.length && (fragmentsOk || piece.length >= 3) && words.some((w) => w.endsWith(piece) || w.startsWith(piece)));
      if (ok) can[j] = true;
    }
  }
  return can[skel.length]!;
}

// ------------------------------------------------------------ reading rows

interface Gap {
  values: Token[];
}

/** pdftotext -layout: where the numbers of complete rows stand (per row width), and the rows that came up short. */
interface LayoutColumns {
  refs: Map<number, { line: number; centers: number[] }[]>;
  short: { row: RowOut; values: Token[] }[];
}

const center = (t: Token): number => t.col + t.raw.length / 2;

/**
 * A row of a pdftotext -layout table with fewer numbers than columns: its
 * blank cells print as nothing. Each number goes to the column it stands
 * under, judged by the nearest complete rows (columns shift from page to
 * page); where that is not clear-cut, the row stays flagged.
 */
function alignShortRows(layout: LayoutColumns, out: TableOut): void {
  for (const { row, values } of layout.short) {
    const n = width(row.spec);
    const line = values[0]!.line;
    if (values.some((v) => v.kind !== 'num' || v.line !== line)) continue;
    const near = [...(layout.refs.get(n) ?? [])].sort((a, b) => Math.abs(a.line - line) - Math.abs(b.line - line)).slice(0, 2);
    if (near.length === 0) continue;
    const columns = Array.from({ length: n }, (_, i) => near.reduce((sum, r) => sum + r.centers[i]!, 0) / near.length);
    const placed: number[] = [];
    for (const v of values) {
      const byDistance = columns.map((c, i) => ({ i, d: Math.abs(c - center(v)) })).sort((a, b) => a.d - b.d);
      const [first, second] = byDistance;
      const clear = !second || first!.d * 2 < second.d;
      if (!clear || (placed.length && first!.i <= placed[placed.length - 1]!)) {
        placed.length = 0;
        break;
      }
      placed.push(first!.i);
    }
    if (placed.length !== values.length) continue;
    row.cells = row.cells.map(() => ({ state: 'blank' }));
    placed.forEach((c, i) => (row.cells[c] = { state: 'value', raw: values[i]!.raw }));
    row.comment = `原文此行有 ${n - values.length} 格空白，各数按所在列的位置归入`;
    out.notes.push(`${rowName(row.spec)}：PDF 中此行只有 ${values.length} 个数，按列的位置归入，其余 ${n - values.length} 格为空白。`);
  }
}

export function readTable(table: TableId, region: string, mode: TextMode): TableOut {
  const out: TableOut = { table, rows: [], unmapped: [], notes: [] };
  const { tokens, prose, notes } = tokenize(region, mode);
  out.notes.push(...notes);
  out.unmapped.push(...prose);
  const anchors = anchorsOf(table);
  const rows = new Map<RowSpec, RowOut>();
  for (const a of anchors) if (a.type === 'row') rows.set(a.spec, { spec: a.spec, cells: new Array(width(a.spec)).fill({ state: 'missing' }), found: false });
  const usedTokens = new Set<number>();
  const consumed = new Map<number, Set<number>>();

  if (table === 'table4') {
    readTable4(tokens, mode, [...rows.values()], usedTokens, out);
  } else {
    const layout: LayoutColumns = { refs: new Map(), short: [] };
    const stream = buildStream(tokens);
    const chain = bestChain(candidates(stream, tokens, anchors));
    for (const m of chain) {
      for (let k = m.start; k < m.end; k++) {
        const t = stream.owner[k]!;
        if (!consumed.has(t)) consumed.set(t, new Set());
        consumed.get(t)!.add(stream.offset[k]!);
      }
    }
    chain.forEach((m, i) => {
      const next = chain[i + 1];
      const gapEnd = next ? next.startTok : tokens.length;
      const gap: Gap = { values: [] };
      for (let t = m.startTok; t < gapEnd; t++) {
        const tok = tokens[t]!;
        if (tok.kind !== 'text') gap.values.push(tok);
      }
      const anchor = anchors[m.anchor]!;
      if (anchor.type === 'row') {
        const row = rows.get(anchor.spec)!;
        row.found = true;
        readRowValues(row, gap.values, mode, out, usedTokens, tokens, layout);
      } else if (anchor.spec.key === '其他处理' && gap.values.some((v) => v.kind === 'num')) {
        // The 2019 layout: （六）其他处理 as one row; its numbers go to 其他处理 › 其他 (statute.md).
        const subRows = [...rows.values()].filter((r) => r.spec.path.length > anchor.spec.path.length && r.spec.path[r.spec.path.length - 2] === '其他处理');
        if (!subRows.some((r) => chain.some((c) => anchors[c.anchor]!.spec === r.spec))) {
          const other = subRows.find((r) => r.spec.key === '其他')!;
          other.found = true;
          readRowValues(other, gap.values, mode, out, usedTokens, tokens, layout);
          for (const r of subRows) if (r !== other) r.cells = r.cells.map(() => ({ state: 'blank' }));
          for (const r of subRows) r.found = true;
          out.notes.push('表三“（六）其他处理”只印了一行（2019年格式）：其数字记入“其他处理 · 其他”，另两行留空。');
        }
      }
    });
    alignShortRows(layout, out);
    if (table === 'table2') flagTrialFormat(region, chain, anchors, tokens, rows, out);
  }

  // Numbers no row took, and text that is neither a label nor a header word.
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
    for (let k = 0; k < tok.skel.length; k++) left += taken?.has(k) ? ' ' : tok.skel[k];
    const pieces = left.split(' ').filter(Boolean);
    if (pieces.some((p) => !isKnown(p, words, mode))) leftOver(tok);
  });
  out.unmapped.push(...collapseRepeats([...byLine.values()].map((parts) => parts.join(mode === 'pipe' ? ' | ' : ' '))));

  if (out.splitRows) {
    const name = { table2: '表二', table3: '表三', table4: '表四' }[table];
    out.notes.push(`${name}有 ${out.splitRows} 行原文各格数字连写在一起，按${table === 'table3' ? '本行合计' : '位数'}只有一种拆法，已拆开（见各行注释）。`);
  }
  if (table === 'table3') solveTable3([...rows.values()], out.notes);
  for (const row of rows.values()) finishRow(row, out);
  out.rows = [...rows.values()];
  return out;
}

function readRowValues(row: RowOut, values: Token[], mode: TextMode, out: TableOut, used: Set<number>, all: Token[], layout: LayoutColumns): void {
  const n = width(row.spec);
  const index = (t: Token): number => all.indexOf(t);
  const nums = values.filter((v) => v.kind === 'num');
  if (mode === 'pipe' || values.length >= n) {
    const taken = values.slice(0, n);
    if (mode === 'layout' && taken.length === n && taken.every((t) => t.kind === 'num' && t.line === taken[0]!.line)) {
      if (!layout.refs.has(n)) layout.refs.set(n, []);
      layout.refs.get(n)!.push({ line: taken[0]!.line, centers: taken.map(center) });
    }
    taken.forEach((t, i) => {
      used.add(index(t));
      row.cells[i] = cellOf(t, row.spec, out);
    });
    if (taken.length < n) row.comment = `原文此行只有 ${taken.length} 格（应有 ${n} 格），其余未找到`;
    return;
  }
  // Fewer numbers than cells, and the numbers touch the text: cells run together into digit strings.
  if (runTogether(mode, values)) {
    const runs = nums.map((t) => t.raw);
    const sums = row.spec.table === 'table3' && n === 7;
    let split = splitRuns(runs, n, sums ? rowSumHolds : undefined);
    let note = '';
    if (split && split.length === 0 && sums) {
      split = splitRuns(runs, n);
      note = '（任何拆法都不满足本行合计）';
    }
    for (const t of nums) used.add(index(t));
    if (split && split.length === 1) {
      row.cells = split[0]!.map((v) => ({ state: 'value', raw: String(v) }));
      row.comment = `原文连写为“${runs.join(' ')}”，按${sums ? '本行合计' : '位数'}只有这一种拆法`;
      out.splitRows = (out.splitRows ?? 0) + 1;
      return;
    }
    if (split && split.length > 1) {
      row.candidates = split;
      row.comment = `原文数字连写为“${runs.join(' ')}”${note}`;
      return;
    }
    row.cells = row.cells.map(() => ({ state: 'ambiguous' }));
    row.comment = `原文数字连写为“${runs.join(' ')}”，无法拆成 ${n} 格${note}`;
    return;
  }
  for (const t of values) used.add(index(t));
  if (mode === 'layout' && values.length > 0) layout.short.push({ row, values });
  row.cells = row.cells.map(() => ({ state: 'ambiguous' }));
  row.comment = `原文此行只找到 ${values.length} 个数（${values.map((v) => v.raw || '空').join(' ')}），对不上 ${n} 列，无法确定各属哪一列`;
}

/**
 * Table 二 of the 2019 trial format (国办公开办函〔2019〕60号, report years
 * 2019–2020) has other columns (上一年项目数量, 本年增/减, 处理决定数量 …): no
 * 2021 cell can be taken from it without a guess, so its rows are flagged with
 * the numbers as printed.
 */
function flagTrialFormat(region: string, chain: Match[], anchors: Anchor[], tokens: Token[], rows: Map<RowSpec, RowOut>, out: TableOut): void {
  if (!/上一年项目数量|对外公开总数量|本年新公开数量/.test(skeleton(region))) return;
  chain.forEach((m, i) => {
    const anchor = anchors[m.anchor]!;
    if (anchor.type !== 'row') return;
    const row = rows.get(anchor.spec)!;
    const end = chain[i + 1]?.startTok ?? tokens.length;
    const printed = tokens.slice(m.startTok, end).filter((t) => t.kind === 'num').map((t) => t.raw);
    row.cells = row.cells.map(() => ({ state: 'ambiguous' }));
    row.candidates = undefined;
    row.comment = `原文为2019年试行格式，列与2021年格式不同，此行原为：${printed.join(' / ') || '（无数字）'}`;
  });
  out.notes.push('表二是2019年试行格式（国办公开办函〔2019〕60号）的列，与2021年格式不同：表二各格未导入，原文数字见各行注释，请按2021年格式填写。');
}

/**
 * Whether short numbers are cells run together: only whole numbers, and glued
 * to their labels ('行政规范性文件693665') or in a flattened web page. A text
 * with one cell per line that lost a blank cell is not split (it is flagged).
 */
function runTogether(mode: TextMode, values: Token[]): boolean {
  if (mode === 'layout' || mode === 'pipe' || values.length === 0) return false;
  if (!values.every((t) => t.kind === 'num' && /^\d+$/.test(t.raw))) return false;
  return mode === 'glued' || values.some((t) => t.glued);
}

function cellOf(t: Token, row: RowSpec, out: TableOut): CellOut {
  if (t.kind === 'num') {
    if (!row.amount && t.raw.includes('.')) out.notes.push(`${rowName(row)}：原文“${t.raw}”不是整数，照录。`);
    return { state: 'value', raw: t.raw };
  }
  if (t.raw) out.notes.push(`${rowName(row)}：原文单元格为“${t.raw}”，导入为空格。`);
  return { state: 'blank' };
}

function readTable4(tokens: Token[], mode: TextMode, rows: RowOut[], used: Set<number>, out: TableOut): void {
  const values = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.kind !== 'text');
  const n = rows.reduce((s, r) => s + width(r.spec), 0);
  if (values.length === 0) return;
  for (const r of rows) r.found = true;
  const assign = (flat: CellOut[]): void => {
    let k = 0;
    for (const r of rows) r.cells = r.cells.map(() => flat[k++] ?? { state: 'missing' });
  };
  if (values.length >= n || mode === 'pipe') {
    const taken = values.slice(0, n);
    for (const { i } of taken) used.add(i);
    assign(taken.map(({ t }) => (t.kind === 'num' ? { state: 'value', raw: t.raw } : { state: 'blank' })));
    return;
  }
  const nums = values.filter(({ t }) => t.kind === 'num');
  if (runTogether(mode, values.map(({ t }) => t))) {
    for (const { i } of nums) used.add(i);
    const runs = nums.map(({ t }) => t.raw);
    const split = splitRuns(runs, n, groupSumsHold);
    if (split && split.length === 1) {
      assign(split[0]!.map((v) => ({ state: 'value', raw: String(v) })));
      out.notes.push(`表四：原文数字连写为“${runs.join(' ')}”，按各组合计只有一种拆法。`);
      return;
    }
    if (split && split.length > 1) {
      let k = 0;
      for (const r of rows) {
        const w = width(r.spec);
        r.candidates = dedupe(split.map((c) => c.slice(k, k + w)));
        r.comment = `原文表四数字连写为“${runs.join(' ')}”，共 ${split.length} 种拆法`;
        k += w;
      }
      return;
    }
  }
  for (const { i } of values) used.add(i);
  assign(values.map(() => ({ state: 'ambiguous' })));
  for (const r of rows) r.comment = `原文表四只找到 ${values.length} 个数（应有 ${n} 个），无法确定各属哪一格`;
}

/** Lines repeated verbatim (a converter's invented header printed over every sub-table) are listed once, with their count. */
function collapseRepeats(lines: string[]): string[] {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].map(([l, n]) => (n > 1 ? `${l}（共 ${n} 处）` : l));
}

function dedupe(rows: number[][]): number[][] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = r.join('/');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
  row.cells = first.map((v, i) => (row.candidates!.every((c) => c[i] === v) ? { state: 'value', raw: String(v) } : { state: 'ambiguous' }));
  row.comment = `${row.comment ?? ''}，可拆为：${describeCandidates(row.candidates)}；无法据表内合计确定，未定的格已留空`;
  out.notes.push(`${rowName(row.spec)}：${row.comment}。`);
}
