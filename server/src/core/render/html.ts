// The whole HTML document around a rendered report: the same renderer serves
// the preview webview, the HTML export and `xxgk render`.
//
// Both variants carry a Content-Security-Policy. The standalone file (export,
// CLI) inlines its styles and allows no script at all; the webview variant
// allows only what carries its nonce, plus `cspSource` (VS Code's webview
// origin) for styles and images, and may load one script by URI.
import { MAX_BYTES, parseReport } from '../engine';
import type { Finding } from '../findings';
import { stripBom } from '../lineIndex';
import { serialize, h } from './dom';
import { escapeAttribute, escapeHtml, sanitizeCspSource, sanitizeNonce } from './escape';
import { renderReport, RenderedReport } from './report';
import { REPORT_CSS } from './styles';

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

/** Wraps rendered body HTML into a complete document. */
export function htmlDocument(report: RenderedReport, options: DocumentOptions): string {
  const nonce = options.nonce ? sanitizeNonce(options.nonce) : '';
  const nonceAttr = nonce ? ` nonce="${nonce}"` : '';
  const script =
    !options.standalone && options.scriptUri && nonce ? `\n<script${nonceAttr} src="${escapeAttribute(options.scriptUri)}"></script>` : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(options))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="xxgk">
<title>${escapeHtml(report.title)}</title>
<style${nonceAttr}>${REPORT_CSS}</style>
</head>
<body class="${options.standalone ? 'xxgk-standalone' : 'xxgk-webview'}">
${report.body}${script}
</body>
</html>
`;
}

/**
 * Text of a report file in, HTML document out. Renders as much as parses and
 * never throws: a file that cannot be rendered at all gives a page that says so.
 */
export function renderHtml(text: string, options: HtmlOptions): string {
  try {
    const source = stripBom(text);
    if (source.length > MAX_BYTES || Buffer.byteLength(source, 'utf8') > MAX_BYTES) {
      return htmlDocument(notice('文件超过 10 MB，未显示。'), options);
    }
    const parsed = parseReport(source);
    return htmlDocument(renderReport(parsed, options.findings ?? []), options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return htmlDocument(notice(`无法显示这份报告（这是 xxgk 的缺陷，请报告）：${message}`), options);
  }
}

function notice(message: string): RenderedReport {
  return { title: '政府信息公开工作年度报告', body: serialize(h('article', { class: 'xxgk-report' }, [h('p', { class: 'placeholder render-error' }, [message])])) };
}
