// Prose sections: one paragraph per line, each tied to the source line it
// came from, so the preview can scroll to it and click back to it.
import { LineIndex } from '../lineIndex';
import { paragraphs } from '../values';
import { YNode } from '../yamlTree';
import { Span } from './anchors';

export interface SourceParagraph {
  text: string;
  /** 0-based source line of the paragraph. */
  line: number;
  /** The whole source line, for placing findings. */
  span: Span;
}

/** How much of a paragraph is looked for in the source to find its line. */
const PROBE_LENGTH = 16;
/** Room for indentation, blank lines and removed Word artifacts between paragraphs. */
const SEARCH_SLACK = 4096;

/**
 * The paragraphs of a prose value with their source lines. The text is what
 * values.ts makes of the value (Word artifacts removed); its line is found by
 * looking for its opening in the source, in order. Where that fails (a quoted
 * string with escapes, a folded block) a paragraph takes the line of the one
 * before it.
 */
export function sourceParagraphs(node: YNode | undefined, text: string, lines: LineIndex): SourceParagraph[] {
  if (!node || node.kind !== 'scalar') return [];
  const result: SourceParagraph[] = [];
  let cursor = node.start;
  // How far the previous paragraph still runs past the cursor: the next one starts soon after.
  let ahead = 0;
  let line = lines.position(node.start).line;
  for (const paragraph of paragraphs(node)) {
    const probe = paragraph.slice(0, PROBE_LENGTH);
    // A bounded window keeps a huge file with unfindable paragraphs linear, not quadratic.
    const windowEnd = Math.min(node.end, cursor + ahead + probe.length + SEARCH_SLACK);
    const found = text.slice(cursor, windowEnd).indexOf(probe);
    if (found >= 0) {
      const at = cursor + found;
      line = lines.position(at).line;
      cursor = at + probe.length;
      ahead = Math.max(0, paragraph.length - probe.length);
    } else {
      ahead += paragraph.length;
    }
    const start = lines.lineStart(line);
    result.push({ text: paragraph, line, span: [start, start + lines.lineLength(line)] });
  }
  return result;
}
