/**
 * Page-side code (the page.evaluate / waitForFunction callbacks) runs in the
 * browser. The project's tsconfig has no DOM lib (and should not, for the
 * server's sake), so the little of the DOM those callbacks use is declared
 * here, as types only. Each module with page-side code declares
 * `declare const document: PageDocument;` itself, for that module only: a
 * value imported from here would make the callbacks refer to a Node module
 * the page does not have.
 */
export interface DomEl {
  readonly className: string;
  readonly textContent: string | null;
  readonly innerText: string;
  readonly parentElement: DomEl | null;
  readonly style: { top: string };
  getAttribute(name: string): string | null;
  querySelector(sel: string): DomEl | null;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number; top: number; bottom: number };
  scrollIntoView(opts?: { block?: 'start' | 'center' | 'end' }): void;
  focus(): void;
}

export interface PageDocument {
  body: { innerText: string } | null;
  querySelector(sel: string): DomEl | null;
  querySelectorAll(sel: string): Iterable<DomEl> & ArrayLike<DomEl>;
  getElementById(id: string): DomEl | null;
  addEventListener(
    type: string,
    fn: (e: { timeStamp: number }) => void,
    opts?: { capture?: boolean; once?: boolean },
  ): void;
}
