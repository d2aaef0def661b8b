// A PDF as text: `pdftotext -layout file -` (poppler-utils), whose column
// layout the importer's table reader understands. The process runs here, in
// the platform layer; the importer in core/ receives only the text
// (importPdfText), and judges it there (a scanned PDF gives no text).
import { spawn } from 'node:child_process';
import { ImportError } from '../core/import/errors';

export const PDFTOTEXT_MISSING =
  '未找到 pdftotext 命令，无法读取 PDF。请安装 poppler-utils（Debian/Ubuntu：sudo apt-get install poppler-utils；macOS：brew install poppler），或先把 PDF 另存为文字再导入。';

/** Runs pdftotext -layout on a file; resolves to its text (UTF-8). */
export function pdfToText(path: string, command = 'pdftotext'): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, ['-layout', '-enc', 'UTF-8', path, '-'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new ImportError(PDFTOTEXT_MISSING)
          : new ImportError(`无法运行 pdftotext：${error.message}`),
      );
    });
    child.on('close', (code) => {
      if (code !== 0) {
        const detail = Buffer.concat(err).toString('utf8').trim().split('\n')[0] ?? '';
        reject(
          new ImportError(
            `pdftotext 无法读取这个 PDF（退出码 ${code}${detail ? `：${detail}` : ''}），文件可能已损坏或加密。`,
          ),
        );
        return;
      }
      resolvePromise(Buffer.concat(out).toString('utf8'));
    });
  });
}
