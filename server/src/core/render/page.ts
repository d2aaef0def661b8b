// The page around a rendered report: one builder for the preview webview, the
// HTML export and `xxgk render`. It imports no engine, so the extension's
// client can build its webview page with it without bundling the engine.
//
// Both variants carry a Content-Security-Policy. The standalone file (export,
// CLI) inlines its styles and allows no script at all; the webview variant
// allows only what carries its nonce, plus `cspSource` (VS Code's webview
// origin) for styles and images, and may load one script by URI.
import type { Finding } from '../findings';
import { escapeAttribute, escapeHtml, sanitizeCspSource, sanitizeNonce } from './escape';
import { REPORT_CSS } from './styles';

// The client's pages escape their own texts with these (shared/page.ts).
export { escapeAttribute, escapeHtml } from './escape';

/** The report's title and body HTML, as renderReport gives them. */
export interface PageContent {
  title: string;
  body: string;
}

export interface HtmlOptions {
  /** true: a self-contained file (export, CLI); false: the preview webview. */
  standalone: boolean;
  /** Engine findings to mark on cells and paragraphs (has-finding, severity, title). */
  findings?: readonly Finding[];
  /** CSP nonce for the webview's style and script elements. */
  nonce?: string;
  /** The webview's resource origin (VS Code's `webview.cspSource`). */
  cspSource?: string;
  /** A script to include (webview only, with the nonce), e.g. the preview's client script. */
  scriptUri?: string;
  /** Attributes of <body> (names as given, values escaped), e.g. the preview's saved state. */
  bodyAttributes?: Record<string, string>;
}

export type DocumentOptions = Omit<HtmlOptions, 'findings'>;

/** The Content-Security-Policy of the document. */
export function contentSecurityPolicy(options: DocumentOptions): string {
  const nonce = options.nonce ? sanitizeNonce(options.nonce) : '';
  const source = options.cspSource ? sanitizeCspSource(options.cspSource) : '';
  if (!nonce) return "default-src 'none'; style-src 'unsafe-inline'; img-src data:;";
  const src = source ? `${source} ` : '';
  return `default-src 'none'; style-src ${src}'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${src}data:;`;
}

/** Wraps rendered body HTML into a complete document (with the report's styles, or others given). */
export function htmlDocument(report: PageContent, options: DocumentOptions, css = REPORT_CSS): string {
  const nonce = options.nonce ? sanitizeNonce(options.nonce) : '';
  const nonceAttr = nonce ? ` nonce="${nonce}"` : '';
  const script =
    !options.standalone && options.scriptUri && nonce
      ? `\n<script${nonceAttr} src="${escapeAttribute(options.scriptUri)}"></script>`
      : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(options))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="xxgk">
<title>${escapeHtml(report.title)}</title>
<style${nonceAttr}>${css}</style>
</head>
<body class="${options.standalone ? 'xxgk-standalone' : 'xxgk-webview'}"${bodyAttributes(options)}>
${report.body}${script}
</body>
</html>
`;
}

function bodyAttributes(options: DocumentOptions): string {
  return Object.entries(options.bodyAttributes ?? {})
    .filter(([name]) => /^[a-z][a-z0-9-]*$/.test(name))
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}
