// Minimal playwright-core surface (structural; the real objects fit these).
// playwright-core is resolved at run time (see browser.ts), so its types are
// not imported: these small interfaces describe the parts the harness uses.
import { type DomEl } from './pageDom';

export interface PwLocator {
  first(): PwLocator;
  nth(i: number): PwLocator;
  filter(opts: { hasText?: string | RegExp }): PwLocator;
  locator(sel: string): PwLocator;
  count(): Promise<number>;
  waitFor(opts?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  hover(opts?: { timeout?: number; force?: boolean; position?: { x: number; y: number } }): Promise<void>;
  click(opts?: { timeout?: number }): Promise<void>;
  innerText(opts?: { timeout?: number }): Promise<string>;
  getAttribute(name: string, opts?: { timeout?: number }): Promise<string | null>;
  allInnerTexts(): Promise<string[]>;
  evaluateAll<R>(fn: (els: DomEl[]) => R): Promise<R>;
  boundingBox(opts?: { timeout?: number }): Promise<{ x: number; y: number; width: number; height: number } | null>;
}
export interface PwFrame {
  url(): string;
  evaluate<R>(fn: () => R): Promise<R>;
  locator(sel: string): PwLocator;
}
export interface PwKeyboard {
  press(key: string, opts?: { delay?: number }): Promise<void>;
  type(text: string, opts?: { delay?: number }): Promise<void>;
  insertText(text: string): Promise<void>;
}
export interface PwMouse {
  move(x: number, y: number, opts?: { steps?: number }): Promise<void>;
}
export interface PwPage {
  goto(
    url: string,
    opts?: { timeout?: number; waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit' },
  ): Promise<unknown>;
  locator(sel: string): PwLocator;
  waitForSelector(
    sel: string,
    opts?: { timeout?: number; state?: 'attached' | 'detached' | 'visible' | 'hidden' },
  ): Promise<unknown>;
  waitForFunction<A>(
    fn: (arg: A) => unknown,
    arg: A,
    opts?: { timeout?: number; polling?: number | 'raf' },
  ): Promise<unknown>;
  waitForTimeout(ms: number): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  screenshot(opts: { path: string; fullPage?: boolean }): Promise<Buffer>;
  frames(): PwFrame[];
  mainFrame(): PwFrame;
  keyboard: PwKeyboard;
  mouse: PwMouse;
  on(event: 'console', fn: (msg: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', fn: (err: Error) => void): void;
  close(): Promise<void>;
}
export interface PwBrowser {
  newContext(opts?: {
    viewport?: { width: number; height: number };
    locale?: string;
    deviceScaleFactor?: number;
  }): Promise<{ newPage(): Promise<PwPage>; close(): Promise<void> }>;
  close(): Promise<void>;
}

export interface PwChromium {
  launch(opts: { executablePath: string; headless?: boolean; args?: string[]; timeout?: number }): Promise<PwBrowser>;
}
