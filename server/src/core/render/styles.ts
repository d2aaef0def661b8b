// The report's look: paper-white whatever the editor theme, fonts and sizes of
// a published Chinese government report, tables with 1px black borders as in
// the official template, A4 print styles. One string, inlined by html.ts.

const FANGSONG =
  '"FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif';
const HEITI =
  '"SimHei", "黑体", "Heiti SC", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';
const TITLE_FONT =
  '"FZXiaoBiaoSong-B05S", "方正小标宋简体", "STZhongsong", "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif';
const SONGTI = '"SimSun", "宋体", "Songti SC", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", serif';

export const REPORT_CSS = `
html, body {
  background: #fff;
  color: #000;
  margin: 0;
  padding: 0;
}
body.xxgk-webview {
  /* VS Code styles webview bodies with the editor theme; the page stays paper. */
  background: #fff !important;
  color: #000 !important;
  font-size: 14pt;
}
.xxgk-report {
  box-sizing: border-box;
  max-width: 210mm;
  margin: 0 auto;
  padding: 20mm 18mm 24mm;
  font-family: ${FANGSONG};
  font-size: 14pt;
  line-height: 1.8;
  color: #000;
  background: #fff;
}
.xxgk-report .title {
  font-family: ${TITLE_FONT};
  font-size: 20pt;
  font-weight: bold;
  text-align: center;
  line-height: 1.5;
  margin: 0 0 1.2em;
}
.xxgk-report .heading {
  font-family: ${HEITI};
  font-size: 14pt;
  font-weight: bold;
  margin: 1em 0 0.5em;
  text-indent: 2em;
  line-height: 1.8;
}
.xxgk-report p {
  margin: 0;
  text-indent: 2em;
  text-align: justify;
  /* A long URL breaks where it must instead of stretching the line apart. */
  overflow-wrap: anywhere;
  word-break: break-all;
}
.xxgk-report .placeholder {
  color: #666;
}
.xxgk-report .table-wrap {
  margin: 0.8em 0 1.2em;
  overflow-x: auto;
}
.xxgk-table {
  width: 100%;
  border-collapse: collapse;
  table-layout: fixed;
  font-family: ${SONGTI};
  font-size: 10.5pt;
  line-height: 1.4;
  color: #000;
  background: #fff;
  page-break-inside: auto;
}
.xxgk-table th,
.xxgk-table td {
  border: 1px solid #000;
  padding: 2px 4px;
  vertical-align: middle;
  text-align: center;
  font-weight: normal;
  overflow-wrap: anywhere;
}
.xxgk-table tr {
  page-break-inside: avoid;
  break-inside: avoid;
}
.xxgk-table td.label {
  text-align: left;
}
.table2 td.label,
.xxgk-table td.label.category,
.xxgk-table td.label.vertical {
  text-align: center;
}
.xxgk-table td.num {
  text-align: center;
  white-space: nowrap;
}
.xxgk-table th.note {
  font-size: 9pt;
  text-align: left;
}
.xxgk-table th.group-label {
  text-align: left;
  background: #dbe5f1;
}
.xxgk-table col.c-l1 { width: 7%; }
.xxgk-table col.c-l2 { width: 10%; }
.xxgk-table col.c-l3 { width: 27%; }
.table2 col.c-label { width: 25%; }
.table2 col.c-num { width: 25%; }
.table4 td.num { height: 2.6em; }
.xxgk-report .signature {
  margin-top: 2em;
  text-align: right;
}
.xxgk-report .signature p {
  text-indent: 0;
  text-align: right;
}

/* Findings: shown on screen only, never in print. */
@media screen {
  .has-finding {
    cursor: help;
  }
  .has-finding.severity-error {
    background: #fde2e1;
    outline: 2px solid #d93025;
    outline-offset: -2px;
  }
  .has-finding.severity-warning {
    background: #fff3cd;
    outline: 2px solid #e0a100;
    outline-offset: -2px;
  }
  .has-finding.severity-information {
    outline: 1px dashed #1a73e8;
    outline-offset: -1px;
  }
  p.has-finding, h1.has-finding, h2.has-finding {
    outline-offset: 2px;
  }
  td.computed {
    color: #1a4f9c;
    font-style: italic;
  }
  .previous-year {
    display: block;
    font-size: 8pt;
    font-style: normal;
    color: #888;
  }
  td.changed {
    box-shadow: inset 0 -3px 0 #b06000;
  }
  body.xxgk-webview [data-line] {
    cursor: pointer;
  }
  body.xxgk-webview .has-finding {
    cursor: help;
  }
  body.xxgk-webview .sync-highlight {
    box-shadow: inset 3px 0 0 #1a73e8;
  }
  /* Editing the tables in the preview: VS Code's theme colours, with fallbacks. */
  body.xxgk-webview td.num[data-path] {
    cursor: cell;
  }
  body.xxgk-webview td.cell-in-range {
    background: var(--vscode-editor-selectionBackground, #add6ff);
  }
  body.xxgk-webview td.cell-selected {
    outline: 2px solid var(--vscode-focusBorder, #0078d4);
    outline-offset: -2px;
  }
  body.xxgk-webview td.cell-pending {
    opacity: 0.6;
  }
  body.xxgk-webview td.cell-editing {
    position: relative;
  }
  body.xxgk-webview .cell-editor {
    position: absolute;
    inset: 0;
    width: 100%;
    box-sizing: border-box;
    font: inherit;
    text-align: center;
    color: var(--vscode-input-foreground, #000);
    background: var(--vscode-input-background, #fff);
    border: 2px solid var(--vscode-focusBorder, #0078d4);
    outline: none;
  }
  body.xxgk-webview td.cell-refused .cell-editor {
    border-color: var(--vscode-inputValidation-errorBorder, #be1100);
  }
  body.xxgk-webview .cell-message {
    position: absolute;
    z-index: 10;
    max-width: 32em;
    padding: 4px 8px;
    font-size: 10pt;
    line-height: 1.5;
    text-indent: 0;
    color: var(--vscode-inputValidation-errorForeground, inherit);
    background: var(--vscode-inputValidation-errorBackground, #f2dede);
    border: 1px solid var(--vscode-inputValidation-errorBorder, #be1100);
  }
}

@page {
  size: A4;
  margin: 25mm 20mm 25mm 20mm;
}
@media print {
  html, body {
    background: #fff;
  }
  .xxgk-report {
    max-width: none;
    padding: 0;
    font-size: 14pt;
  }
  .has-finding {
    background: none !important;
    outline: none !important;
  }
  .heading {
    page-break-after: avoid;
    break-after: avoid;
  }
  .xxgk-table thead {
    display: table-header-group;
  }
}
`;
