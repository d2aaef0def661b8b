// Blocks of cells on the clipboard, as spreadsheets exchange them: read from
// tab-separated text (Excel, WPS and LibreOffice put it on the clipboard, a
// cell with a tab, line break or quote in double quotes) or from an HTML
// table; written as both, so that a copied block pastes into Word, WPS and
// spreadsheets alike.
export type Block = string[][];

/** Tab-separated text as rows of cells; the line end after the last row is not a row. */
export function parseTabSeparated(text: string): Block {
  const rows: Block = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quotedCell = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && cell === '' && !quotedCell) {
      // A quoted cell: up to the closing quote, "" standing for one quote.
      quotedCell = true;
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i++];
      }
      continue;
    }
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      quotedCell = false;
    } else if (ch === '\n' || ch === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      quotedCell = false;
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The first table of an HTML fragment as rows of cell texts, or undefined where it has none. */
export function parseHtmlTable(html: string): Block | undefined {
  const table = new DOMParser().parseFromString(html, 'text/html').querySelector('table');
  if (!table) return undefined;
  return Array.from(table.rows).map((tr) => Array.from(tr.cells).map((td) => (td.textContent ?? '').trim()));
}

/** What a paste holds: an HTML table where there is one, else the text's tab-separated cells. */
export function clipboardBlock(data: DataTransfer): Block {
  const html = data.getData('text/html');
  const fromHtml = html ? parseHtmlTable(html) : undefined;
  if (fromHtml?.length) return fromHtml;
  return parseTabSeparated(data.getData('text/plain'));
}

function quoteCell(text: string): string {
  return /[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toTabSeparated(block: Block): string {
  return block.map((row) => row.map(quoteCell).join('\t')).join('\r\n');
}

/** A table's rows as HTML with borders (Word keeps them); built in the DOM, so every text is escaped. */
export function htmlTable(rows: { tag: 'td' | 'th'; text: string; colspan?: number; rowspan?: number }[][]): string {
  const table = document.createElement('table');
  table.setAttribute('border', '1');
  table.setAttribute('style', 'border-collapse:collapse');
  for (const row of rows) {
    const tr = table.insertRow();
    for (const cell of row) {
      const el = document.createElement(cell.tag);
      el.textContent = cell.text;
      if (cell.colspan && cell.colspan > 1) el.setAttribute('colspan', String(cell.colspan));
      if (cell.rowspan && cell.rowspan > 1) el.setAttribute('rowspan', String(cell.rowspan));
      tr.appendChild(el);
    }
  }
  return `<meta charset="utf-8">${table.outerHTML}`;
}

/** An HTML table of a block of values. */
export function toHtmlTable(block: Block): string {
  return htmlTable(block.map((row) => row.map((text) => ({ tag: 'td' as const, text }))));
}
