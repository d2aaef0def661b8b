// Typed messages between the extension and the preview webview. Both sides
// import this file: the extension (Node) and the webview script (browser).
// Every message names the report it is about (`source`, the report's URI, as
// VS Code's Markdown preview does): a panel moves from report to report when
// it follows the editor, and a message still in flight for the report it
// showed before is dropped on arrival.
//
// Cells are named by their `data-path`: the key path of the cell joined with
// '/' (statutory keys hold no '/'), as the renderer writes it on each cell.

/** Extension → webview. */
export type ToWebview =
  /** A new body to patch in place; `version` is the document version it was rendered from. */
  | { type: 'update'; source: string; body: string; version: number }
  /** Scroll so that the element of this source line is at the top. */
  | { type: 'scrollToLine'; source: string; line: number }
  /**
   * The answer to `editCells` number `id`: written (no `refused`), or refused
   * with the engine's message (in Chinese) about the cell `path`, if one.
   */
  | { type: 'editResult'; source: string; id: number; refused?: string; path?: string };

/** A cell's new text as the user typed or pasted it; null empties the cell (a blank, never 0). */
export interface CellValue {
  path: string;
  value: string | null;
}

/** Webview → extension. */
export type FromWebview =
  /** A double-click on a cell, paragraph or heading: move the editor cursor to its source. */
  | { type: 'reveal'; source: string; line: number; character?: number }
  /** The user scrolled the preview: the topmost visible source line. */
  | { type: 'didScroll'; source: string; line: number }
  /** The webview script is up and takes messages: the extension answers with the current body and line. */
  | { type: 'ready'; source: string }
  /**
   * Cells typed, emptied or pasted in the preview: written into the YAML as
   * one edit (one undo step), answered by `editResult` with the same `id`.
   */
  | { type: 'editCells'; source: string; id: number; cells: CellValue[] };

/** A message before its sender names the report (each side adds `source` in one place). */
export type WithoutSource<M> = M extends unknown ? Omit<M, 'source'> : never;

/** What a preview remembers across a window reload (webview serializer). */
export interface PreviewState {
  uri: string;
  line?: number;
}
