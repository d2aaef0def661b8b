// The value rules of docs/report-format.md ("Values: counts, blanks, text"). They
// look at the source text of a scalar, not at what YAML would read: `0x10`,
// `1e3` and `"3"` are numbers to YAML but not counts in a statistical table.
import { YNode, YScalar } from './yamlTree';

/** A count: plain decimal digits, no sign, no leading zero. */
const COUNT_PATTERN = '^(0|[1-9][0-9]*)$';
/** An amount in 万元: a count with an optional fraction of at most 6 digits. */
const AMOUNT_PATTERN = '^(0|[1-9][0-9]*)(\\.[0-9]{1,6})?$';

const COUNT_RE = new RegExp(COUNT_PATTERN);
const AMOUNT_RE = new RegExp(AMOUNT_PATTERN);
/** Blank strings: spaces, including U+00A0 and U+3000 as Word leaves them. */
const BLANK_RE = /^[\s\u00a0\u3000]*$/;

export type CellValue =
  { state: 'number'; value: number } | { state: 'blank' } | { state: 'invalid' } | { state: 'missing' };

/**
 * The number a count's (or amount's) source text stands for, or undefined
 * when it is not one: past 2^53 − 1 a double no longer holds every whole
 * number (…993 would be summed as …992), and 400 digits read as Infinity.
 */
export function countOf(raw: string, amount: boolean): number | undefined {
  if (!(amount ? AMOUNT_RE : COUNT_RE).test(raw)) return undefined;
  const whole = Number(raw.split('.')[0]);
  return Number.isSafeInteger(whole) ? Number(raw) : undefined;
}

/** Whether the text is written as a count (or amount) but is too large to count exactly. */
export function isTooLargeCount(raw: string, amount: boolean): boolean {
  return (amount ? AMOUNT_RE : COUNT_RE).test(raw) && countOf(raw, amount) === undefined;
}

/** Whether a scalar is a blank cell: empty, `~`, `null`, `""` or only spaces. */
export function isBlank(node: YNode): boolean {
  if (node.kind !== 'scalar') return false;
  if (node.value === null) return true;
  return (
    typeof node.value === 'string' &&
    node.style !== 'BLOCK_LITERAL' &&
    node.style !== 'BLOCK_FOLDED' &&
    BLANK_RE.test(node.value)
  );
}

/**
 * What the JSON Schema sees for a table cell: the number where the source
 * text is a count (or amount), null where blank, else the source text itself,
 * which the schema's type rule then rejects.
 */
export function cellInstance(node: YNode, amount: boolean): unknown {
  // An alias not expanded has its own finding; the cell is not judged again.
  if (node.kind === 'unresolved-alias') return null;
  if (node.kind !== 'scalar') return node.kind === 'seq' ? [] : {};
  if (isBlank(node)) return null;
  return countOf(node.raw, amount) ?? node.raw;
}

export function readCell(node: YNode | undefined, amount: boolean): CellValue {
  if (!node) return { state: 'missing' };
  if (isBlank(node)) return { state: 'blank' };
  if (node.kind !== 'scalar') return { state: 'invalid' };
  const value = countOf(node.raw, amount);
  return value === undefined ? { state: 'invalid' } : { state: 'number', value };
}

/**
 * The count a mistyped cell most likely means, for the quick fix and the
 * message: full-width digits, a trailing unit (`12件`), quotes, a sign-less
 * float that is whole (`2.0`). Undefined when there is no safe reading.
 */
export function intendedCount(raw: string): string | undefined {
  let s = raw
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim();
  s = s.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
  s = s.replace(/^\+/, '').replace(/\s*(件|个|条|项|次|人次|份|篇)$/, '');
  if (!/^[0-9]+(\.0+)?$/.test(s)) return undefined;
  const value = Number(s);
  return Number.isSafeInteger(value) ? String(value) : undefined;
}

/** Word's bookmark markers left in text copied from a .docx: not part of the text. */
export const BOOKMARK_RE = /\[bookmark: [^\]]*\]/g;

/** A prose block as paragraphs: one per non-blank line, Word artifacts removed. */
export function paragraphs(node: YNode | undefined): string[] {
  if (!node || node.kind !== 'scalar' || node.value === null || node.value === undefined) return [];
  return String(node.value)
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(BOOKMARK_RE, '')
        .replace(/^[\u3000\s]+/, '')
        .trimEnd(),
    )
    .filter((line) => line.length > 0);
}

export function scalarText(node: YNode | undefined): string | undefined {
  if (!node || node.kind !== 'scalar' || node.value === null) return undefined;
  return String(node.value);
}

export type { YScalar };
