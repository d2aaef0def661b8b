// A table region as a stream of tokens: text (labels, headers), numbers and
// blank cells, whatever the layout — one cell per line, cells between `|`,
// columns of pdftotext -layout, or cells run together with their labels
// ('规章 000行政规范性文件693665'). Numbering digits glued to a value
// ('00000002.其他法律…': the 2 numbers the next row) go back to the label.
import { asciiDigits, isBlankText, TextMode } from './normalize';
import { foldLabel } from './labels';

export interface Token {
  kind: 'text' | 'num' | 'blank';
  /** The token's text as found (a blank: the cell's content, e.g. '' or '—'). */
  raw: string;
  /** For text: its folded form (foldLabel) and, per folded character, its index in raw. */
  folded: string;
  foldedToRaw: number[];
  line: number;
  col: number;
  /** A number that touched text with no space between ('行政许可2293'). */
  glued: boolean;
  /** In a `|` table: which cell of its row (0 = the first). */
  cell?: number;
}

/** Lines of prose standing in a table section (a sentence, not a cell): kept out of the cells. */
function isProseLine(line: string): boolean {
  const cjk = (line.match(/[\u3400-\u9fff]/g) ?? []).length;
  return cjk >= 10 && /[。！？]/.test(line) && !line.includes('|');
}

const MD_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const DASH_CELL = /^(?:[-—–－/／\\]+|无)$/;
const NUMBER_CELL = /^\d+(?:\.\d+)?$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const WITH_UNIT = /^(\d+(?:\.\d+)?)\s*(?:件|个|条|项|次|份|篇|万元|元)$/;

export interface Tokenized {
  tokens: Token[];
  /** Lines left out as prose, and cell contents changed on the way (for notes). */
  prose: string[];
  notes: string[];
}

export function tokenize(region: string, mode: TextMode): Tokenized {
  const out: Tokenized = { tokens: [], prose: [], notes: [] };
  const lines = region.split('\n');
  const markers: number[] = [];
  lines.forEach((rawLine, lineNo) => {
    const line = asciiDigits(rawLine);
    // Only tabs and spaces: layout, not a cell. (trim() would also take NBSP, which Word leaves in blank cells.)
    if (!line.replace(/[ \t]/g, '')) return;
    if (mode !== 'glued' && isProseLine(line)) {
      out.prose.push(rawLine.trim());
      return;
    }
    if (mode === 'pipe') {
      if (MD_SEPARATOR.test(line)) return;
      const trimmed = line.trim();
      if (trimmed === '|') {
        markers.push(out.tokens.length);
        out.tokens.push(textToken('|', lineNo, 0));
        return;
      }
      if (!line.includes('|')) {
        out.tokens.push(cellToken(line, lineNo, 0, out.notes));
        return;
      }
      const pieces = line.split('|');
      if (trimmed.startsWith('|')) pieces.shift();
      if (trimmed.endsWith('|')) pieces.pop();
      let col = 0;
      pieces.forEach((piece, cell) => {
        out.tokens.push({ ...cellToken(piece, lineNo, col, out.notes), cell });
        col += piece.length + 1;
      });
      return;
    }
    if (/^[\u00a0\u3000]+$/.test(line.replace(/[ \t]/g, ''))) {
      out.tokens.push({ kind: 'blank', raw: '', folded: '', foldedToRaw: [], line: lineNo, col: 0, glued: false });
      return;
    }
    const pieceRe = /[^\s\u00a0\u3000]+/g;
    for (let m = pieceRe.exec(line); m; m = pieceRe.exec(line)) out.tokens.push(...scanPiece(m[0], lineNo, m.index));
  });
  // A lone '|' line (cells one per line, each ending in '|'): a blank cell where a
  // number or another lone '|' follows, else the start of the next row.
  const drop = new Set<number>();
  for (const i of markers) {
    const next = out.tokens[i + 1];
    if (next && (next.kind === 'num' || next.kind === 'blank' || (next.kind === 'text' && next.raw === '|'))) {
      out.tokens[i] = { ...out.tokens[i]!, kind: 'blank', raw: '', folded: '', foldedToRaw: [] };
    } else drop.add(i);
  }
  if (drop.size) out.tokens = out.tokens.filter((_, i) => !drop.has(i));
  return out;
}

function textToken(raw: string, line: number, col: number): Token {
  const foldedToRaw: number[] = [];
  let folded = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      // Common ideographs fold to themselves (the fast path for long text).
      folded += raw[i];
      foldedToRaw.push(i);
      continue;
    }
    const s = foldLabel(raw[i]!);
    for (const ch of s) {
      folded += ch;
      foldedToRaw.push(i);
    }
  }
  return { kind: 'text', raw, folded, foldedToRaw, line, col, glued: false };
}

function cellToken(piece: string, line: number, col: number, notes: string[]): Token {
  const t = piece.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
  if (isBlankText(t)) return { kind: 'blank', raw: '', folded: '', foldedToRaw: [], line, col, glued: false };
  if (DASH_CELL.test(t)) return { kind: 'blank', raw: t, folded: '', foldedToRaw: [], line, col, glued: false };
  if (NUMBER_CELL.test(t)) return { kind: 'num', raw: t, folded: '', foldedToRaw: [], line, col, glued: false };
  if (THOUSANDS.test(t)) {
    notes.push(`表格中的“${t}”去掉千位分隔符读作 ${t.replace(/,/g, '')}。`);
    return { kind: 'num', raw: t.replace(/,/g, ''), folded: '', foldedToRaw: [], line, col, glued: false };
  }
  const unit = WITH_UNIT.exec(t);
  if (unit) {
    notes.push(`表格中的“${t}”去掉单位读作 ${unit[1]}。`);
    return { kind: 'num', raw: unit[1]!, folded: '', foldedToRaw: [], line, col, glued: false };
  }
  return textToken(t, line, col);
}

/** Splits a piece of text with no spaces into text and numbers; numbering digits go with their label. */
function scanPiece(piece: string, line: number, col: number): Token[] {
  const parts: { raw: string; num: boolean; at: number }[] = [];
  const re = /\d+(?:\.\d+)?|\D+/g;
  for (let m = re.exec(piece); m; m = re.exec(piece)) parts.push({ raw: m[0], num: /^\d/.test(m[0]), at: m.index });
  // '1.属于', '2、申请人', '00000002.其他': the last digit before '.'/'、' and a label is numbering.
  for (let i = 0; i < parts.length - 1; i++) {
    const p = parts[i]!;
    const next = parts[i + 1]!;
    if (p.num && !next.num && /^[.、．]\s*[\u3400-\u9fff“"（(]/.test(next.raw) && !p.raw.includes('.')) {
      const digits = p.raw.length > 1 && p.raw.length <= 2 && Number(p.raw) <= 20 && i === 0 ? p.raw : p.raw.slice(-1);
      next.raw = digits + next.raw;
      next.at -= digits.length;
      p.raw = p.raw.slice(0, p.raw.length - digits.length);
    }
  }
  const kept = parts.filter((p) => p.raw.length > 0);
  return kept.map((p, i) => {
    if (!p.num) return textToken(p.raw, line, col + p.at);
    const glued = kept.length > 1 && (kept[i - 1]?.num === false || kept[i + 1]?.num === false);
    return { kind: 'num' as const, raw: p.raw, folded: '', foldedToRaw: [], line, col: col + p.at, glued };
  });
}
