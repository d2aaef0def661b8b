// The inline editor of a preview cell: an input laid over the cell's value
// (the value itself stays in the page, hidden, so Escape brings it back as
// it was), and the message under a cell when the engine refuses a value.

export interface OpenEditor {
  cell: HTMLElement;
  input: HTMLInputElement;
}

/** Opens an input in `cell` holding `text`, the caret at its end; `onKey` sees its key presses first. */
export function openEditor(cell: HTMLElement, text: string, onKey: (e: KeyboardEvent) => void): OpenEditor {
  const input = document.createElement('input');
  input.className = 'cell-editor';
  input.type = 'text';
  input.inputMode = 'decimal';
  input.spellcheck = false;
  input.autocomplete = 'off';
  input.value = text;
  input.setAttribute('aria-label', cell.getAttribute('data-path')?.split('/').slice(-2).join(' · ') ?? '');
  input.addEventListener('keydown', (e) => {
    // The page's own keys (move, delete, select all) are not for the input.
    e.stopPropagation();
    onKey(e);
  });
  cell.classList.add('cell-editing');
  cell.appendChild(input);
  input.focus({ preventScroll: true });
  input.setSelectionRange(text.length, text.length);
  return { cell, input };
}

/** Removes the input; the cell shows its value again. */
export function closeEditor(editor: OpenEditor): void {
  editor.input.remove();
  editor.cell.classList.remove('cell-editing', 'cell-refused');
}

let message: HTMLElement | undefined;

/** Shows the engine's message under `cell` (one at a time), for screen readers too. */
export function showMessage(cell: HTMLElement, text: string): void {
  hideMessage();
  const box = document.createElement('div');
  box.className = 'cell-message';
  box.setAttribute('role', 'alert');
  box.textContent = text;
  const rect = cell.getBoundingClientRect();
  box.style.left = `${Math.max(4, rect.left + window.scrollX)}px`;
  box.style.top = `${rect.bottom + window.scrollY + 2}px`;
  document.body.appendChild(box);
  message = box;
}

export function hideMessage(): void {
  message?.remove();
  message = undefined;
}
