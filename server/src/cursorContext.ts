// What the cursor stands in, for completion: a key to be typed under some
// parent keys, a key inside a flow mapping `{自然人: 0, |}`, or the empty
// value after `key:`. Read from the lines (core/keyLines), never only from
// the parse tree, so that it works while the text does not parse.
import { Position } from './core/findings';
import { samePath } from './core/model';
import { LineIndex } from './core/lineIndex';
import { flowEntries, openBrace } from './core/flowEntries';
import { scanUnquoted } from './core/quotedText';
import { indentUnit, lineText, trackLines, withoutComment } from './core/keyLines';

export type CursorContext =
  | {
      kind: 'key';
      /** Keys of the block mappings the new key goes under. */
      parent: string[];
      /** Offsets of the text the completion replaces. */
      start: number;
      end: number;
      /** The line already has `key:` and a value: replace the key only. */
      keyOnly: boolean;
      indent: number;
      unit: number;
      /** Keys already present under the same parent (the cursor's own line excluded). */
      present: Set<string>;
    }
  | {
      kind: 'flowKey';
      /** Path of the row whose flow mapping the cursor is in. */
      row: string[];
      start: number;
      end: number;
      keyOnly: boolean;
      /** Insert a space first (the cursor follows a comma directly). */
      leadingSpace: boolean;
      /** Text to insert after the entry: `,` or `, ` where another entry follows, else ''. */
      suffix: string;
      present: Set<string>;
    }
  | {
      kind: 'value';
      /** Path of the key whose empty value the cursor is at. */
      path: string[];
      at: number;
      indent: number;
      unit: number;
      /** The cursor follows the colon directly: insert a space first. */
      space: boolean;
    };

/** Start of the flow segment (after `{` or the last top-level `,`) that holds `col`. */
function segmentStart(line: string, brace: number, col: number): number {
  let start = brace + 1;
  let depth = 0;
  scanUnquoted(line, brace + 1, col, (ch, i) => {
    if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) start = i + 1;
  });
  return start;
}

export function cursorContext(text: string, lines: LineIndex, position: Position): CursorContext | undefined {
  const lineNo = position.line;
  if (lineNo < 0 || lineNo >= lines.lineCount) return undefined;
  const tracker = trackLines(text, lines, lineNo);
  const line = lineText(text, lines, lineNo);
  const lineStart = lines.lineStart(lineNo);
  const col = Math.max(0, Math.min(position.character, line.length));
  const before = line.slice(0, col);
  const lead = line.length - line.trimStart().length;
  const blank = line.trim() === '';
  const indent = blank ? col : lead;
  // Inside prose or a multi-line flow? A blank cursor line is judged by the cursor's column.
  if (tracker.continues(indent, false)) return undefined;
  if (!blank && col < lead) return undefined;
  if (withoutComment(before) !== before) return undefined;
  const keyLine = tracker.feed(lineNo, line, lineStart);
  const parent = keyLine ? keyLine.parent : tracker.parentFor(indent);
  for (let l = lineNo + 1; l < lines.lineCount; l++) tracker.feed(l, lineText(text, lines, l), lines.lineStart(l));
  const unit = indentUnit(tracker.keyLines);

  const brace = openBrace(line, col);
  if (brace) {
    if (brace.depth !== 1 || brace.bracket || !keyLine || lineStart + brace.at !== keyLine.valueStart) return undefined;
    const segStart = segmentStart(line, brace.at, col);
    const seg = line.slice(segStart, col);
    if (seg.includes(':')) return undefined; // at a value
    const wordStart = segStart + (seg.length - seg.trimStart().length);
    const tail = /^[^,:{}\s]*/.exec(line.slice(col))![0];
    const end = col + tail.length;
    const next = line.slice(end).trimStart()[0];
    const keyOnly = next === ':';
    const present = new Set(
      flowEntries(line, brace.at)
        .entries.filter((e) => e.keyStart !== wordStart)
        .map((e) => e.key),
    );
    return {
      kind: 'flowKey',
      row: [...keyLine.parent, keyLine.key],
      start: lineStart + wordStart,
      end: lineStart + end,
      keyOnly,
      leadingSpace: line[wordStart - 1] === ',',
      suffix:
        keyOnly || next === undefined || next === '}' || next === ',' ? '' : /\s/.test(line[end] ?? '') ? ',' : ', ',
      present,
    };
  }

  if (keyLine && lineStart + col > keyLine.colon) {
    const typed = line.slice(keyLine.colon - lineStart + 1, col);
    if (typed.trim() !== '' || line.slice(col).trim() !== '') return undefined;
    return {
      kind: 'value',
      path: [...keyLine.parent, keyLine.key],
      at: lineStart + col,
      indent: keyLine.indent,
      unit,
      space: line[col - 1] === ':',
    };
  }

  const partial = before.slice(indent);
  if (/^[-?{["'|>&*!]/.test(partial)) return undefined;
  let end = col;
  let keyOnly = false;
  if (keyLine) {
    keyOnly = true;
    end = Math.max(col, keyLine.keyEnd - lineStart);
  } else {
    const rest = line.slice(col);
    const word = /^\S*/.exec(rest)![0];
    if (rest.slice(word.length).trim() === '') end = col + word.length;
  }
  const present = new Set(
    tracker.keyLines.filter((k) => k.line !== lineNo && samePath(k.parent, parent)).map((k) => k.key),
  );
  return { kind: 'key', parent, start: lineStart + indent, end: lineStart + end, keyOnly, indent, unit, present };
}
