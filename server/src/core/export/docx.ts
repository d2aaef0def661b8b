// The Word export: a report file's text in, a .docx out, in the layout
// agencies publish and the HTML renderer shows (render/): A4, the title, the
// 前言, the six numbered sections in official order (prose, or tables 二, 三,
// 四 with their merged header cells), the 落款, and page numbers in the
// footer. Pure TypeScript over the engine's tree and the `docx` package; the
// CLI (`xxgk render -o x.docx`) and the language server (xxgk/exportDocx)
// both call renderDocx.
import { Document, FileChild, Packer } from 'docx';
import { MAX_BYTES, parseReport } from '../engine';
import { stripBom } from '../lineIndex';
import { FormatNode, printedLabel, SECTIONS } from '../model';
import { chineseDate } from '../render';
import { paragraphs, scalarText } from '../values';
import { entryAt, YNode } from '../yamlTree';
import {
  bodyParagraph,
  DOCUMENT_STYLES,
  headingParagraph,
  PAGE,
  pageNumberFooter,
  signatureParagraph,
  spacerParagraph,
  titleParagraph,
} from './docxStyles';
import { docxTable2, docxTable3, docxTable4 } from './docxTables';
// The HTML renderer's title and placeholders, so both exports say the same of a part the file lacks.
import { DEFAULT_TITLE, EMPTY_SECTION, MISSING_SECTION, NOT_PROSE, reportTitle } from '../render/wording';

function prose(root: YNode, key: string): FileChild[] {
  return paragraphs(entryAt(root, [key])?.value).map((p) => bodyParagraph(p));
}

function section(root: YNode, node: FormatNode): FileChild[] {
  const children: FileChild[] = [headingParagraph(printedLabel(node))];
  const entry = entryAt(root, [node.key]);
  if (!entry) return [...children, bodyParagraph(MISSING_SECTION, { muted: true })];
  if (node.kind === 'prose') {
    const paras = prose(root, node.key);
    if (paras.length) return [...children, ...paras];
    return [...children, bodyParagraph(entry.value.kind === 'scalar' ? EMPTY_SECTION : NOT_PROSE, { muted: true })];
  }
  const table =
    node.table === 'table2' ? docxTable2(root) : node.table === 'table3' ? docxTable3(root) : docxTable4(root);
  return [...children, spacerParagraph(true), table, spacerParagraph()];
}

function signature(root: YNode): FileChild[] {
  if (!entryAt(root, ['落款'])) return [];
  const lines: FileChild[] = [];
  for (const key of ['机关', '日期']) {
    const item = entryAt(root, ['落款', key]);
    if (!item) continue;
    const value = scalarText(item.value)?.trim() ?? '';
    lines.push(signatureParagraph(key === '日期' ? chineseDate(value) : value));
  }
  return lines.length ? [spacerParagraph(), spacerParagraph(), ...lines] : [];
}

/** The document's body: title, 前言, sections 一 to 六, 落款. */
function reportBody(root: YNode): { title: string; children: FileChild[] } {
  const title = reportTitle(root);
  const children: FileChild[] = [titleParagraph(title), ...prose(root, '前言')];
  for (const node of SECTIONS) children.push(...section(root, node));
  children.push(...signature(root));
  return { title, children };
}

function wordDocument(title: string, children: FileChild[]): Document {
  return new Document({
    creator: 'xxgk',
    title,
    description: '政府信息公开工作年度报告（由 xxgk 生成）',
    styles: DOCUMENT_STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginLeft,
              right: PAGE.marginRight,
              header: PAGE.header,
              footer: PAGE.footer,
            },
            pageNumbers: { start: 1 },
          },
        },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
}

/**
 * Characters XML 1.0 cannot hold (C0 controls but tab and line ends, U+FFFE,
 * U+FFFF, lone surrogates): written into document.xml they make a file Word
 * refuses to open. Each becomes U+FFFD, which shows that something was there.
 */
const XML_INVALID =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '\ufffd');
}

/**
 * Text of a report file in, the bytes of a .docx out. Renders as much as
 * parses, like the HTML renderer: a report with errors still gives its
 * document (blank where a cell is blank, missing or not a number a table can
 * show). A file over 10 MB gives a document that says so.
 */
export async function renderDocx(text: string): Promise<Buffer> {
  const source = xmlSafe(stripBom(text));
  if (source.length > MAX_BYTES || Buffer.byteLength(source, 'utf8') > MAX_BYTES) {
    return Packer.toBuffer(wordDocument(DEFAULT_TITLE, [bodyParagraph('文件超过 10 MB，未导出。')]));
  }
  const { title, children } = reportBody(parseReport(source).root);
  return Packer.toBuffer(wordDocument(title, children));
}
