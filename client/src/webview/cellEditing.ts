// Editing the tables in the preview, as in a spreadsheet: a click selects a
// cell (a focus ring), shift+click and shift+arrows a block; typing opens an
// editor over the cell; Enter or Tab writes it and moves on (Enter down, Tab
// right, Shift back); arrows move; Escape cancels; Delete or Backspace empties
// the cells (blanks, never 0); copy and paste take blocks of cells. The
// values go to the extension, which has the language server write them into
// the YAML; a value the engine refuses comes back with its message, shown
// under the cell, and nothing is written.
import type { CellValue } from '../preview/messages';
import { CELL_SELECTOR, cellValue, Direction, fillTargets, gridRows, rectangle, step } from './cellGrid';
import { closeEditor, hideMessage, OpenEditor, openEditor, showMessage } from './cellEditor';
import { clipboardBlock } from './clipboard';
import { copyCells, copyTable } from './tableCopy';

const MARK_CLASSES = ['cell-selected', 'cell-in-range'];
const MARKED = MARK_CLASSES.map((c) => `.${c}`).join(', ');

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

interface Pending {
  /** Each cell's content before the value was shown in it, to put back if the value is refused. */
  before: { path: string; html: string }[];
  /** The text typed, to open the editor with again if it is refused. */
  typed?: string;
}

