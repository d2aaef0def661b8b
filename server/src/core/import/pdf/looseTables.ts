// Tables printed without rules: their rows are found by their numbers. A
// line with numbers standing apart is a row; the column edges are where the
// numbers of the table's rows stand (a printed blank is a column with no
// number in that row); the label lines around a row — a label wrapping in its
// column, the row's numbers on its middle line — go to the row whose numbers
// are nearest. A line reaching into the numbers' columns without numbers (a
// header) ends the table.
import { SECTION_KEYS } from '../sections';
import { joinPieces, TextLine } from './lines';
import { PdfText, sizeOf } from './page';

interface Chunk {
  text: string;
  x0: number;
  x1: number;
  numeric: boolean;
  pieces: PdfText[];
  top: number;
}

/** A cell's number (a unit after it, '12件', is read off by the table reader, with a note), or a dash for a blank. */
const NUMBER = /^(?:\d+(?:\.\d+)?(?:件|个|条|项|次|份|篇|万元|元)?|[-—–－/／])$/;
/** The start of a label: its numbering, or a table 二 heading ('第二十条第（六）项'). */
const NUMBERED = /^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d+[.、．]|第[二十]+条)/;

/** A line's pieces in runs that stand apart by most of a character: cells, where the line is a row. */
function chunksOf(line: TextLine): Chunk[] {
  const runs: PdfText[][] = [];
  for (const t of line.texts) {
    if (!t.text.trim()) continue;
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && t.x0 - prev.x1 < 0.8 * sizeOf(t)) run!.push(t);
    else runs.push([t]);
  }
  return runs.map((r) => {
    const text = joinPieces(r);
    return { text, x0: r[0]!.x0, x1: r[r.length - 1]!.x1, numeric: NUMBER.test(text), pieces: r, top: line.top };
  });
}

interface Region {
  anchors: { line: TextLine; chunks: Chunk[] }[];
  labels: { line: TextLine; chunks: Chunk[] }[];
  /** Left edge of the numbers' columns. */
  numbersLeft: number;
}

export interface LooseRow {
  top: number;
  text: string;
}

