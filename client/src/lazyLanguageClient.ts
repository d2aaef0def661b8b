// The language client, loaded after activation rather than during it:
// vscode-languageclient is most of the extension's code (loading it took
// 34–46 ms of a 50 ms activation budget), and nothing the user sees at
// activation needs it. It is its own bundle, dist/languageClient.js, required
// at run time; the commands and the preview talk to this wrapper.
import { join } from 'node:path';
import type * as vscode from 'vscode';
import type { XxgkRequest } from '../../server/src/shared/protocol';
import type { XxgkLanguageClient } from './languageClient';

export class LazyLanguageClient implements vscode.Disposable {
  private client: XxgkLanguageClient | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {}

  private load(): XxgkLanguageClient {
    if (!this.client) {
      // A path esbuild cannot follow: the module stays a file of its own.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose
      const module = require(join(__dirname, 'languageClient.js')) as typeof import('./languageClient');
      this.client = new module.XxgkLanguageClient(this.context);
    }
    return this.client;
  }

  start(): Promise<void> {
    return this.load().start();
  }

  restart(): Promise<void> {
    return this.load().restart();
  }

  request<P, R>(type: XxgkRequest<P, R>, params: P): Promise<R> {
    return this.load().request(type, params);
  }

  async stop(): Promise<void> {
    await this.client?.stop();
  }

  dispose(): void {
    this.client?.dispose();
  }
}
