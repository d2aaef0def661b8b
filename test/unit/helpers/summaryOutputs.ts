// Reading back what `xxgk summary` writes, as other programs read it: the
// .xlsx through LibreOffice Calc (as flat ODF, with its cell types), the .csv
// as RFC 4180 and the .html's summary table.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { childElements, decodeEntities, elements, HtmlElement, parseHtml, textOf } from './miniHtml';
import { convertWithLibreOffice } from '../exportHelpers';

export interface SheetCell {
  type: string;
  value: string;
}

/** The first sheet of a flat ODF spreadsheet as LibreOffice wrote it: rows of typed cells, trailing empties cut. */
export function firstSheet(fods: string): { name: string; rows: SheetCell[][] } {
  const table = /<table:table table:name="([^"]*)"[^>]*>([\s\S]*?)<\/table:table>/.exec(fods);
  assert.ok(table, 'the spreadsheet has a sheet');
  const rows = [...table[2]!.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map((row) => {
    const cells: SheetCell[] = [];
    for (const m of row[1]!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const attrs = m[1]!;
      const repeat = Number(/number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
      const type = /office:value-type="(\w+)"/.exec(attrs)?.[1] ?? 'empty';
      const text = [...(m[2] ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)]
        .map((p) => decodeEntities(p[1]!.replace(/<text:s\/>/g, ' ').replace(/<[^>]+>/g, '')))
        .join('\n');
      const value = type === 'float' ? /office:value="([^"]*)"/.exec(attrs)![1]! : text;
      for (let i = 0; i < Math.min(repeat, 64); i++) cells.push({ type, value });
    }
    while (cells.length && cells[cells.length - 1]!.type === 'empty') cells.pop();
    return cells;
  });
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  return { name: decodeEntities(table[1]!), rows };
}

/** CSV as RFC 4180 writes it (quoted fields, doubled quotes, CRLF), BOM dropped: rows of fields. */
export function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      [row, field] = [[], ''];
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** The rows of the summary table of a standalone page (tbody, then the total of tfoot), each as its cells' texts. */
export function htmlRows(html: string): string[][] {
  const table = elements(parseHtml(html)).find((el) => el.attrs['id'] === 'summary');
  assert.ok(table, 'the page has the summary table');
  const section = (tag: string): HtmlElement => childElements(table, tag)[0]!;
  return [section('thead'), section('tbody'), section('tfoot')].flatMap((part) =>
    childElements(part, 'tr').map((tr) => childElements(tr, 'td').concat(childElements(tr, 'th')).map(textOf)),
  );
}

/** LibreOffice Calc opens the file and writes it as flat ODF (its own reading, with cell types). */
export function openWithLibreOffice(file: string, dir: string): string {
  const r = convertWithLibreOffice(file, 'fods', dir);
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT')
    assert.fail('用 LibreOffice 打开 .xlsx 需要 soffice：请安装 Debian 软件包 libreoffice-calc-nogui。');
  const out = file.replace(/\.xlsx$/, '.fods');
  assert.ok(
    existsSync(out),
    `LibreOffice 未能打开 ${file}（需要 Calc：请安装 Debian 软件包 libreoffice-calc-nogui）：${r.stderr}`,
  );
  return readFileSync(out, 'utf8');
}
