// The preview and the HTML export (xxgk/renderPreview, xxgk/renderExport):
// the engine's one renderer over the open document and its findings.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckResult } from './core/engine';
import { renderHtml, renderReport } from './core/render';
import { RenderExportResult, RenderPreviewResult } from './shared/protocol';

/** `result` is the check of this very version (the server's cache), so the marks match the squiggles. */
export function renderPreview(document: TextDocument, result: CheckResult): RenderPreviewResult {
  if (!result.report) {
    return { version: document.version, title: '', body: '<p class="notice">文件超过 10 MB，未显示预览。</p>' };
  }
  const rendered = renderReport(result.report, result.findings);
  return { version: document.version, title: rendered.title, body: rendered.body };
}

export function renderExport(document: TextDocument): RenderExportResult {
  const text = document.getText();
  return { html: renderHtml(text, { standalone: true, findings: [] }) };
}
