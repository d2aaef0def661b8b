// xxgk/import: a published report (.docx, .pdf, .html or text) on disk to
// *.xxgk.yaml text, through the same platform/importFile.ts as `xxgk import`.
// Unlike the CLI, a report with parts missing is still imported: the editor
// shows what came through, and the notes say what is missing. Never throws:
// whatever stops the import is said in `error`.
import { basename } from 'node:path';
import { ImportError, ImportResult, summarizeMissing } from './core/import';
import { describeFsError, importFile, refuseBeforeImport } from './platform';
import { ImportReportResult } from './shared/protocol';

function failed(error: string): ImportReportResult {
  return { yaml: '', unmapped: [], notes: [], error };
}

export async function importReport(path: string): Promise<ImportReportResult> {
  const name = basename(path);
  try {
    const refusal = await refuseBeforeImport(path, name);
    if (refusal) return failed(refusal.message);
  } catch (error) {
    return failed(`无法读取 ${name}：${describeFsError(error)}`);
  }
  let result: ImportResult;
  try {
    result = await importFile(path, { source: name });
  } catch (error) {
    if (error instanceof ImportError) return failed(`${name}：${error.message}`);
    if ((error as NodeJS.ErrnoException).code) return failed(`无法读取 ${name}：${describeFsError(error)}`);
    return failed(
      `无法导入 ${name}（这是 xxgk 的缺陷，请报告）：${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const notes = [...result.notes];
  if (result.missing.length) notes.push(`原文缺少：${summarizeMissing(result.missing)}（已留空）。`);
  return { yaml: result.yaml, unmapped: result.unmapped, notes };
}
