// The prose sections as paragraphs with their place in the source, so that a
// figure read in the text can be marked where it stands. A paragraph is one
// source line of the scalar (report-format.md: each line is one paragraph).
import { YEntry, YNode } from '../yamlTree';

/** The prose sections whose figures are read: 前言 and sections 一, 五, 六. */
export const PROSE_SECTIONS = ['前言', '总体情况', '存在的主要问题及改进情况', '其他需要报告的事项'] as const;

/** A prose section as messages name it. */
export const SECTION_NAMES: Record<string, string> = {
  前言: '前言',
  总体情况: '一、总体情况',
  存在的主要问题及改进情况: '五、存在的主要问题及改进情况',
  其他需要报告的事项: '六、其他需要报告的事项',
};

export interface SourceParagraph {
  section: string;
  text: string;
  /** Source offset of text[0]; text[i] stands at offset + i. */
  offset: number;
}

/**
 * The lines of a scalar as they stand in the source. A block scalar's header
 * line (`|`, `>-`) is skipped; quotes around a flow scalar are taken off.
 * Escapes in double-quoted text would shift offsets: such a line is dropped
 * rather than misplaced.
 */
export function scalarLines(section: string, node: YNode, source: string): SourceParagraph[] {
  if (node.kind !== 'scalar' || node.end <= node.start) return [];
  const block = node.style === 'BLOCK_LITERAL' || node.style === 'BLOCK_FOLDED';
  const quoted = node.style === 'QUOTE_DOUBLE' || node.style === 'QUOTE_SINGLE';
  const paragraphs: SourceParagraph[] = [];
  let lineStart = node.start;
  let first = true;
  while (lineStart < node.end) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > node.end) lineEnd = node.end;
    const skipHeader = first && block;
    first = false;
    if (!skipHeader) {
      let from = lineStart;
      let to = lineEnd;
      while (from < to && /[\s\u3000]/.test(source[from]!)) from++;
      while (to > from && /[\s\u3000]/.test(source[to - 1]!)) to--;
      if (quoted) {
        if (source[from] === '"' || source[from] === "'") from++;
        if (to > from && (source[to - 1] === '"' || source[to - 1] === "'")) to--;
      }
      const text = source.slice(from, to);
      if (text && !(node.style === 'QUOTE_DOUBLE' && text.includes('\\')))
        paragraphs.push({ section, text, offset: from });
    }
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

/** Every paragraph of the prose sections, in file order. */
export function proseParagraphs(root: YNode, source: string): SourceParagraph[] {
  if (root.kind !== 'map') return [];
  const entries = PROSE_SECTIONS.map((key) => root.byKey.get(key)).filter((e): e is YEntry => e !== undefined);
  return entries.flatMap((entry) => scalarLines(entry.key, entry.value, source));
}
