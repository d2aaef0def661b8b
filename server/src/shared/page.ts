// The page builder, as the client's webview uses it: the same document,
// styles and Content-Security-Policy as the HTML export, around a body the
// server rendered. It imports no engine, so the client's bundle carries only
// this page code (core/render/page.ts and its styles), never the checks.
export { escapeAttribute, escapeHtml, htmlDocument } from '../core/render/page';
