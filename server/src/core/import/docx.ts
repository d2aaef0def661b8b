// A Word file (.docx) as text: mammoth turns it into HTML (tables with their
// merged cells as colspan/rowspan), html.ts into the lines importText reads.
import mammoth from 'mammoth';
import { ImportError } from './errors';
import { htmlToText, HtmlText } from './html';

export async function docxToText(bytes: Buffer): Promise<HtmlText> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new ImportError(
      bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0
        ? '这是旧版 Word 文件（.doc），无法直接导入：请在 Word 或 WPS 中另存为 .docx 后再导入。'
        : '不是有效的 Word 文件（.docx）：文件内容不是 docx 格式，可能已损坏。',
    );
  }
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    throw new ImportError(`无法读取这个 Word 文件（.docx），文件可能已损坏：${error instanceof Error ? error.message : String(error)}`);
  }
  return htmlToText(html);
}
