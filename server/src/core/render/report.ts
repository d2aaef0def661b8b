// The report as published: the title, the 前言, the six numbered sections
// (prose or table) in official order, and the 落款. Returns body HTML; the
// document around it is html.ts's.
import type { ParsedReport } from '../engine';
import type { Finding } from '../findings';
import { FormatNode, printedLabel, SECTIONS } from '../model';
import { scalarText } from '../values';
import { tableNumbers } from '../previous/numbers';
import { entryAt, YEntry, YNode } from '../yamlTree';
import { Anchors, Span } from './anchors';
import { Child, El, h, serialize } from './dom';
import { entrySpan, keyed, placeInFile, RenderContext } from './context';
import { sourceParagraphs } from './prose';
import { renderTable2, renderTable3, renderTable4 } from './tables';
import { EMPTY_SECTION, MISSING_SECTION, NOT_PROSE, reportTitle } from './wording';

export interface RenderedReport {
  /** The title as shown (plain text, not escaped). */
  title: string;
  /** The report as HTML: one `<article class="xxgk-report">`. */
  body: string;
}

export interface RenderOptions {
  /** Last year's report, to show its figures beside this year's; `share`: a change beyond it is marked. */
  previous?: { root: YNode; share: number };
}

export function renderReport(
  parsed: Pick<ParsedReport, 'text' | 'lines' | 'root'>,
  findings: readonly Finding[] = [],
  options: RenderOptions = {},
): RenderedReport {
  const ctx: RenderContext = { root: parsed.root, anchors: new Anchors(parsed.lines) };
  if (options.previous)
    ctx.previous = {
      now: tableNumbers(parsed.root),
      last: tableNumbers(options.previous.root),
      share: options.previous.share,
    };
  const { title, el: titleEl } = renderTitle(ctx);
  const children: Child[] = [titleEl];
  const preamble = entryAt(ctx.root, ['前言']);
  if (preamble) children.push(h('section', { class: 'preamble' }, paragraphEls(ctx, parsed, '前言', preamble)));
  for (const section of SECTIONS) children.push(renderSection(ctx, parsed, section));
  const signature = renderSignature(ctx);
  if (signature) children.push(signature);
  ctx.anchors.apply(findings);
  return { title, body: serialize(h('article', { class: 'xxgk-report' }, children)) };
}

/** 标题, or {机关}{年度}年政府信息公开工作年度报告. Findings on 机关, 年度, 格式 and 标题 show here. */
function renderTitle(ctx: RenderContext): { title: string; el: El } {
  const title = reportTitle(ctx.root);
  const entries = ['标题', '机关', '年度', '格式']
    .map((k) => entryAt(ctx.root, [k]))
    .filter((e): e is YEntry => e !== undefined);
  const line = entries.length ? Math.min(...entries.map((e) => ctx.anchors.lineOf(e.keyStart))) : 0;
  const el = h('h1', { class: 'title' }, [title]);
  ctx.anchors.anchor(el, ['标题'], line, entries.map(entrySpan));
  ctx.anchors.setFallback(el);
  const reportable = placeInFile(ctx, ['机关']).reportable;
  if (reportable && !entryAt(ctx.root, ['机关'])) ctx.anchors.markMissing(el, undefined, '机关');
  if (reportable && !entryAt(ctx.root, ['年度'])) ctx.anchors.markMissing(el, undefined, '年度');
  return { title, el };
}

function paragraphEls(
  ctx: RenderContext,
  parsed: Pick<ParsedReport, 'text' | 'lines'>,
  key: string,
  entry: YEntry,
): El[] {
  return sourceParagraphs(entry.value, parsed.text, parsed.lines).map((p, i) => {
    const el = h('p', { class: 'para' }, [p.text]);
    ctx.anchors.anchor(el, [key, String(i + 1)], p.line, [p.span as Span]);
    return el;
  });
}

function placeholder(ctx: RenderContext, key: string, suffix: string, line: number, words: string): El {
  const el = h('p', { class: 'placeholder' }, [words]);
  ctx.anchors.anchor(el, [`${key}#${suffix}`], line);
  return el;
}

function renderSection(ctx: RenderContext, parsed: Pick<ParsedReport, 'text' | 'lines'>, section: FormatNode): El {
  const place = placeInFile(ctx, [section.key]);
  const heading = keyed(ctx, 'h2', place, section, { class: 'heading' }, [printedLabel(section)], {
    markMissing: false,
  });
  const children: Child[] = [heading];
  const entry = place.entry;
  if (!entry) {
    const el = placeholder(ctx, section.key, 'missing', place.line, MISSING_SECTION);
    if (place.reportable) ctx.anchors.markMissing(el, undefined, section.key);
    children.push(el);
  } else if (section.kind === 'prose') {
    const paragraphs = paragraphEls(ctx, parsed, section.key, entry);
    if (paragraphs.length) children.push(...paragraphs);
    else
      children.push(
        placeholder(ctx, section.key, 'empty', place.line, entry.value.kind === 'scalar' ? EMPTY_SECTION : NOT_PROSE),
      );
  } else {
    const render = section.table === 'table2' ? renderTable2 : section.table === 'table3' ? renderTable3 : renderTable4;
    children.push(h('div', { class: 'table-wrap' }, [render(ctx)]));
  }
  return h('section', { class: `section section-${section.id}` }, children);
}

/** 2024-01-20 → 2024年1月20日; anything else as written. */
export function chineseDate(value: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : value;
}

function renderSignature(ctx: RenderContext): El | undefined {
  const entry = entryAt(ctx.root, ['落款']);
  if (!entry) return undefined;
  const lines: El[] = [];
  for (const key of ['机关', '日期']) {
    const item = entryAt(ctx.root, ['落款', key]);
    if (!item) continue;
    const value = scalarText(item.value)?.trim() ?? '';
    const el = h('p', {}, [key === '日期' ? chineseDate(value) : value]);
    ctx.anchors.anchor(el, ['落款', key], ctx.anchors.lineOf(item.keyStart), [entrySpan(item)]);
    lines.push(el);
  }
  const el = h('div', { class: 'signature' }, lines);
  ctx.anchors.anchor(el, ['落款'], ctx.anchors.lineOf(entry.keyStart), [entrySpan(entry)]);
  return el;
}
