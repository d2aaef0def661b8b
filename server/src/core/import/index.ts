// The importer's entry point: the text of a published report in, a
// *.xxgk.yaml text out, with every piece of input either in the YAML or listed
// in `unmapped`, and notes on everything the importer decided. Pure: no file
// system, no editor. The CLI (`xxgk import`) and the tests call importText;
// .docx, .html and .pdf are turned into text first (docx.ts, html.ts, pdf/pagesToText.ts).
import { rowNoteName, TableId } from './labels';
import { normalizeText, TextMode } from './normalize';
import { toParagraphs } from './prose';
import {
  compact,
  findHeadings,
  Heading,
  numberingMatches,
  officialNumbering,
  readFront,
  SECTION_KEYS,
  takeSignature,
} from './sections';
import { readTable } from './readTable';
import { TableOut } from './tableOut';
import { ImportedReport, toYaml } from './toYaml';

import { checkTextBounds } from './bounds';
import { ImportError } from './errors';

export { ImportError };
export type { TextMode } from './normalize';

export interface ImportOptions {
  /** How the text was made, where the caller knows (a web page, a Word file or a PDF's rebuilt cells: 'pipe'); guessed otherwise. */
  mode?: TextMode;
  /** Name of the source, for the YAML's first comment. */
  source?: string;
  /** Text that was outside the report already before importText (e.g. web page chrome). */
  outside?: string[];
}

export interface ImportResult {
  yaml: string;
  /** Input text that found no place in the YAML (also printed as comments at its end). */
  unmapped: string[];
  /** What the importer did and decided: splits, variants, removed artifacts, ambiguities. */
  notes: string[];
  /** Parts of the report not found: sections and table rows (a text with only part of a report). */
  missing: string[];
  /** The imported report before serialization. */
  report: ImportedReport;
  mode: TextMode;
}

const TABLE_SECTIONS: Record<number, TableId> = { 1: 'table2', 2: 'table3', 3: 'table4' };

export function importText(input: string, options: ImportOptions = {}): ImportResult {
  checkTextBounds(input);
  const normalized = normalizeText(input, options.mode);
  const { text, mode } = normalized;
  const notes = [...normalized.notes];
  const unmapped = [...(options.outside ?? [])];
  const missing: string[] = [];

  const headings = findHeadings(text);
  const found = headings.filter((h): h is Heading => h !== undefined);
  if (found.length === 0) {
    throw new ImportError(
      '没有找到政府信息公开工作年度报告的内容：六个部分的标题（一、总体情况 …… 六、其他需要报告的事项）一个也没有找到。',
    );
  }

  const front = readFront(text.slice(0, found[0]!.start));
  unmapped.push(...front.unmapped);
  const report: ImportedReport = { preamble: [], prose: {}, tables: {} };
  const preamble = toParagraphs(front.preamble, mode);
  report.preamble = preamble.paragraphs;
  unmapped.push(...preamble.unmapped);

  headings.forEach((h, index) => {
    const key = SECTION_KEYS[index];
    if (!h) {
      missing.push(`${officialNumbering(index)}${key}`);
      return;
    }
    if (!numberingMatches(h.numbering, index)) {
      notes.push(
        `第${officialNumbering(index).slice(0, 1)}部分的标题编号为“${h.numbering}”（应为“${officialNumbering(index)}”），已按标题文字识别。`,
      );
    }
    if (compact(h.title) !== key)
      notes.push(`第${officialNumbering(index).slice(0, 1)}部分的标题为“${h.title}”，按“${key}”导入。`);
    const next = found.find((f) => f.start >= h.end);
    let body = text.slice(h.end, next ? next.start : text.length);
    const table = TABLE_SECTIONS[index];
    if (table) {
      const out: TableOut = readTable(table, body, mode);
      report.tables[table] = out;
      notes.push(...out.notes);
      unmapped.push(...out.unmapped);
      for (const row of out.rows) if (!row.found) missing.push(rowNoteName(row.spec));
      return;
    }
    if (index === 5) {
      const signature = takeSignature(body, front.agency);
      if (signature.date || signature.agency) {
        report.signature = { agency: signature.agency, date: signature.date };
        body = signature.body;
      }
    }
    const paragraphs = toParagraphs(body, mode);
    report.prose[key] = paragraphs.paragraphs;
    unmapped.push(...paragraphs.unmapped);
  });

  // A date printed under the title signs the report where the end has no date.
  if (front.date) {
    if (!report.signature?.date) {
      report.signature = { ...report.signature, date: front.date };
      notes.push(`标题下的日期 ${front.date} 记为落款日期。`);
    } else if (report.signature.date !== front.date) {
      unmapped.push(`标题下的日期：${front.date}`);
    }
  }

  report.agency = front.agency;
  if (!report.agency && report.signature?.agency) {
    report.agency = report.signature.agency;
    notes.push(`标题中没有机关名称，按落款取“${report.agency}”。`);
  }
  report.year = front.year ?? guessYear(text, notes);
  if (!report.agency) notes.push('原文中没有找到机关名称（标题中没有），“机关”留空，请填写。');
  if (front.title && report.agency && report.year) {
    const standard = `${report.agency}${report.year}年政府信息公开工作年度报告`;
    if (compact(front.title) !== standard) report.title = compact(front.title);
  }

  const header = [`由 xxgk import 导入${options.source ? `自 ${options.source}` : ''}：数字与文字请对照原文核对。`];
  if (notes.length) header.push('导入说明：', ...notes.map((n) => `- ${n}`));
  if (missing.length) header.push(`原文中缺少：${summarizeMissing(missing)}`);
  const cleanUnmapped = unmapped.map((u) => u.trim()).filter(Boolean);
  return { yaml: toYaml(report, header, cleanUnmapped), unmapped: cleanUnmapped, notes, missing, report, mode };
}

/** Missing parts for a message: sections by name, table rows counted per table ('表三 23 行，自“予以公开”起'). */
export function summarizeMissing(missing: readonly string[]): string {
  const parts: string[] = [];
  const rows = new Map<string, string[]>();
  for (const m of missing) {
    const table = /^(表[二三四]) · (.*)$/.exec(m);
    if (!table) parts.push(m);
    else rows.set(table[1]!, [...(rows.get(table[1]!) ?? []), table[2]!.split(' · ').pop()!]);
  }
  for (const [table, names] of rows)
    parts.push(names.length === 1 ? `${table}“${names[0]}”一行` : `${table} ${names.length} 行（自“${names[0]}”起）`);
  return parts.join('、');
}

/** The report year from the text where the title has none: the statistics period, or 'N年度'. */
function guessYear(text: string, notes: string[]): number | undefined {
  const c = compact(text);
  const period = /统计期限[^。]{0,12}?(\d{4})年1月1日/.exec(c) ?? /(\d{4})年1月1日(?:起)?至\1年12月31日/.exec(c);
  const yearly = /(\d{4})年度?政府信息公开/.exec(c) ?? /我[^。]{0,6}(\d{4})年度/.exec(c);
  const m = period ?? yearly;
  if (!m) {
    notes.push('原文中没有找到报告年度，“年度”留空，请填写。');
    return undefined;
  }
  notes.push(`标题中没有年度，按正文“${m[0]}”取 ${m[1]} 年。`);
  return Number(m[1]);
}
