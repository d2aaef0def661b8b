// A real LSP client for the protocol tests: it starts the BUILT server
// (`node dist/server.js --stdio`), talks to it over stdio with
// vscode-languageserver-protocol as an editor would, answers
// workspace/configuration from `settings`, and records every
// publishDiagnostics notification.
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { after, before } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CompletionList,
  CompletionRequest,
  ConfigurationRequest,
  DiagnosticRefreshRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbol,
  DocumentSymbolRequest,
  ExitNotification,
  Hover,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  InitializeResult,
  LogMessageNotification,
  Position,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { ensureBuilt, ROOT, SERVER } from './serverBuild';

/** How the client presents itself: its workspace folder, and whether it pulls diagnostics and watches files. */
export interface ClientOptions {
  /** The workspace folder (default: the repository). */
  root?: string;
  /** Declares `textDocument.diagnostic` and `workspace.diagnostics.refreshSupport` (pull), not push only. */
  pull?: boolean;
  /** Declares dynamic registration of `workspace/didChangeWatchedFiles`. */
  watch?: boolean;
  /** Sends `root` as the one workspace folder and declares workspace folder changes. */
  folders?: boolean;
}

interface Waiter {
  uri: string;
  accept: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspClient {
  /** What workspace/configuration answers for the `xxgk` section. */
  settings: Record<string, unknown> = {};
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: string[] = [];
  /** How many times the server asked for workspace/diagnostic/refresh. */
  refreshes = 0;
  initializeResult!: InitializeResult;
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(settings: Record<string, unknown> = {}, options: ClientOptions = {}): Promise<LspClient> {
    ensureBuilt();
    // XXGK_SERVER_NODE_ARGS: Node options for the server alone, e.g. `--cpu-prof` when profiling a bench.
    const child = spawn(
      process.execPath,
      [...(process.env.XXGK_SERVER_NODE_ARGS?.split(' ') ?? []), SERVER, '--stdio'],
      { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    const client = new LspClient(child, connection);
    client.settings = settings;
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => (item.section === 'xxgk' ? client.settings : null)),
    );
    connection.onRequest(RegistrationRequest.type, (params) => {
      client.registrations.push(...params.registrations.map((r) => r.method));
    });
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      client.refreshes++;
    });
    connection.onNotification(LogMessageNotification.type, (params) => client.logs.push(params.message));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      client.published.push(params);
      for (const waiter of [...client.waiters]) {
        if (waiter.uri === params.uri && waiter.accept(params)) {
          client.waiters.splice(client.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    connection.listen();
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(options.root ?? ROOT).toString(),
      workspaceFolders: options.folders
        ? [{ uri: pathToFileURL(options.root ?? ROOT).toString(), name: 'root' }]
        : null,
      capabilities: {
        workspace: {
          ...(options.folders && { workspaceFolders: true }),
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          ...(options.watch && { didChangeWatchedFiles: { dynamicRegistration: true } }),
          ...(options.pull && { diagnostics: { refreshSupport: true } }),
        },
        textDocument: {
          ...(options.pull && { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } }),
          synchronization: { dynamicRegistration: false },
          completion: {
            completionItem: {
              snippetSupport: true,
              documentationFormat: ['markdown', 'plaintext'],
              insertTextModeSupport: { valueSet: [1, 2] },
            },
          },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
        },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** The next publishDiagnostics for `uri` that `accept` takes (already received ones are not considered). */
  nextDiagnostics(
    uri: string,
    accept: (p: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        uri,
        accept,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  /** Opens a document and resolves with its first diagnostics. */
  async open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    const published = this.nextDiagnostics(uri, (p) => p.version === 1);
    await this.openOnly(uri, text);
    return published;
  }

  /** Opens a document without waiting for diagnostics (a pulling client asks for them). */
  async openOnly(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'xxgk', version: 1, text },
    });
  }

  /** Sends an incremental change; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  completion(uri: string, position: Position): Promise<CompletionList | null> {
    return this.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position,
    }) as Promise<CompletionList | null>;
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  symbols(uri: string): Promise<DocumentSymbol[] | null> {
    return this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as Promise<
      DocumentSymbol[] | null
    >;
  }

  /** shutdown + exit, then make sure the process is gone. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.once('exit', (code) => resolve(code));
    });
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // the process may already be gone
    }
    const timer = setTimeout(() => this.process.kill(), 3000);
    const code = await exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }
}

/**
 * For a describe block: starts a client before its tests (then runs
 * `started` with it, e.g. to keep it and open documents) and after them
 * stops it, asserting the server exits with 0.
 */
export function useLspClient(
  started: (client: LspClient) => unknown,
  settings: Record<string, unknown> = {},
  options: ClientOptions | (() => ClientOptions) = {},
): void {
  let client: LspClient | undefined;
  before(async () => {
    client = await LspClient.start(settings, typeof options === 'function' ? options() : options);
    await started(client);
  });
  after(async () => {
    assert.equal(await client!.stop(), 0);
  });
}

/** Sends one of xxgk's custom requests (server/src/shared/protocol.ts), typed by its declaration. */
export function xxgkRequest<P, R>(
  client: LspClient,
  type: import('../../server/src/shared/protocol').XxgkRequest<P, R>,
  params: P,
): Promise<R> {
  return client.connection.sendRequest<R>(type.method, params);
}
