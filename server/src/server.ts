// The xxgk language server: `node dist/server.js --stdio` (or --node-ipc,
// --socket=…; createConnection reads the transport from argv), also installed
// as `xxgk-language-server`. This file only wires the connection to the
// features, one module each; every handler is guarded so that no request ever
// fails with an internal error.
import {
  CodeActionKind,
  CompletionList,
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  InitializeResult,
  ProposedFeatures,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { version } from '../../package.json';
import { FIX_ALL_KIND, provideCodeActions } from './codeActions';
import { provideCompletion, warmUpCompletion } from './completion';
import { DiagnosticsFeed, DiagnosticsPublisher } from './diagnostics';
import { provideDocumentSymbols } from './documentSymbols';
import { ReportDocuments } from './documents';
import { formatReport } from './formatting';
import { describeError, handlerGuards } from './guard';
import { createStdioConnection } from './framing';
import { provideHover } from './hover';
import { provideInlayHints } from './inlayHints';
import { pathOf, PreviousReports } from './previousReports';
import { Settings } from './settings';
import { registerXxgkRequests } from './xxgkRequests';
import { PULL_PROVIDER, PullDiagnostics } from './pullDiagnostics';
import { WorkspaceEvents } from './workspaceEvents';
import { WorkspaceReports } from './workspaceReports';

// Over stdio through a reader that recovers from a bad frame; other transports as the library makes them.
const connection = process.argv.includes('--stdio') ? createStdioConnection() : createConnection(ProposedFeatures.all);
const settings = new Settings();
const docs = new ReportDocuments(settings, (uri, version, current) =>
  connection.console.warn(`xxgk：忽略了 ${uri} 的过期修改（版本 ${version}，当前版本 ${current}）。`),
);
const publisher = new DiagnosticsPublisher(connection, docs);
/** Push (the publisher) unless the client pulls (set at initialize). */
let feed: DiagnosticsFeed = publisher;
const previousReports = new PreviousReports(
  (path) => docs.all().find((d) => pathOf(d.uri) === path),
  () => docs.all(),
  (uris) => feed.stale(uris),
);
docs.previousFor = (doc) => previousReports.inputFor(doc);

let pullConfiguration = false;
let registerConfiguration = false;
const workspaceEvents = new WorkspaceEvents();

const { guard, guardAsync } = handlerGuards((message) => connection.console.error(message));

async function refreshSettings(pushed?: unknown): Promise<void> {
  let section: unknown = isRecord(pushed) ? pushed['xxgk'] : undefined;
  if (pullConfiguration) {
    try {
      section = await connection.workspace.getConfiguration({ section: 'xxgk' });
    } catch (error) {
      connection.console.warn(`xxgk：读取设置失败，使用默认设置：${describeError(error)}`);
    }
  }
  for (const warning of settings.update(section)) connection.console.warn(warning);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

connection.onInitialize((params): InitializeResult => {
  const workspace = params.capabilities.workspace;
  pullConfiguration = !!workspace?.configuration;
  registerConfiguration = !!workspace?.didChangeConfiguration?.dynamicRegistration;
  const workspaceCapabilities = workspaceEvents.initialize(params);
  if (params.capabilities.textDocument?.diagnostic) {
    const reports = new WorkspaceReports(settings, previousReports, (message) => connection.console.warn(message));
    feed = new PullDiagnostics(connection, docs, reports, settings, !!workspace?.diagnostics?.refreshSupport);
  }
  return {
    capabilities: {
      ...(feed !== publisher && { diagnosticProvider: PULL_PROVIDER }),
      workspace: workspaceCapabilities,
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      completionProvider: { triggerCharacters: ['{', ','], resolveProvider: false },
      hoverProvider: true,
      documentSymbolProvider: { label: 'xxgk' },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      documentFormattingProvider: true,
      inlayHintProvider: true,
    },
    serverInfo: { name: 'xxgk-language-server', version },
  };
});

connection.onInitialized(async () => {
  try {
    if (registerConfiguration)
      await connection.client.register(DidChangeConfigurationNotification.type, { section: 'xxgk' });
    await refreshSettings();
  } catch (error) {
    connection.console.error(`xxgk：初始化设置出错：${describeError(error)}`);
  }
  // Report files changing on disk (saved, replaced, deleted) re-check the reports that pair with them.
  workspaceEvents.listen(connection, {
    filesChanged: async (changes) => {
      for (const change of changes)
        await previousReports.fileChanged(change.uri, change.type === FileChangeType.Deleted);
      feed.filesChanged(changes);
    },
    foldersChanged: async (added, removed) => {
      await previousReports.indexFolders(added);
      await feed.foldersChanged(added, removed);
    },
  });
  // The index of the workspace's reports, built in the background (pulled diagnostics wait for it).
  const indexed = previousReports
    .indexFolders(workspaceEvents.folders)
    .catch((error: unknown) => connection.console.error(`xxgk：索引工作区报告出错：${describeError(error)}`));
  feed.start(indexed, workspaceEvents.folders);
  // Idle time after start-up: build what the first completion and check would wait for.
  setTimeout(() => {
    try {
      warmUpCompletion();
    } catch (error) {
      connection.console.error(`xxgk：预热补全出错：${describeError(error)}`);
    }
  }, 50);
});

connection.onDidChangeConfiguration(async (params) => {
  try {
    await refreshSettings(params.settings);
    feed.settingsChanged();
  } catch (error) {
    connection.console.error(`xxgk：更新设置出错：${describeError(error)}`);
  }
});

docs.documents.onDidChangeContent((event) => {
  feed.documentChanged(event.document.uri);
  try {
    previousReports.documentChanged(event.document);
  } catch (error) {
    connection.console.error(`xxgk：更新上年报告索引出错：${describeError(error)}`);
  }
});
docs.documents.onDidClose((event) => {
  docs.forget(event.document.uri);
  feed.documentClosed(event.document.uri);
  try {
    previousReports.documentChanged(event.document, true);
  } catch (error) {
    connection.console.error(`xxgk：更新上年报告索引出错：${describeError(error)}`);
  }
});

const NO_COMPLETIONS: CompletionList = { isIncomplete: false, items: [] };

connection.onCompletion(
  guard('补全', NO_COMPLETIONS, (params) => {
    const found = docs.lookup(params.textDocument.uri);
    return found ? provideCompletion(found.result, params.position) : NO_COMPLETIONS;
  }),
);

connection.onHover(
  guard('悬停提示', null, (params) => {
    const found = docs.lookup(params.textDocument.uri);
    return found ? provideHover(found.result, params.position) : null;
  }),
);

connection.onDocumentSymbol(
  guard('大纲', [], (params) => {
    const found = docs.lookup(params.textDocument.uri);
    return found ? provideDocumentSymbols(found.result) : [];
  }),
);

connection.onCodeAction(
  guard('快速修复', [], (params) => {
    const found = docs.lookup(params.textDocument.uri);
    return found ? provideCodeActions(found.doc, found.result, params, (text) => docs.check(text)) : [];
  }),
);

connection.onDocumentFormatting(
  guard('格式化', [], (params) => {
    const found = docs.lookup(params.textDocument.uri);
    // A file refused as too large is not formatted either.
    return found?.result.report ? formatReport(found.doc, params.options) : [];
  }),
);

connection.languages.inlayHint.on(
  guard('内嵌提示', [], (params) => {
    const found = docs.lookup(params.textDocument.uri);
    return found ? provideInlayHints(found.doc, found.result, params.range) : [];
  }),
);

registerXxgkRequests(connection, { docs, settings, previousReports, guard, guardAsync });

docs.documents.listen(connection);
connection.listen();
