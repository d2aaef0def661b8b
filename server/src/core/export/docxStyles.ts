// The look of the Word export: A4, the fonts and sizes of a published Chinese
// government report (标题 黑体 二号, section headings 黑体 三号, body 仿宋 三号
// with a first-line indent of two characters, tables 宋体 五号 with 1/2-pt black
// borders as in the official template), and the paragraph builders that set
// them. Every run names its East Asian font explicitly (w:eastAsia), so Word,
// WPS and LibreOffice all choose the Chinese face we mean.
//
// The faces are the ones every Chinese Windows ships (黑体 SimHei, 仿宋 FangSong,
// 宋体 SimSun, 楷体 KaiTi): a face the reader lacks (仿宋_GB2312, 方正小标宋) would be
// substituted with whatever the program picks.
import {
  AlignmentType,
  BorderStyle,
  Footer,
  IBorderOptions,
  LineRuleType,
  PageNumber,
  Paragraph,
  ParagraphChild,
  TextRun,
} from 'docx';

export const FONT = {
  title: '黑体',
  heading: '黑体',
  body: '仿宋',
  table: '宋体',
  note: '楷体',
  pageNumber: '宋体',
} as const;

/** Sizes in half-points, as Word stores them: 二号 22pt, 三号 16pt, 四号 14pt, 五号 10.5pt, 小五 9pt. */
export const SIZE = {
  title: 44,
  heading: 32,
  body: 32,
  table: 21,
  note: 18,
  pageNumber: 28,
} as const;

/** A4 in twentieths of a point (twips), and margins as the HTML's @page (25 mm top and bottom, 20 mm left and right). */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: 1417,
  marginBottom: 1417,
  marginLeft: 1134,
  marginRight: 1134,
  header: 851,
  footer: 850,
} as const;

/** The text width: every table is exactly as wide. */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

/** Body lines at a fixed 28 pt (公文 lines are 28–29 pt apart). */
const BODY_LINE = 560;

/** A font for all four script slots, East Asian first. */
function fontOf(name: string): { ascii: string; eastAsia: string; hAnsi: string; cs: string; hint: string } {
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name, hint: 'eastAsia' };
}

const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' };

export function run(text: string, font: string, size: number, extra: { bold?: boolean; color?: string } = {}): TextRun {
  return new TextRun({ text, font: fontOf(font), size, language: LANGUAGE, ...extra });
}

export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 480, line: 720, lineRule: LineRuleType.AT_LEAST },
    children: [run(text, FONT.title, SIZE.title)],
  });
}

export function headingParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLineChars: 200, firstLine: 2 * 320 },
    spacing: { before: 160, after: 80, line: BODY_LINE, lineRule: LineRuleType.EXACT },
    keepNext: true,
    keepLines: true,
    children: [run(text, FONT.heading, SIZE.heading)],
  });
}

/** A paragraph of prose: 仿宋 三号, first line indented two characters, justified. */
export function bodyParagraph(text: string, options: { muted?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLineChars: 200, firstLine: 2 * 320 },
    spacing: { before: 0, after: 0, line: BODY_LINE, lineRule: LineRuleType.EXACT },
    children: [run(text, FONT.body, SIZE.body, options.muted ? { color: '666666' } : {})],
  });
}

/** A line of the signature block (机关, 日期), set right as published reports do. */
export function signatureParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    indent: { right: 320 },
    spacing: { before: 0, after: 0, line: BODY_LINE, lineRule: LineRuleType.EXACT },
    children: [run(text, FONT.body, SIZE.body)],
  });
}

/** Room between a heading and its table (kept with the table), or after a table. */
export function spacerParagraph(keepNext = false): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 280, lineRule: LineRuleType.EXACT },
    keepNext,
    children: [],
  });
}

/** The paragraph inside a table cell: single-spaced, no indent. */
export function cellParagraph(children: ParagraphChild[], align: 'left' | 'center'): Paragraph {
  return new Paragraph({
    alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    indent: { firstLine: 0 },
    children,
  });
}

/** The page number in the footer, as Chinese official documents print it: — 1 —. */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: fontOf(FONT.pageNumber),
            size: SIZE.pageNumber,
            language: LANGUAGE,
          }),
        ],
      }),
    ],
  });
}

/** Table borders: single black lines, 3/4 pt, like the template's and the HTML's 1px. */
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
export const TABLE_BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

/** The shade of table 二's group rows (第二十条第（一）项 …), as in the template. */
export const GROUP_FILL = 'C6D9F1';

/** Default run properties of the document: the body face, East Asian language. */
export const DOCUMENT_STYLES = {
  default: {
    document: {
      run: { font: fontOf(FONT.body), size: SIZE.body, language: LANGUAGE },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
  },
};
