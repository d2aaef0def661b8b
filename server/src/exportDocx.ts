// xxgk/exportDocx: an open report as a Word file, through the same export as
// `xxgk render -o x.docx` (core/export/docx.ts). The bytes travel base64-encoded.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { renderDocx } from './core/export/docx';
import { ExportDocxResult } from './shared/protocol';

export async function exportDocx(document: TextDocument): Promise<ExportDocxResult> {
  const bytes = await renderDocx(document.getText());
  return { base64: bytes.toString('base64') };
}