/** Centres of the numbers' columns: numbers whose centres lie within half a character are one column. */
function columns(region: Region, size: number): number[] {
  const centres = region.anchors
    .flatMap((a) => a.chunks.filter((c) => c.numeric).map((c) => (c.x0 + c.x1) / 2))
    .sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const x of centres) {
    const last = groups[groups.length - 1];
    if (last && x - last[last.length - 1]! <= 0.6 * size) last.push(x);
    else groups.push([x]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** Left edges of the label columns: where two or more label pieces of the table start (within half a character). */
function labelStarts(region: Region, size: number): number[] {
  const xs = [...region.anchors, ...region.labels]
    .flatMap((l) => l.chunks.filter((c) => !c.numeric).map((c) => c.x0))
    .sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const x of xs) {
    const last = groups[groups.length - 1];
    if (last && x - last[0]! <= 0.5 * size) last.push(x);
    else groups.push([x]);
  }
  return groups.filter((g) => g.length >= 2).map((g) => g[0]!);
}

/** A label chunk run together with its neighbour column's text (narrow columns, no gap): split at the column's edge. */
function splitAtStarts(chunk: Chunk, starts: number[], size: number): Chunk[] {
  const out: Chunk[] = [];
  let pieces: PdfText[] = [];
  const flush = (): void => {
    if (!pieces.length) return;
    const text = joinPieces(pieces);
    out.push({ ...chunk, text, x0: pieces[0]!.x0, x1: pieces[pieces.length - 1]!.x1, pieces });
    pieces = [];
  };
  for (const t of chunk.pieces) {
    if (pieces.length && starts.some((x) => Math.abs(t.x0 - x) <= 0.3 * size)) flush();
    pieces.push(t);
  }
  flush();
  return out;
}

/** The region's rows, and its label lines that belong to none of them (a heading after the last row). */
function rowsOf(region: Region): { rows: LooseRow[]; orphans: TextLine[] } {
  const orphans: TextLine[] = [];
  const size = Math.max(...region.anchors.map((a) => a.line.size));
  const cols = columns(region, size);
  const starts = labelStarts(region, size);
  const split = (chunks: Chunk[]): Chunk[] => chunks.flatMap((c) => (c.numeric ? [c] : splitAtStarts(c, starts, size)));
  for (const l of [...region.anchors, ...region.labels]) l.chunks = split(l.chunks);
  const mid = (l: TextLine): number => (l.top + l.bottom) / 2;
  const ownLabel = (a: Region['anchors'][number]): Chunk | undefined =>
    a.chunks.find((c) => !c.numeric && NUMBERED.test(c.text));
  // A row whose cells are all blank has no numbers to find it by: a label line that starts a label in
  // the same column as the next row's own label ('2.其他法律…' above '3.危及… 0 0 …') is such a row.
  for (const label of [...region.labels]) {
    const below = region.anchors.find((a) => mid(a.line) > mid(label.line));
    const own = below && ownLabel(below);
    const first = label.chunks[0];
    if (own && first && NUMBERED.test(first.text) && Math.abs(first.x0 - own.x0) <= 0.5 * size) {
      region.labels.splice(region.labels.indexOf(label), 1);
      region.anchors.splice(region.anchors.indexOf(below), 0, label);
    }
  }
  const labelsOf = new Map<TextLine, Chunk[]>(region.anchors.map((a) => [a.line, a.chunks.filter((c) => !c.numeric)]));
  for (const label of region.labels) {
    // A line that starts a label ('（二）部分公开…', '第二十条第（六）项') belongs to a row below it; a line
    // that goes on with one, to the row whose numbers are nearest — but not to a row below whose own
    // label starts on its numbers' line ('3.其他 0 0 …'): then to the row above.
    const at = mid(label.line);
    const below = region.anchors.find((a) => mid(a.line) > at);
    const candidates = NUMBERED.test(label.line.text)
      ? region.anchors.filter((a) => a.line.bottom >= label.line.bottom)
      : below && ownLabel(below)
        ? region.anchors.filter((a) => mid(a.line) <= at)
        : region.anchors;
    if (!candidates.length) {
      orphans.push(label.line);
      continue;
    }
    const nearest = candidates.reduce((best, a) =>
      Math.abs(mid(a.line) - at) < Math.abs(mid(best.line) - at) ? a : best,
    );
    labelsOf.get(nearest.line)!.push(...label.chunks);
  }
  const rows = region.anchors.map((a) => {
    // Label pieces by column (their left edges within a character), each column's pieces top to bottom.
    const pieces = labelsOf.get(a.line)!;
    const labelCols: Chunk[][] = [];
    for (const c of [...pieces].sort((p, q) => p.x0 - q.x0)) {
      const col = labelCols.find((lc) => Math.abs(lc[0]!.x0 - c.x0) <= size);
      if (col) col.push(c);
      else labelCols.push([c]);
    }
    const labelTexts = labelCols.map((col) =>
      col
        .sort((p, q) => p.top - q.top || p.x0 - q.x0)
        .map((c) => c.text)
        .join(''),
    );
    const values: string[] = cols.map(() => '');
    for (const c of a.chunks.filter((ch) => ch.numeric)) {
      const centre = (c.x0 + c.x1) / 2;
      let best = 0;
      cols.forEach((x, i) => {
        if (Math.abs(x - centre) < Math.abs(cols[best]! - centre)) best = i;
      });
      values[best] = values[best] ? `${values[best]}${c.text}` : c.text;
    }
    return { top: a.line.top, text: `| ${[...labelTexts, ...values].join(' | ')} |` };
  });
  return { rows, orphans };
}

/** A section's heading ('三、收到和处理政府信息公开申请情况'): it ends a table, never labels a row. */
function isSectionHeading(line: TextLine): boolean {
  const title = line.text.replace(/^[一二三四五六七八九十]+[、.．]\s*/, '');
  return title !== line.text && SECTION_KEYS.some((key) => title.startsWith(key.slice(0, 6)));
}

function isAnchor(chunks: Chunk[]): boolean {
  return chunks.length >= 2 && chunks.some((c) => c.numeric);
}

/**
 * The rows of the tables among a page's lines (top to bottom), and the lines
 * that are not in a table (prose, headings, a table's header lines).
 */
export function looseTables(lines: readonly TextLine[]): { rows: LooseRow[]; rest: TextLine[] } {
  const rows: LooseRow[] = [];
  const rest: TextLine[] = [];
  let region: Region | undefined;
  const close = (): void => {
    if (!region) return;
    // Label lines after the last row belong to it only where they follow at once (a wrapped label).
    const last = region.anchors[region.anchors.length - 1]!.line;
    const kept = region.labels.filter((l) => l.line.top <= last.bottom + 1.5 * last.size * 2);
    rest.push(...region.labels.filter((l) => !kept.includes(l)).map((l) => l.line));
    region.labels = kept;
    const made = rowsOf(region);
    rows.push(...made.rows);
    rest.push(...made.orphans);
    region = undefined;
  };
  for (const line of lines) {
    const chunks = chunksOf(line);
    if (isAnchor(chunks)) {
      // Rows further apart than a few lines (labels between them counted) are two tables.
      const lastBottom = region && Math.max(...[...region.anchors, ...region.labels].map((l) => l.line.bottom));
      if (region && lastBottom !== undefined && line.top - lastBottom > 4 * line.size) close();
      const numbersLeft = Math.min(...chunks.filter((c) => c.numeric).map((c) => c.x0));
      if (!region) {
        region = { anchors: [], labels: [], numbersLeft };
        // Label lines just above the first row (its label wraps, its numbers stand lower) come with it.
        while (rest.length) {
          const above = rest[rest.length - 1]!;
          const top = region.labels[0]?.line.top ?? line.top;
          if (above.x1 > numbersLeft || top - above.bottom > 1.5 * line.size || isSectionHeading(above)) break;
          region.labels.unshift({ line: rest.pop()!, chunks: chunksOf(above) });
        }
      }
      region.numbersLeft = Math.min(region.numbersLeft, numbersLeft);
      region.anchors.push({ line, chunks });
    } else if (region && line.x1 <= region.numbersLeft && !isSectionHeading(line)) {
      region.labels.push({ line, chunks });
    } else {
      close();
      rest.push(line);
    }
  }
  close();
  return { rows, rest };
}
