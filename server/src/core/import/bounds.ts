// The importer's bounds (report-format.md, "Bounds"), checked before the
// expensive step: a .docx is measured from its zip entries, each inflated up
// to what is left of the budget (a zip bomb stops there, whatever its headers
// claim), and its paragraphs counted in document.xml before mammoth builds a
// tree of them; an HTML page's nesting is counted on its tags before the
// walker recurses; a text's lines before they are read. A report has a few
// hundred paragraphs, lines and levels: the bounds are far above that.
import { inflateRawSync } from 'node:zlib';
import { ImportError } from './errors';

/** Most bytes all entries of a .docx may inflate to, together. */
export const MAX_DOCX_INFLATED = 64 * 1024 * 1024;
/** Most paragraphs (`<w:p>`, table cells' included) in a .docx. */
export const MAX_DOCX_PARAGRAPHS = 50_000;
/** Deepest nesting of an HTML page's elements (a web page has a few dozen levels). */
export const MAX_HTML_DEPTH = 256;
/** Most lines of a text to import. */
export const MAX_TEXT_LINES = 50_000;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeader: number;
}

/** The central directory's entries; undefined where the bytes are not a zip this reader understands. */
function zipEntries(zip: Buffer): ZipEntry[] | undefined {
  const tail = Math.max(0, zip.length - 65_557);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < tail || end + 22 > zip.length) return undefined;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) return undefined;
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localHeader: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** An entry's bytes, inflated to at most `budget` bytes; undefined past it (or for an unknown method). */
function inflated(zip: Buffer, entry: ZipEntry, budget: number): Buffer | undefined | 'over' {
  const at = entry.localHeader;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) return undefined;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length > budget ? 'over' : data;
  if (entry.method !== 8) return undefined;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'over';
    return undefined;
  }
}

/** Paragraphs in document.xml, counted up to one past the bound. */
function paragraphCount(documentXml: Buffer): number {
  const text = documentXml.toString('latin1');
  const paragraph = /<w:p[\s>/]/g;
  let count = 0;
  while (count <= MAX_DOCX_PARAGRAPHS && paragraph.exec(text)) count++;
  return count;
}

/**
 * Throws an ImportError for a .docx past MAX_DOCX_INFLATED or
 * MAX_DOCX_PARAGRAPHS. A zip this reader cannot walk is left to mammoth,
 * which says it is damaged.
 */
export function checkDocxBounds(zip: Buffer): void {
  const entries = zipEntries(zip);
  if (!entries) return;
  let left = MAX_DOCX_INFLATED;
  for (const entry of entries) {
    const bytes = inflated(zip, entry, left);
    if (bytes === 'over') {
      throw new ImportError(
        `这个 Word 文件解压后超过 ${MAX_DOCX_INFLATED / 1024 / 1024} MB（「${entry.name}」），未导入：一份年度报告不会这么大，文件可能已损坏或是恶意构造的。`,
      );
    }
    if (!bytes) continue;
    left -= bytes.length;
    if (entry.name === 'word/document.xml') {
      if (paragraphCount(bytes) > MAX_DOCX_PARAGRAPHS) {
        throw new ImportError(
          `这个 Word 文件的段落超过 ${MAX_DOCX_PARAGRAPHS} 个，未导入：一份年度报告只有几百个段落，请检查是否选错了文件。`,
        );
      }
    }
  }
}

/** Elements whose end tag may be left out (they do not nest in themselves) and void elements. */
const NOT_NESTING = new Set(
  'p li dt dd tr td th thead tbody tfoot colgroup option optgroup rb rt rp area base br col embed hr img input link meta source track wbr'.split(
    ' ',
  ),
);

/** Throws an ImportError for an HTML page nested deeper than MAX_HTML_DEPTH elements. */
export function checkHtmlBounds(html: string): void {
  let depth = 0;
  for (const tag of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const name = tag[2]!.toLowerCase();
    if (NOT_NESTING.has(name) || tag[3]) continue;
    depth = tag[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_HTML_DEPTH) {
      throw new ImportError(
        `网页的元素嵌套超过 ${MAX_HTML_DEPTH} 层，未导入：一份年度报告的网页不会这样嵌套，文件可能已损坏或是恶意构造的。`,
      );
    }
  }
}

/** Throws an ImportError for a text of more than MAX_TEXT_LINES lines. */
export function checkTextBounds(text: string): void {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (++lines > MAX_TEXT_LINES) {
      throw new ImportError(`文字超过 ${MAX_TEXT_LINES} 行，未导入：一份年度报告只有几百行，请检查是否选错了文件。`);
    }
  }
}
