// Text of a report file in, a whole HTML document out (export and CLI).
import { MAX_BYTES, parseReport } from '../engine';
import { stripBom } from '../lineIndex';
import { serialize, h } from './dom';
import { htmlDocument, HtmlOptions } from './page';
import { renderReport, RenderedReport } from './report';

export { contentSecurityPolicy, htmlDocument } from './page';
export type { DocumentOptions, HtmlOptions } from './page';

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
  return {
    title: '政府信息公开工作年度报告',
    body: serialize(h('article', { class: 'xxgk-report' }, [h('p', { class: 'placeholder render-error' }, [message])])),
  };
}
