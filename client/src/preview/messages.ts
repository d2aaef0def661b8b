// Typed messages between the extension and the preview webview. Both sides
// import this file: the extension (Node) and the webview script (browser).

/** Extension → webview. */
export type ToWebview =
  /** A new body to patch in place; `line` keeps the scroll position in sync. */
  | { type: 'update'; body: string; version: number }
  /** Scroll so that the element of this source line is at the top. */
  | { type: 'scrollToLine'; line: number };

/** Webview → extension. */
export type FromWebview =
  /** A click on a cell, paragraph or heading: move the editor cursor to its source. */
  | { type: 'reveal'; line: number; character?: number }
  /** The user scrolled the preview: the topmost visible source line. */
  | { type: 'didScroll'; line: number }
  /** The webview script is up and can take updates. */
  | { type: 'ready' };

/** What a preview remembers across a window reload (webview serializer). */
export interface PreviewState {
  uri: string;
  line?: number;
}
