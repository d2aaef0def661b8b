// The workspace as the client tells it: its folders at start and as they
// change (workspace/didChangeWorkspaceFolders), and report files changing on
// disk (workspace/didChangeWatchedFiles, whose watchers the server registers
// where the client allows). server.ts hands both to last year's index and to
// the diagnostics; a failure is logged, never thrown at the client.
import {
  Connection,
  DidChangeWatchedFilesNotification,
  FileEvent,
  InitializeParams,
  ServerCapabilities,
} from 'vscode-languageserver';
import { describeError } from './guard';
import { pathOf } from './previousReports';

export interface WorkspaceListener {
  filesChanged(changes: FileEvent[]): Promise<void>;
  foldersChanged(added: string[], removed: string[]): Promise<void>;
}

const paths = (uris: string[]): string[] => uris.map(pathOf).filter((p): p is string => p !== undefined);

export class WorkspaceEvents {
  /** The workspace folders' canonical paths. */
  folders: string[] = [];
  private registerWatchers = false;
  private folderChanges = false;

  /** At initialize: the folders (or the root folder) and what the client can do; the capability to declare. */
  initialize(params: InitializeParams): ServerCapabilities['workspace'] {
    const workspace = params.capabilities.workspace;
    this.registerWatchers = !!workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.folderChanges = !!workspace?.workspaceFolders;
    this.folders = paths(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
    return this.folderChanges ? { workspaceFolders: { supported: true, changeNotifications: true } } : {};
  }

  /** After initialized: registers the file watchers and passes changes on. */
  listen(connection: Connection, listener: WorkspaceListener): void {
    const log = (what: string) => (error: unknown) =>
      connection.console.error(`xxgk：${what}出错：${describeError(error)}`);
    if (this.registerWatchers) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.xxgk.yaml' }, { globPattern: '**/*.xxgk.yml' }],
        })
        .catch((error: unknown) => connection.console.warn(`xxgk：无法监视文件变化：${describeError(error)}`));
    }
    connection.onDidChangeWatchedFiles(
      (params) => void listener.filesChanged(params.changes).catch(log('处理文件变化')),
    );
    if (!this.folderChanges) return;
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const added = paths(event.added.map((f) => f.uri));
      const removed = paths(event.removed.map((f) => f.uri));
      this.folders = [...this.folders.filter((f) => !removed.includes(f)), ...added];
      void listener.foldersChanged(added, removed).catch(log('处理工作区文件夹变化'));
    });
  }
}
