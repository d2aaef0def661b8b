// The engine's structural bounds (report-format.md, "Bounds"), checked on
// the token stream before any tree is built: the YAML composer recurses once
// per nesting level and allocates a node per value, so a 10 KB file of 5,000
// `[` or a 9 MB flow sequence of millions of items would exhaust the stack or
// the heap. The scan is one pass of yaml's Lexer (no tree, no recursion) and
// stops at the first bound passed, so its time is proportional to the bound.
import { CST, Lexer } from 'yaml';
import { RawFinding } from './findings';

/** Deepest nesting of mappings and sequences (a report has five levels). */
export const MAX_DEPTH = 64;
/** Most values (scalars, mappings, sequences) in a file (a report has about 500). */
export const MAX_NODES = 200_000;
/** Most keys in one mapping (a report's mappings have at most 20). */
export const MAX_KEYS_PER_MAP = 50_000;

/** Control tokens of the lexer that stand for no source text. */
const CONTROL = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);
/** Tokens that each begin one value of the tree. */
const NODE_TOKENS = new Set<string | null>(['scalar', 'alias', 'flow-map-start', 'flow-seq-start', 'seq-item-ind']);

export function tooDeepMessage(): string {
  return `嵌套超过 ${MAX_DEPTH} 层，未做检查。报告的结构最多只有五层，请检查括号和缩进。`;
}

function tooManyNodesMessage(): string {
  return `文件中的值超过 ${MAX_NODES.toLocaleString('en-US')} 个，未做检查。一份年度报告只有几百个值：请检查是否误存了其他内容。`;
}

/**
 * The first structural bound the text passes, as one `too-large` finding at
 * the place it is passed; undefined for a text within the bounds.
 *
 * Depth counts open flow brackets plus open block levels. A block level opens
 * at the column of a line's first token and after each `- ` or `? ` on a line,
 * and closes at a later line that starts at or left of its column: the
 * indentation rule of YAML, without building the tree.
 */
export function boundsFinding(text: string): RawFinding | undefined {
  return surelyWithinBounds(text) ? undefined : lexedBoundsFinding(text);
}

/** The lexer pass itself (boundsFinding without its shortcut; tests hold the two to the same answer). */
export function lexedBoundsFinding(text: string): RawFinding | undefined {
  const blockColumns: number[] = [];
  let flowDepth = 0;
  let nodes = 0;
  let offset = 0;
  let lineStart = 0;
  /** Whether the next content token opens a block level (first on its line, or after `-`/`?`). */
  let opensLevel = true;
  let scalarNext = false;
  for (const token of new Lexer().lex(text)) {
    if (CONTROL.has(token)) {
      if (token === CST.SCALAR) scalarNext = true;
      continue;
    }
    const at = offset;
    offset += token.length;
    const type: string | null = scalarNext ? 'scalar' : CST.tokenType(token);
    scalarNext = false;
    switch (type) {
      case 'newline':
        lineStart = offset;
        opensLevel = true;
        continue;
      case 'space':
      case 'comment':
      case 'byte-order-mark':
      case 'doc-start':
      case 'doc-end':
      case 'directive-line':
        continue;
    }
    if (opensLevel && flowDepth === 0) {
      const column = at - lineStart;
      while (blockColumns.length && blockColumns[blockColumns.length - 1]! >= column) blockColumns.pop();
      blockColumns.push(column);
    }
    opensLevel = type === 'seq-item-ind' || type === 'explicit-key-ind';
    if (type === 'flow-map-start' || type === 'flow-seq-start') flowDepth++;
    else if (type === 'flow-map-end' || type === 'flow-seq-end') flowDepth = Math.max(0, flowDepth - 1);
    if (NODE_TOKENS.has(type)) nodes++;
    // A scalar token may span lines (a block scalar, a multi-line plain or quoted one).
    const newline = token.lastIndexOf('\n');
    if (newline >= 0) lineStart = at + newline + 1;
    if (blockColumns.length + flowDepth > MAX_DEPTH) return finding(at, token, tooDeepMessage());
    if (nodes > MAX_NODES) return finding(at, token, tooManyNodesMessage());
  }
  return undefined;
}

/**
 * A cheap over-estimate of what the lexer pass counts, so that an ordinary
 * report (a few KB, five levels) is spared the pass. Every value token takes
 * at least one character of its own or of a separator, so a text of at most
 * MAX_NODES / 2 characters cannot pass MAX_NODES. Open flow brackets are at
 * most the `[` and `{` in the text. Block levels have strictly increasing
 * columns: those within the deepest indentation are at most that many plus
 * one, and a line's first token pops every deeper one, so the rest were
 * opened on one line after its `-` and `?` marks.
 */
function surelyWithinBounds(text: string): boolean {
  if (text.length * 2 > MAX_NODES) return false;
  let opens = 0;
  let indent = 0;
  let maxIndent = 0;
  let marks = 0;
  let maxMarks = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      atLineStart = true;
      indent = 0;
      marks = 0;
      continue;
    }
    if (atLineStart) {
      if (c === 0x20 || c === 0x09) {
        maxIndent = Math.max(maxIndent, ++indent);
        continue;
      }
      atLineStart = false;
    }
    if (c === 0x5b || c === 0x7b) opens++;
    else if (c === 0x2d || c === 0x3f) maxMarks = Math.max(maxMarks, ++marks);
  }
  return opens + maxIndent + 1 + maxMarks <= MAX_DEPTH;
}

/** The finding on the token where the bound is passed, kept to its first line. */
function finding(at: number, token: string, message: string): RawFinding {
  const lineEnd = token.search(/[\r\n]/);
  return { start: at, end: at + (lineEnd < 0 ? token.length : lineEnd), code: 'too-large', message };
}

/** The message when one mapping passes MAX_KEYS_PER_MAP keys. */
export function tooManyKeysMessage(): string {
  return `同一层级的键超过 ${MAX_KEYS_PER_MAP.toLocaleString('en-US')} 个，其余的键不再检查是否重复。报告每一层只有十几个键：请检查是否误存了其他内容。`;
}
