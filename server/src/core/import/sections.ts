// Finds the parts of a report in its text: the six sections whatever their
// numbering ('三、', '2、', '(三)') or title variant, and before section 一 the
// agency, year, title and preamble; after section 六, a signature block.
import { SECTIONS } from '../model';
import { NUMBERING_RE } from './labels';

export interface Heading {
  /** Index of the section (0 = 一 … 5 = 六). */
  index: number;
  /** Where the heading (with its numbering) starts and ends in the text. */
  start: number;
  end: number;
  /** The numbering as printed ('2、'), or '' where there is none. */
  numbering: string;
  /** The title as printed. */
  title: string;
}

/** The six sections' keys, in official order. */
export const SECTION_KEYS: readonly string[] = SECTIONS.map((s) => s.key);

/** The sections' numbers as printed: '一' … '六'. */
const SECTION_NUMBERS: readonly string[] = SECTIONS.map((s) => s.numbering!.replace('、', ''));

/** Title patterns, with the variants published reports print (docs/statute.md; section 四 and 五 have several). */
const TITLES: readonly RegExp[] = [
  /(?:工作)?总体情况/g,
  /主动公开政府信息(?:的)?情况/g,
  /收到和处理政府信息公开申请(?:的)?情况/g,
  /(?:因)?政府信息公开(?:工作)?(?:被)?(?:申请)?行政(?:法)?复议\s*[、，,和及与]?\s*(?:提起)?行政诉讼(?:的)?情况/g,
  // 五: the problems, then what is done about them — 改进情况, 整改措施, 明年工作计划, 下一步工作打算, ….
  /(?:政府信息公开)?(?:工作中?)?(?:存在(?:的)?)?(?:主要)?(?:问题|不足)(?:及|和|与|以及)(?:其)?(?:下一步|下一年度?|明年|今后|\d{4}年)?(?:的)?(?:改进|整改|工作)(?:工作)?(?:情况|措施|计划|打算|安排|思路|方向|举措)?/g,
  /其他需要报告(?:的)?事项/g,
];

const IDEOGRAPH = /[\u3400-\u9fff]/;

/** The six section headings in order; a section not found is undefined. */
export function findHeadings(text: string): (Heading | undefined)[] {
  const found: (Heading | undefined)[] = [];
  let from = 0;
  for (let index = 0; index < TITLES.length; index++) {
    const heading = findHeading(text, index, from);
    found.push(heading);
    if (heading) from = heading.end;
  }
  return found;
}

