// Starts the xxgk language server over IPC and restarts it if it dies,
// saying so. Settings under `xxgk` are passed on by the client library.
import * as vscode from 'vscode';
import {
  CloseAction,
  CloseHandlerResult,
  ErrorAction,
  ErrorHandler,
  ErrorHandlerResult,
  LanguageClient,
  LanguageClientOptions,
  Message,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import type { XxgkRequest } from '../../server/src/shared/protocol';

/** Restarts allowed within RESTART_WINDOW_MS before the client gives up. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

class RestartingErrorHandler implements ErrorHandler {
  private restarts: number[] = [];

  error(_error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.restarts = this.restarts.filter((t) => now - t < RESTART_WINDOW_MS);
    this.restarts.push(now);
    if (this.restarts.length > MAX_RESTARTS) {
      return {
        action: CloseAction.DoNotRestart,
        message: vscode.l10n.t(
          'The xxgk language server stopped {0} times in 3 minutes and will not be restarted. Run "xxgk: Restart Language Server" to try again.',
          MAX_RESTARTS + 1,
        ),
      };
    }
    void vscode.window.showWarningMessage(
      vscode.l10n.t('The xxgk language server stopped unexpectedly and was restarted.'),
    );
    return { action: CloseAction.Restart, handled: true };
  }
}

export class XxgkLanguageClient implements vscode.Disposable {
  private readonly client: LanguageClient;
  private started: Promise<void> | undefined;

  constructor(context: vscode.ExtensionContext) {
    const module = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: 'xxgk-report' }],
      synchronize: { configurationSection: 'xxgk' },
      // Diagnostics are pulled (LSP 3.17): an open report's on each change, and
      // every report of the workspace through workspace/diagnostic, which the
      // library asks for by itself since the server declares workspaceDiagnostics
      // (closed reports in the Problems panel; xxgk.diagnostics.workspace turns
      // that off). The server registers its own file watchers.
      diagnosticPullOptions: { onChange: true, onSave: false },
      errorHandler: new RestartingErrorHandler(),
      outputChannelName: 'xxgk',
    };
    this.client = new LanguageClient('xxgk', 'xxgk', serverOptions, clientOptions);
  }

  start(): Promise<void> {
    // A failed start is said once and stays failed until the user restarts:
    // the preview asks on every keystroke, and each ask must not start it again.
    this.started ??= this.client.start().catch((error: unknown) => {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('The xxgk language server could not start: {0}', String(error)),
      );
      throw error;
    });
    return this.started;
  }

  async restart(): Promise<void> {
    if (this.client.isRunning()) {
      await this.client.restart();
      return;
    }
    this.started = undefined;
    await this.start();
  }

  /** A custom request (server/src/shared/protocol.ts), once the server runs. */
  async request<P, R>(type: XxgkRequest<P, R>, params: P): Promise<R> {
    await this.start();
    return this.client.sendRequest<R>(type.method, params);
  }

  async stop(): Promise<void> {
    if (this.client.isRunning()) await this.client.stop();
  }

  dispose(): void {
    void this.stop();
  }
}
