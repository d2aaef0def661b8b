// The summary webview's script: sort by a click on a header (numbers as
// numbers, blanks last), filter rows by the text typed, and tell the extension
// which report row was clicked and which export was asked for. The total row
// stays as it is: it sums every report, whatever is shown.
import type { SummaryMessage } from '../messages';

interface VsCodeApi {
  postMessage(message: SummaryMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const table = document.getElementById('summary') as HTMLTableElement;
const body = table.tBodies[0]!;
const filter = document.getElementById('filter') as HTMLInputElement;
const shown = document.getElementById('shown')!;
const rows = Array.from(body.rows);

function key(row: HTMLTableRowElement, column: number, numeric: boolean): string | number | undefined {
  const cell = row.cells[column];
  if (!cell || cell.textContent === '') return undefined;
  return numeric ? Number(cell.dataset.value ?? cell.textContent) : (cell.textContent ?? '');
}

function sortBy(header: HTMLTableCellElement): void {
  const column = Number(header.dataset.column);
  const numeric = header.dataset.numeric === '1';
  const descending = header.getAttribute('aria-sort') === 'ascending';
  for (const th of Array.from(table.tHead!.rows[0]!.cells)) th.removeAttribute('aria-sort');
  header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
  const sign = descending ? -1 : 1;
  const sorted = [...rows].sort((a, b) => {
    const x = key(a, column, numeric);
    const y = key(b, column, numeric);
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * String(x).localeCompare(String(y), 'zh-CN');
  });
  body.append(...sorted);
}

function applyFilter(): void {
  const words = filter.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  let count = 0;
  for (const row of rows) {
    const text = (row.textContent ?? '').toLowerCase();
    const visible = words.every((w) => text.includes(w));
    row.hidden = !visible;
    if (visible) count++;
  }
  shown.textContent = (shown.dataset.template ?? '{0}/{1}')
    .replace('{0}', String(count))
    .replace('{1}', String(rows.length));
}

table.tHead!.addEventListener('click', (event) => {
  const header = (event.target as HTMLElement).closest('th');
  if (header) sortBy(header);
});
body.addEventListener('click', (event) => {
  const row = (event.target as HTMLElement).closest('tr');
  if (row?.dataset.index !== undefined) vscode.postMessage({ type: 'open', index: Number(row.dataset.index) });
});
document.querySelector('.bar')!.addEventListener('click', (event) => {
  const action = (event.target as HTMLElement).closest('button')?.dataset.action;
  if (action === 'xlsx' || action === 'csv') vscode.postMessage({ type: 'export', format: action });
  else if (action === 'refresh') vscode.postMessage({ type: 'refresh' });
});
filter.addEventListener('input', applyFilter);
applyFilter();