function findHeading(text: string, index: number, from: number): Heading | undefined {
  const re = new RegExp(TITLES[index]!.source, 'g');
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const lineEndRaw = text.indexOf('\n', m.index);
    const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw;
    const before = text.slice(lineStart, m.index);
    const after = text.slice(m.index + m[0].length, lineEnd);
    // At the start of a line: optional markdown marks and numbering before the title.
    const atStart = /^[\s\u3000#*>]*$/.test(before) ? { numbering: '' } : matchNumbering(before);
    if (atStart) {
      const alone = /^[\s\u3000:：。*#]*$/.test(after);
      if (atStart.numbering || alone || /^[:：]/.test(after.trim())) {
        const tail = /^[\s\u3000:：*#]*/.exec(after)![0];
        const endAtLineEnd = alone ? lineEnd : m.index + m[0].length + tail.length;
        return {
          index,
          start: lineStart + (before.length - before.trimStart().length),
          end: endAtLineEnd,
          numbering: atStart.numbering.trim(),
          title: m[0],
        };
      }
      continue;
    }
    // Inside a line (a web page flattened into one line): only with its Chinese numbering right before it.
    const inline = /([一二三四五六])[、.．]\s*$/.exec(before);
    if (inline) {
      const charBefore = before.slice(0, inline.index).slice(-1);
      if (!IDEOGRAPH.test(charBefore)) {
        const tail = /^[\s\u3000:：]*/.exec(after)![0];
        return {
          index,
          start: lineStart + inline.index,
          end: m.index + m[0].length + tail.length,
          numbering: inline[0].trim(),
          title: m[0],
        };
      }
    }
  }
  return undefined;
}

function matchNumbering(before: string): { numbering: string } | undefined {
  const m = NUMBERING_RE.exec(before);
  if (!m) return undefined;
  if (!/^[\s\u3000]*$/.test(before.slice(m[0].length))) return undefined;
  return { numbering: m[0].replace(/^[\s\u3000#*>]+/, '') };
}

/** The numbering a section heading should have: '三、'. */
export function officialNumbering(index: number): string {
  return `${SECTION_NUMBERS[index]}、`;
}

/** Whether a printed numbering names the right section ('三、', '(三)', '第三部分' for 三). */
export function numberingMatches(numbering: string, index: number): boolean {
  if (!numbering) return true;
  return numbering.includes(SECTION_NUMBERS[index]!);
}

// ------------------------------------------------------------ front matter

export interface FrontMatter {
  agency?: string;
  year?: number;
  title?: string;
  /** A date printed under the title, as YYYY-MM-DD. */
  date?: string;
  /** The text that is the preamble (to be split into paragraphs). */
  preamble: string;
  unmapped: string[];
}

const META_RE =
  /^(?:SOURCE|NOTE|来源|信息来源|发布时间|发文日期|成文日期|栏目|发布机构|索引号|文号|作者|浏览次数|点击数|字号|主题分类)\s*[:：]/i;
const TITLE_RE = /^(.*?)(\d{4})年度?政府信息公开(?:工作)?年度?报告$/;
const DATE_RE = /^[（(]?(\d{4})年(\d{1,2})月(\d{1,2})日[)）]?$/;
/** Web page chrome before the report text (breadcrumbs, share buttons). */
const CHROME_RE = /当前位置|相关链接|文件下载|全真版|文字版|浏览次数|【打印】|字号[:：]/;
const PREAMBLE_START_RE = /(?:根据|依据|按照)\s*《|本(?:年度)?报告|现将/;

export function compact(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

/** Splits the text before section 一 into title lines, metadata and preamble. */
export function readFront(front: string): FrontMatter {
  const result: FrontMatter = { preamble: '', unmapped: [] };
  const lines = front.split('\n');
  const preamble: string[] = [];
  let pendingAgency: string | undefined;
  /** The short line before pendingAgency: the agency where pendingAgency is the title's year. */
  let pendingBefore: string | undefined;
  let titleSeen = false;
  for (const rawLine of lines) {
    const line = rawLine.replace(/^[\s\u3000#*>]+|[\s\u3000*]+$/g, '');
    if (!line) {
      preamble.push('');
      continue;
    }
    if (!titleSeen && /^标题\s*[:：]/.test(line)) {
      const t = compact(line.replace(/^标题\s*[:：]/, ''));
      const m = TITLE_RE.exec(t);
      if (m) {
        takeTitle(result, m, t, pendingAgency);
        titleSeen = true;
        continue;
      }
    }
    if (META_RE.test(line) || /^[=\-—_*]{6,}/.test(line)) {
      result.unmapped.push(line);
      continue;
    }
    let c = compact(line);
    let titleMatch = !titleSeen && c.length <= 80 ? TITLE_RE.exec(c) : null;
    // The title over two lines, its year (or agency and year) on the first: '2023年' / '政府信息公开工作年度报告'.
    if (!titleSeen && !titleMatch && pendingAgency && c.length <= 40) {
      const joined = TITLE_RE.exec(pendingAgency + c);
      if (joined) {
        const yearOnly = !joined[1];
        c = pendingAgency + c;
        titleMatch = joined;
        pendingAgency = yearOnly ? pendingBefore : undefined;
        pendingBefore = undefined;
      }
    }
    if (titleMatch) {
      if (!titleMatch[1] && pendingAgency) pendingAgency = pendingAgency.trim();
      else if (pendingAgency) result.unmapped.push(pendingAgency);
      takeTitle(result, titleMatch, c, titleMatch[1] ? undefined : pendingAgency);
      if (pendingBefore) result.unmapped.push(pendingBefore);
      pendingAgency = pendingBefore = undefined;
      titleSeen = true;
      // Anything before the title is not preamble.
      for (const p of preamble) if (p) result.unmapped.push(p);
      preamble.length = 0;
      continue;
    }
    const date = DATE_RE.exec(c);
    if (date && c.length <= 16) {
      result.date = isoDate(date);
      continue;
    }
    if (titleSeen && result.agency && c === result.agency) continue;
    if (!titleSeen && c.length <= 40 && !/[。，；：]/.test(c)) {
      if (pendingBefore) result.unmapped.push(pendingBefore);
      pendingBefore = pendingAgency;
      pendingAgency = c;
      continue;
    }
    if (CHROME_RE.test(line)) {
      const start = PREAMBLE_START_RE.exec(rawLine);
      const cut = start ? start.index : rawLine.length;
      const chrome = rawLine.slice(0, cut).trim();
      if (chrome) result.unmapped.push(chrome);
      if (cut < rawLine.length) preamble.push(rawLine.slice(cut));
      continue;
    }
    preamble.push(rawLine);
  }
  if (!titleSeen) for (const p of [pendingBefore, pendingAgency]) if (p) result.unmapped.push(p);
  result.preamble = preamble.join('\n');
  return result;
}

function takeTitle(result: FrontMatter, m: RegExpExecArray, title: string, agencyLine: string | undefined): void {
  const agency = m[1] || agencyLine || '';
  if (agency) result.agency = agency;
  result.year = Number(m[2]);
  result.title = m[1] ? title : `${agency}${title}`;
}

function isoDate(m: RegExpExecArray): string {
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

// ------------------------------------------------------------ signature

export interface Signature {
  agency?: string;
  date?: string;
  /** The body without the signature lines. */
  body: string;
}

const AGENCY_END_RE = /(?:政府|局|委员会|委|办公室|办|厅|院|中心|部|署|会|处|所|站|室|馆|队)$/;

/** Takes a signature (agency line and/or date line) off the end of section 六. */
export function takeSignature(body: string, agency: string | undefined): Signature {
  const lines = body.split('\n');
  let end = lines.length;
  while (end > 0 && !lines[end - 1]!.trim()) end--;
  const result: Signature = { body };
  if (end === 0) return result;
  const last = compact(lines[end - 1]!);
  const date = DATE_RE.exec(last);
  if (!date) return result;
  result.date = isoDate(date);
  let cut = end - 1;
  let prev = cut;
  while (prev > 0 && !lines[prev - 1]!.trim()) prev--;
  if (prev > 0) {
    const candidate = compact(lines[prev - 1]!);
    if (
      candidate.length <= 40 &&
      !/[。，；：]/.test(candidate) &&
      (candidate === agency || AGENCY_END_RE.test(candidate))
    ) {
      result.agency = candidate;
      cut = prev - 1;
    }
  }
  result.body = lines.slice(0, cut).join('\n');
  return result;
}
