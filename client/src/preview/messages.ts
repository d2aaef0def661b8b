// Typed messages between the extension and the preview webview. Both sides
// import this file: the extension (Node) and the webview script (browser).
// Every message names the report it is about (`source`, the report's URI, as
// VS Code's Markdown preview does): a panel moves from report to report when
// it follows the editor, and a message still in flight for the report it
// showed before is dropped on arrival.

/** Extension → webview. */
export type ToWebview =
  /** A new body to patch in place. */
  | { type: 'update'; source: string; body: string; version: number }
  /** Scroll so that the element of this source line is at the top. */
  | { type: 'scrollToLine'; source: string; line: number };

/** Webview → extension. */
export type FromWebview =
  /** A click on a cell, paragraph or heading: move the editor cursor to its source. */
  | { type: 'reveal'; source: string; line: number; character?: number }
  /** The user scrolled the preview: the topmost visible source line. */
  | { type: 'didScroll'; source: string; line: number }
  /** The webview script is up and takes messages: the extension answers with the current body and line. */
  | { type: 'ready'; source: string };

/** A message before its sender names the report (each side adds `source` in one place). */
export type WithoutSource<M> = M extends unknown ? Omit<M, 'source'> : never;

/** What a preview remembers across a window reload (webview serializer). */
export interface PreviewState {
  uri: string;
  line?: number;
}
