// The preview and the HTML export (xxgk/renderPreview, xxgk/renderExport):
// the engine's one renderer over the open document and its findings.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckResult } from './core/engine';
import { renderHtml, renderReport } from './core/render';
import { RenderExportResult, RenderPreviewResult } from './shared/protocol';
import type { PreviousYearView } from './settings';

/**
 * `result` is the check of this very version (the server's cache), so the marks match the squiggles.
 * With `previousYear.show`, last year's figures stand beside this year's (where last year's report was found).
 */
export function renderPreview(
  document: TextDocument,
  result: CheckResult,
  previousYear?: PreviousYearView,
): RenderPreviewResult {
  if (!result.report) {
    return { version: document.version, title: '', body: '<p class="notice">文件超过 10 MB，未显示预览。</p>' };
  }
  const last = previousYear?.show ? result.previous?.usable : undefined;
  const previous = last ? { root: last.report.root, share: previousYear!.share } : undefined;
  const rendered = renderReport(result.report, result.findings, { previous });
  return { version: document.version, title: rendered.title, body: rendered.body };
}

export function renderExport(document: TextDocument): RenderExportResult {
  const text = document.getText();
  return { html: renderHtml(text, { standalone: true, findings: [] }) };
}
