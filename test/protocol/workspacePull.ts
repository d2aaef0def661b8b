// A workspace/diagnostic request as VS Code sends it: with the result ids the
// client holds, which the answer's ids then replace. Shared by the protocol
// tests and the workspace benchmark.
import {
  CancellationTokenSource,
  WorkspaceDiagnosticRequest,
  WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import type { LspClient } from './lspClient';

export async function pullWorkspace(
  client: LspClient,
  held: Map<string, string>,
  token?: CancellationTokenSource,
): Promise<WorkspaceDocumentDiagnosticReport[]> {
  const previousResultIds = [...held].map(([uri, value]) => ({ uri, value }));
  const answer = await client.connection.sendRequest(
    WorkspaceDiagnosticRequest.type,
    { previousResultIds },
    token?.token,
  );
  for (const item of answer.items) held.set(item.uri, item.resultId!);
  return answer.items;
}
