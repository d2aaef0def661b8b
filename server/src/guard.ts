// Every handler of the language server is guarded: an exception in a feature
// is logged to the client's console and the request is answered with a
// harmless fallback, so no request ever fails with an internal error. An
// answer the handler means as an error (a ResponseError: the request was
// cancelled) goes to the client as such.
import { ResponseError } from 'vscode-languageserver';

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export interface HandlerGuards {
  /** A handler that logs any exception and answers `fallback` instead. */
  guard<P, R>(name: string, fallback: R, handler: (params: P) => R): (params: P) => R;
  /** guard for async handlers: a rejected promise is logged and answered with `fallback` (a ResponseError passed on). */
  guardAsync<P, R>(name: string, fallback: R, handler: (params: P) => Promise<R>): (params: P) => Promise<R>;
}

/** Guards that log through `logError` (the connection's console). */
export function handlerGuards(logError: (message: string) => void): HandlerGuards {
  const report = (name: string, error: unknown): void => logError(`xxgk：${name} 出错：${describeError(error)}`);
  return {
    guard: (name, fallback, handler) => (params) => {
      try {
        return handler(params);
      } catch (error) {
        report(name, error);
        return fallback;
      }
    },
    guardAsync: (name, fallback, handler) => async (params) => {
      try {
        return await handler(params);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        report(name, error);
        return fallback;
      }
    },
  };
}
