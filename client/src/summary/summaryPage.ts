// The HTML of the summary webview: the table the server rendered (the same
// markup as `xxgk summary -o x.html`), a filter box and the buttons. The
// page's script (media/summary.js) sorts, filters and reports clicks; the
// table's texts were escaped by the server, the page's own texts are escaped
// here; the script runs only by its nonce.
import { escapeAttribute, escapeHtml } from '../../../server/src/shared/page';

export interface SummaryPageText {
  title: string;
  filter: string;
  exportXlsx: string;
  exportCsv: string;
  refresh: string;
  /** Says how many rows are shown: `{0}` shown of `{1}`. */
  shown: string;
}

const CSS = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 1em 1em; }
.bar { position: sticky; top: 0; background: var(--vscode-editor-background); padding: 0.6em 0; display: flex; gap: 0.5em; align-items: center; z-index: 1; }
.bar input { flex: 1; max-width: 30em; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, transparent); padding: 0.25em 0.4em; }
.bar button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 0.3em 0.8em; cursor: pointer; }
.bar button:hover { background: var(--vscode-button-hoverBackground); }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--vscode-panel-border, #8884); padding: 0.2em 0.5em; white-space: nowrap; }
td.problems { white-space: normal; min-width: 20em; }
th { cursor: pointer; user-select: none; background: var(--vscode-editorWidget-background); }
th[aria-sort="ascending"]::after { content: " ▲"; }
th[aria-sort="descending"]::after { content: " ▼"; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tbody tr { cursor: pointer; }
tbody tr:hover { background: var(--vscode-list-hoverBackground); }
tr.problem td:first-child { border-left: 3px solid var(--vscode-editorWarning-foreground); }
tfoot td { font-weight: bold; }
`;

export function summaryPage(
  tableHtml: string,
  text: SummaryPageText,
  nonce: string,
  cspSource: string,
  script: string,
): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}' ${cspSource};`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<title>${escapeHtml(text.title)}</title>
<style nonce="${escapeAttribute(nonce)}">${CSS}</style>
</head>
<body>
<div class="bar">
<input id="filter" type="search" placeholder="${escapeAttribute(text.filter)}" aria-label="${escapeAttribute(text.filter)}">
<span id="shown" data-template="${escapeAttribute(text.shown)}"></span>
<button data-action="refresh">${escapeHtml(text.refresh)}</button>
<button data-action="xlsx">${escapeHtml(text.exportXlsx)}</button>
<button data-action="csv">${escapeHtml(text.exportCsv)}</button>
</div>
${tableHtml}
<script nonce="${escapeAttribute(nonce)}" src="${escapeAttribute(script)}"></script>
</body>
</html>
`;
}
