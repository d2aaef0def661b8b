// What every part of the renderer shares: the parsed tree, the anchors, and
// small helpers that find a key in the file and build anchored elements.
import { FormatNode } from '../model';
import { isBlank } from '../values';
import { entryAt, YEntry, YNode } from '../yamlTree';
import { Anchors, Span } from './anchors';
import { Attrs, Child, El, h } from './dom';

export interface RenderContext {
  root: YNode;
  anchors: Anchors;
  /** Last year's figures beside this year's (the preview's toggle); undefined: not shown. */
  previous?: PreviousFigures;
}

/** This year's and last year's table numbers by path ('a/b/c'), and the share of change that is marked. */
export interface PreviousFigures {
  now: Map<string, number>;
  last: Map<string, number>;
  share: number;
}

/** Where a key of the format stands in the file. */
export interface PlaceInFile {
  path: string[];
  entry?: YEntry;
  /** The parent's entry, when the parent is in the file as a mapping (undefined at the top level). */
  parent?: YEntry;
  /** Whether a missing entry here is reported by the engine (its parent is a mapping in the file). */
  reportable: boolean;
  /** 0-based line: the key's, or the nearest ancestor's that the file has. */
  line: number;
}

export function placeInFile(ctx: RenderContext, path: string[]): PlaceInFile {
  const entry = entryAt(ctx.root, path);
  let line = 0;
  let parent: YEntry | undefined;
  for (let depth = path.length - 1; depth >= 1; depth--) {
    const ancestor = entryAt(ctx.root, path.slice(0, depth));
    if (ancestor) {
      line = ctx.anchors.lineOf(ancestor.keyStart);
      if (depth === path.length - 1) parent = ancestor;
      break;
    }
  }
  if (entry) line = ctx.anchors.lineOf(entry.keyStart);
  const reportable =
    path.length === 1 ? ctx.root.kind === 'map' || isEmptyRoot(ctx.root) : parent?.value.kind === 'map';
  return { path, entry, parent: parent?.value.kind === 'map' ? parent : undefined, reportable, line };
}

function isEmptyRoot(root: YNode): boolean {
  return root.kind === 'scalar' && root.value === null;
}

/** The source span of an entry: from its key to the end of its value. */
export function entrySpan(entry: YEntry): Span {
  return [entry.keyStart, Math.max(entry.keyEnd, entry.value.end)];
}

/** An element for a key of the format: anchored where the file has it, a marked placeholder where it lacks it. */
export function keyed(
  ctx: RenderContext,
  tag: string,
  place: PlaceInFile,
  node: FormatNode,
  attrs: Attrs,
  children: Child[],
  options: { suffix?: string; markMissing?: boolean } = {},
): El {
  const el = h(tag, attrs, children);
  ctx.anchors.anchor(
    el,
    pathWithSuffix(place.path, options.suffix),
    place.line,
    place.entry ? [entrySpan(place.entry)] : [],
  );
  if (!place.entry && node.required && place.reportable && options.markMissing !== false) {
    ctx.anchors.markMissing(el, place.parent, node.key);
  }
  return el;
}

/** A path with a suffix on its last key, e.g. 'a/b#label': the label of a row, next to the row's cells. */
function pathWithSuffix(path: readonly string[], suffix = ''): string[] {
  if (!suffix || path.length === 0) return [...path];
  return [...path.slice(0, -1), path[path.length - 1] + suffix];
}

const MAX_CELL_TEXT = 40;

/** What a table cell shows: the value as written; nothing for a blank or a nested value. */
export function cellText(node: YNode): string {
  if (node.kind !== 'scalar' || isBlank(node)) return '';
  const text = node.style === 'BLOCK_LITERAL' || node.style === 'BLOCK_FOLDED' ? String(node.value ?? '') : node.raw;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_CELL_TEXT ? `${oneLine.slice(0, MAX_CELL_TEXT)}…` : oneLine;
}
