// A Word file (.docx) as text: mammoth turns it into HTML (tables with their
// merged cells as colspan/rowspan), html.ts into the lines importText reads.
import mammoth from 'mammoth';
import { checkDocxBounds, checkHtmlBounds } from './bounds';
import { ImportError } from './errors';
import { htmlToText, HtmlText } from './html';

/** Office stores a password-protected .docx as an OLE file holding an "EncryptedPackage" stream. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

function notDocxMessage(bytes: Buffer): string {
  const ole = bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0;
  if (ole && bytes.includes(ENCRYPTED_PACKAGE))
    return '这个 Word 文件设有打开密码（已加密），无法导入：请在 Word 或 WPS 中取消密码并另存为 .docx 后再导入。';
  if (ole) return '这是旧版 Word 文件（.doc），无法直接导入：请在 Word 或 WPS 中另存为 .docx 后再导入。';
  return '不是有效的 Word 文件（.docx）：文件内容不是 docx 格式，可能已损坏。';
}

export async function docxToText(bytes: Buffer): Promise<HtmlText> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ImportError(notDocxMessage(bytes));
  checkDocxBounds(bytes);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    throw new ImportError(
      `无法读取这个 Word 文件（.docx），文件可能已损坏：${error instanceof Error ? error.message : String(error)}`,
    );
  }
  checkHtmlBounds(html);
  return htmlToText(html);
}
