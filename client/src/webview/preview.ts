// The preview webview's script (runs in the webview, bundled to
// media/preview.js). It patches each new body into the page in place, so the
// page neither flickers nor jumps while the user types, lets the user fill
// the tables (cellEditing.ts), sends double-clicks back as source positions,
// and keeps scrolling in step with the editor. Every message carries the
// report's URI; one about another report is dropped.
import type { FromWebview, PreviewState, ToWebview, WithoutSource } from '../preview/messages';
import { CellEditing } from './cellEditing';
import { patchChildren } from './morph';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  setState(state: PreviewState): void;
  getState(): PreviewState | undefined;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('xxgk-root')!;
const initial = JSON.parse(document.body.dataset['state'] ?? '{}') as PreviewState;
// The page's own state names the report it shows; a saved state (from before a
// reload, or of the report shown before a retarget) only keeps its scroll line
// where it is about the same report.
const saved = vscode.getState();
let state: PreviewState = {
  ...initial,
  line: saved?.uri === initial.uri ? (saved.line ?? initial.line) : initial.line,
};
/** Scroll events caused by scrollToLine are not the user's: don't echo them back. */
let ignoreScrollUntil = 0;

/** The report this page shows: the source of every message it sends and takes. */
const source = initial.uri;

/** Posts a message about this page's report. */
function post(message: WithoutSource<FromWebview>): void {
  vscode.postMessage({ ...message, source } as FromWebview);
}

function lineElements(): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-line]'));
}

/**
 * The element whose source line is the nearest at or above `line`. Keys may
 * stand in any order in the file while the page prints the official order, so
 * source lines do not grow down the page: every element is looked at.
 */
function elementForLine(line: number): HTMLElement | undefined {
  let best: HTMLElement | undefined;
  let bestLine = -1;
  for (const el of lineElements()) {
    const at = Number(el.dataset['line']);
    if (at <= line && at > bestLine) {
      best = el;
      bestLine = at;
    }
  }
  return best;
}

function scrollToLine(line: number): void {
  const target = elementForLine(line);
  ignoreScrollUntil = Date.now() + 200;
  window.scrollTo({ top: target ? target.getBoundingClientRect().top + window.scrollY - 8 : 0 });
}

function topmostLine(): number | undefined {
  for (const el of lineElements()) {
    if (el.getBoundingClientRect().bottom > 0) return Number(el.dataset['line']);
  }
  return undefined;
}

const cells = new CellEditing(root, (id, values) => post({ type: 'editCells', id, cells: values }));

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.source !== source) return;
  if (message.type === 'update') {
    patchChildren(root, message.body, {
      frozen: cells.editingCell,
      carry: (live, wanted) => cells.carry(live, wanted),
    });
    root.dataset['version'] = String(message.version);
    // The selection and focus stay on the same cells (matched by data-path).
    cells.restore();
  } else if (message.type === 'scrollToLine') {
    scrollToLine(message.line);
  } else if (message.type === 'editResult') {
    cells.onResult(message.id, message.refused, message.path);
  }
});

// A single click selects (cellEditing.ts); a double-click goes to the source, as in VS Code's Markdown preview.
root.addEventListener('dblclick', (event) => {
  const clicked = event.target as Element | null;
  const target = clicked?.closest<HTMLElement>('[data-line]');
  if (!target || clicked?.closest('input')) return;
  const character = target.dataset['character'];
  post({ type: 'reveal', line: Number(target.dataset['line']), character: character ? Number(character) : undefined });
});

let scrollFrame = 0;
window.addEventListener('scroll', () => {
  if (scrollFrame) return;
  scrollFrame = requestAnimationFrame(() => {
    scrollFrame = 0;
    const line = topmostLine();
    if (line === undefined) return;
    state = { ...state, line };
    vscode.setState(state);
    if (Date.now() >= ignoreScrollUntil) post({ type: 'didScroll', line });
  });
});

vscode.setState(state);
post({ type: 'ready' });
