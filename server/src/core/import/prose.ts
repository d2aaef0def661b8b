// Prose sections as paragraphs, one per line of the block scalar. How a
// paragraph is recognized depends on where the text came from: a line each
// (Word, markdown — with lines broken mid-sentence joined again), an indented
// first line (pdftotext -layout), or one long line (a flattened web page,
// split again before its '（二）' sub-headings).
import { cleanParagraph, TextMode } from './normalize';

/** Sentence ends: a line ending otherwise was broken by the converter. */
const TERMINAL = /[。！？；：…!?;:）)】」』”"’]$/;
const STARTS_ITEM = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、是]|\d+[、.．])/;
/** Web page chrome after the report text. */
const TRAILING_CHROME =
  /[\s\u3000]*(?:附件下载|【打印本页】|【关闭窗口】|【打印】|【关闭】|扫一扫在手机打开当前页|分享到[:：]?)+[\s\u3000]*$/;

export interface Paragraphs {
  paragraphs: string[];
  unmapped: string[];
}

export function toParagraphs(text: string, mode: TextMode): Paragraphs {
  const result: Paragraphs = { paragraphs: [], unmapped: [] };
  const lines = text.split('\n');
  if (mode === 'layout') {
    let current: string | undefined;
    for (const raw of lines) {
      const clean = cleanParagraph(raw, mode);
      if (!clean) continue;
      const indent = /^[ \t\u3000]*/
        .exec(raw)![0]
        .replace(/\t/g, '    ')
        .replace(/\u3000/g, '  ').length;
      if (current === undefined || indent >= 2) {
        if (current !== undefined) result.paragraphs.push(current);
        current = clean;
      } else {
        current = join(current, clean);
      }
    }
    if (current !== undefined) result.paragraphs.push(current);
    return result;
  }
  for (const raw of lines) {
    const clean = cleanParagraph(raw, mode);
    if (!clean) continue;
    const prev = result.paragraphs[result.paragraphs.length - 1];
    const heading = /^\s*#/.test(raw);
    if (prev !== undefined && !heading && prev.length >= 15 && !TERMINAL.test(prev) && !STARTS_ITEM.test(clean)) {
      result.paragraphs[result.paragraphs.length - 1] = join(prev, clean);
    } else {
      result.paragraphs.push(clean);
    }
  }
  if (mode === 'glued') {
    result.paragraphs = result.paragraphs.flatMap((p) =>
      p.split(/(?<=[。！？；])[\s\u3000]*(?=[（(][一二三四五六七八九十]+[)）])/),
    );
  }
  const last = result.paragraphs.length - 1;
  if (last >= 0) {
    const chrome = TRAILING_CHROME.exec(result.paragraphs[last]!);
    if (chrome && chrome.index > 0) {
      result.unmapped.push(chrome[0].trim());
      result.paragraphs[last] = result.paragraphs[last]!.slice(0, chrome.index);
    }
  }
  result.paragraphs = result.paragraphs.map((p) => p.trim()).filter(Boolean);
  return result;
}

function join(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}
