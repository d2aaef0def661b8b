// Which agency and year a report is about, for pairing it with last year's
// report by content (never by file name). Read from the parse tree where the
// caller has one; from the top-level lines where it has only the text, so
// indexing a folder of reports does not cost a full parse per file.
import { parse } from 'yaml';
import { YNode } from '../yamlTree';

export const PREVIOUS_KEY = '上年报告';

export interface ReportIdentity {
  /** 机关, normalised (see normalizeAgency); undefined where missing or not text. */
  agency?: string;
  /** 年度 as a number, where it is four digits. */
  year?: number;
  /** 上年报告 as written (a path relative to the report's folder), where given as text. */
  link?: string;
}

/** Agencies compare after NFKC (full-width and half-width forms alike) and trimming, whitespace inside removed. */
export function normalizeAgency(value: string): string {
  return value.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}

function agencyOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const normalized = normalizeAgency(value);
  return normalized || undefined;
}

function yearOf(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return /^\d{4}$/.test(text) ? Number(text) : undefined;
}

function scalarAt(root: YNode, key: string): unknown {
  const entry = root.kind === 'map' ? root.byKey.get(key) : undefined;
  return entry?.value.kind === 'scalar' ? entry.value.value : undefined;
}

function linkOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

export function identityOf(root: YNode): ReportIdentity {
  const identity: ReportIdentity = { agency: agencyOf(scalarAt(root, '机关')), year: yearOf(scalarAt(root, '年度')) };
  const link = linkOf(scalarAt(root, PREVIOUS_KEY));
  if (link) identity.link = link;
  return identity;
}

/** An indented line right after, that is not a comment: the value goes on there. */
const CONTINUATION = /\r?\n[ \t]+[^\s#]/y;
/** A top-level `key: value` line. */
const TOP_LINE = /^(机关|年度|上年报告)[ \t]*:(?:[ \t]+([^\r\n]*))?\r?$/gm;

/** Text no YAML rule can read otherwise (no quote, flow, anchor, tag, block or comment sign): the value as is. */
const PLAIN_RE = /^[^\s'"[\]{}&*!|>%@`#,:?-][^'"[\]{}&*!|>%@`#,:]*$/;

/** A plain one-line value read without the YAML parser (indexing a folder reads thousands); undefined where it takes one. */
function plainValue(raw: string): string | number | undefined {
  const text = raw.trim();
  if (!PLAIN_RE.test(text)) return undefined;
  return /^[1-9][0-9]{3}$/.test(text) ? Number(text) : text;
}

/**
 * The identity from the text alone: the top-level 机关, 年度 (and 上年报告) lines, each
 * value read as YAML. Where a value runs on to the next line (or the file is
 * written another way, e.g. as one flow mapping), undefined: the caller parses.
 */
export function scanIdentity(text: string): ReportIdentity | undefined {
  const found: Record<string, unknown> = {};
  for (const match of text.matchAll(TOP_LINE)) {
    const key = match[1]!;
    if (key in found) return undefined; // a duplicate key: let the parser decide
    const end = (match.index ?? 0) + match[0].length;
    CONTINUATION.lastIndex = end;
    if (CONTINUATION.test(text)) return undefined;
    const value = plainValue(match[2] ?? '');
    if (value !== undefined) {
      found[key] = value;
      continue;
    }
    try {
      found[key] = parse(match[2] ?? '', { logLevel: 'silent' });
    } catch {
      return undefined;
    }
  }
  if (!('机关' in found) || !('年度' in found)) return undefined;
  const identity: ReportIdentity = { agency: agencyOf(found['机关']), year: yearOf(found['年度']) };
  const link = linkOf(found[PREVIOUS_KEY]);
  if (link) identity.link = link;
  return identity;
}

/** `2024 年度 某局` for messages. */
export function describeIdentity(identity: ReportIdentity): string {
  return `${identity.agency ?? '（未写机关）'} ${identity.year ?? '？'} 年度`;
}