export class CellEditing {
  /** The focused cell's data-path (the selection's moving end). */
  private focusPath: string | undefined;
  /** Where a block selection started (shift+click, shift+arrows). */
  private anchorPath: string | undefined;
  /** Ctrl+A: the whole table is selected, and a copy takes it as printed. */
  private wholeTable = false;
  private editor: (OpenEditor & { path: string; original: string }) | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private readonly root: HTMLElement,
    private readonly send: (id: number, cells: CellValue[]) => void,
  ) {
    root.addEventListener('click', (e) => this.onClick(e));
    document.addEventListener('keydown', (e) => this.onKey(e));
    document.addEventListener('copy', (e) => this.onCopy(e));
    document.addEventListener('paste', (e) => this.onPaste(e));
  }

  /** The cell being edited: the page patch leaves it alone. */
  get editingCell(): HTMLElement | undefined {
    return this.editor?.cell;
  }

  /** For the page patch: a cell keeps its selection marks and tabindex (so the focus stays on it). */
  carry(live: Element, wanted: Element): void {
    if (!live.matches(MARKED)) return;
    for (const c of MARK_CLASSES) if (live.classList.contains(c)) wanted.classList.add(c);
    const tabindex = live.getAttribute('tabindex');
    if (tabindex !== null) wanted.setAttribute('tabindex', tabindex);
  }

  /**
   * After the page was patched: the selection marks on the same cells, and
   * the focus back where the patch took it away, only while the preview has
   * the focus (it never takes it from the editor).
   */
  restore(): void {
    this.mark();
    const focus = this.cell(this.focusPath);
    const lost = document.activeElement === document.body || !document.activeElement;
    if (focus && !this.editor && lost && document.hasFocus()) focus.focus({ preventScroll: true });
  }

  /** The extension's answer to an edit: written, or refused with the engine's message. */
  onResult(id: number, refused?: string, path?: string): void {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    for (const { path: p } of pending?.before ?? []) this.cell(p)?.classList.remove('cell-pending');
    if (!refused || !pending) return;
    for (const { path: p, html } of pending.before) {
      const cell = this.cell(p);
      if (cell) cell.innerHTML = html;
    }
    const target = this.cell(path ?? pending.before[0]?.path);
    if (!target) return;
    // Back into the cell with the text typed, unless the user is typing in another one by now.
    if (!this.editor) {
      this.select(target);
      if (pending.typed !== undefined && pending.before.length === 1) this.edit(target, pending.typed);
    }
    target.classList.add('cell-refused');
    showMessage(target, refused);
  }

  private cell(path: string | undefined): HTMLElement | undefined {
    if (path === undefined) return undefined;
    return this.root.querySelector<HTMLElement>(`${CELL_SELECTOR}[data-path="${CSS.escape(path)}"]`) ?? undefined;
  }

  private select(cell: HTMLElement, extend = false): void {
    hideMessage();
    this.wholeTable = false;
    this.focusPath = cell.dataset['path'];
    if (!extend || !this.anchorPath) this.anchorPath = this.focusPath;
    this.mark();
    cell.focus({ preventScroll: true });
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** The selected block, row by row (one cell where nothing is extended). */
  private block(): HTMLElement[][] {
    const focus = this.cell(this.focusPath);
    const anchor = this.cell(this.anchorPath) ?? focus;
    return focus && anchor ? rectangle(anchor, focus) : [];
  }

  /** Marks the selection: the focused cell (its ring, the one tab stop) and the block. */
  private mark(): void {
    const focus = this.cell(this.focusPath);
    const block = this.block();
    const inRange = new Set(block.length > 1 || (block[0]?.length ?? 0) > 1 ? block.flat() : []);
    // Only what changes: taking the tabindex off the focused cell would blur it.
    for (const el of this.root.querySelectorAll<HTMLElement>(MARKED)) {
      if (!inRange.has(el)) el.classList.remove('cell-in-range');
      if (el !== focus) {
        el.classList.remove('cell-selected');
        el.removeAttribute('tabindex');
      }
    }
    for (const el of inRange) el.classList.add('cell-in-range');
    if (!focus) return;
    focus.classList.add('cell-selected');
    focus.tabIndex = 0;
  }

  private onClick(e: MouseEvent): void {
    const cell = (e.target as Element | null)?.closest<HTMLElement>(CELL_SELECTOR);
    if (!cell || cell.contains(this.editor?.input ?? null)) return;
    if (this.editor) this.commit();
    this.select(cell, e.shiftKey);
  }

  private onKey(e: KeyboardEvent): void {
    const cell = this.cell(this.focusPath);
    // Keys act on the cells while a cell has the focus (not after a click into the text).
    if (!cell || this.editor || e.isComposing || document.activeElement !== cell) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const arrow = ARROWS[e.key];
    if (arrow && !ctrl && !e.altKey) this.select(step(cell, arrow), e.shiftKey);
    else if (e.key === 'Enter' && !ctrl) this.select(step(cell, e.shiftKey ? 'up' : 'down'));
    else if (e.key === 'Tab' && !ctrl) this.select(step(cell, e.shiftKey ? 'previous' : 'next'));
    else if (e.key === 'F2') this.edit(cell, cellValue(cell));
    else if (e.key === 'Delete' || e.key === 'Backspace')
      this.write(
        this.block()
          .flat()
          .map((c) => ({ cell: c, value: null })),
      );
    else if (e.key === 'Escape') this.select(cell);
    else if (ctrl && e.key.toLowerCase() === 'a') this.selectTable(cell);
    else if (e.key.length === 1 && !ctrl && !e.altKey) this.edit(cell, e.key);
    else return;
    e.preventDefault();
  }

  private selectTable(cell: HTMLElement): void {
    const rows = gridRows(cell.closest('table')!);
    const first = rows[0]?.[0];
    const lastRow = rows[rows.length - 1];
    const last = lastRow?.[lastRow.length - 1];
    if (!first || !last) return;
    this.anchorPath = first.dataset['path'];
    this.focusPath = last.dataset['path'];
    this.mark();
    this.wholeTable = true;
  }

  private edit(cell: HTMLElement, text: string): void {
    hideMessage();
    const path = cell.dataset['path']!;
    this.editor = { ...openEditor(cell, text, (e) => this.onEditorKey(e)), path, original: cellValue(cell) };
    this.editor.input.addEventListener('blur', () => this.commit());
  }

  private onEditorKey(e: KeyboardEvent): void {
    const moves: Record<string, Direction> = {
      Enter: e.shiftKey ? 'up' : 'down',
      Tab: e.shiftKey ? 'previous' : 'next',
      ArrowUp: 'up',
      ArrowDown: 'down',
    };
    if (e.isComposing) return;
    if (e.key === 'Escape') this.cancel();
    else if (moves[e.key]) this.commit(moves[e.key]);
    else return;
    e.preventDefault();
  }

  private cancel(): void {
    const editor = this.editor;
    if (!editor) return;
    this.editor = undefined;
    closeEditor(editor);
    hideMessage();
    this.select(editor.cell);
  }

  /** Writes the editor's text (unless unchanged) and moves the selection on. */
  private commit(move?: Direction): void {
    const editor = this.editor;
    if (!editor) return;
    this.editor = undefined;
    const typed = editor.input.value;
    closeEditor(editor);
    if (typed.trim() !== editor.original) this.write([{ cell: editor.cell, value: typed }], typed);
    if (move) this.select(step(editor.cell, move));
  }

  /** Sends values to be written (one edit), showing them in their cells until the page is patched. */
  private write(cells: { cell: HTMLElement; value: string | null }[], typed?: string): void {
    if (!cells.length) return;
    const id = this.nextId++;
    this.pending.set(id, {
      before: cells.map(({ cell }) => ({ path: cell.dataset['path']!, html: cell.innerHTML })),
      typed,
    });
    for (const { cell, value } of cells) {
      cell.textContent = value?.trim() ?? '';
      cell.classList.add('cell-pending');
    }
    this.send(
      id,
      cells.map(({ cell, value }) => ({ path: cell.dataset['path']!, value })),
    );
  }

  private onCopy(e: ClipboardEvent): void {
    const focus = this.cell(this.focusPath);
    // Text selected in the page, or typed in the editor, is copied as usual.
    if (!focus || this.editor || !e.clipboardData || !(window.getSelection()?.isCollapsed ?? true)) return;
    const copied = this.wholeTable ? copyTable(focus.closest('table')!) : copyCells(this.block());
    e.clipboardData.setData('text/plain', copied.text);
    e.clipboardData.setData('text/html', copied.html);
    e.preventDefault();
  }

  private onPaste(e: ClipboardEvent): void {
    const focus = this.cell(this.focusPath);
    if (!focus || this.editor || !e.clipboardData) return;
    e.preventDefault();
    const targets = fillTargets(focus, clipboardBlock(e.clipboardData));
    if (!targets.length) return;
    this.write(targets);
    // The filled block stays selected.
    this.anchorPath = targets[0]!.cell.dataset['path'];
    this.focusPath = targets[targets.length - 1]!.cell.dataset['path'];
    this.mark();
  }
}
