// The one renderer for the preview, the HTML export and `xxgk render`.
// Pure TypeScript over the engine's tree: no vscode or LSP imports.
//
//   renderHtml(text, options)                 text → whole HTML document (never throws)
//   renderReport(parsed, findings)            parsed report → { title, body } (body: one <article>)
//   htmlDocument(rendered, options)           { title, body } → whole document with CSP and styles
//
// What the page carries for the preview:
// - `data-line`: 0-based source line of the key (cells, row labels, headings,
//   the title) or of the paragraph; a part the file lacks takes its parent's line.
// - `id` = `data-path`: the key path joined with '/', unique in the page:
//     cells      收到和处理政府信息公开申请情况/本年度办理结果/予以公开/自然人
//     row labels …/予以公开#label   (group labels too: …/不予公开#label)
//     headings   总体情况           paragraphs 总体情况/1, 总体情况/2, … (前言/1 …)
//     title      标题               signature  落款, 落款/机关, 落款/日期
//     placeholders of absent sections: 其他需要报告的事项#missing (…#empty when empty)
// - findings: class `has-finding severity-error|warning|information`,
//   `data-codes` (the check codes) and `title` (the Chinese messages, one a line);
//   a part the file lacks has class `missing`; a computed 总计 has class
//   `computed` and a title beginning 自动计算.
// - last year beside this year (the preview's toggle, RenderOptions.previous):
//   a `<span class="previous-year">上年 54</span>` after each number last year's
//   report has, the change in the cell's title, class `changed` where the
//   value moved by more than the share given.
export { renderHtml, htmlDocument, contentSecurityPolicy } from './html';
export type { HtmlOptions, DocumentOptions } from './html';
export { renderReport, chineseDate } from './report';
export type { RenderedReport, RenderOptions } from './report';
