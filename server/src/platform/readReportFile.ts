// Reads a report file from disk into the text the engine checks. The CLI
// reads reports with it and the importer decodes text inputs with it, so the
// same bytes always give the same text.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { MAX_BYTES } from '../core/engine';

/** The engine's limit (docs/report-format.md, `too-large`): a larger file is not even read. */
export const MAX_REPORT_BYTES = MAX_BYTES;

export type ReportEncoding = 'utf-8' | 'gb18030';

export interface DecodedReport {
  /** The text without any BOM: positions are counted as an editor shows them. */
  text: string;
  encoding: ReportEncoding;
  /** Whether the bytes began with a byte order mark (now stripped). */
  bom: boolean;
}

export type ReportFileContent = ({ kind: 'text'; size: number } & DecodedReport) | { kind: 'too-large'; size: number };

/**
 * Bytes → text. UTF-8 is tried first and strictly: GB18030 bytes of Chinese
 * text are almost never valid UTF-8, so a strict decode that fails is a
 * reliable sign of a file saved by Chinese Windows (ANSI code page 936, which
 * GB18030 is a superset of). Decoding GB18030 never fails, so it goes second.
 */
export function decodeReportBytes(bytes: Uint8Array): DecodedReport {
  const hasUtf8Bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // ignoreBOM: false (the default) makes the decoder drop a leading UTF-8 BOM.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', bom: hasUtf8Bom };
  } catch {
    // The GB18030 decoder does not strip its own BOM (0x84 0x31 0x95 0x33),
    // which decodes to U+FEFF like the UTF-8 one; drop it by hand.
    const decoded = new TextDecoder('gb18030').decode(bytes);
    const bom = decoded.startsWith('\uFEFF');
    return { text: bom ? decoded.slice(1) : decoded, encoding: 'gb18030', bom };
  }
}

/**
 * Reads and decodes a report file. The size is checked before reading, so a
 * huge file (a mistaken export, a log) is never loaded into memory. Errors of
 * the file system (missing, unreadable, a directory) are thrown as they come.
 * Synchronous inside: a report is small and a batch reads thousands of them,
 * where every asynchronous step would be a round trip through the thread pool
 * (measured: a third of the time of `xxgk lint` over 1,000 files).
 */
export async function readReportFile(path: string): Promise<ReportFileContent> {
  return readReportFileSync(path);
}

/** readReportFile for a caller that must answer at once (the language server reading last year's report). */
export function readReportFileSync(path: string): ReportFileContent {
  const info = statSync(path);
  if (info.isDirectory()) {
    // Reading a directory gives EISDIR on Linux but not everywhere; say it plainly.
    throw Object.assign(new Error('是文件夹，不是文件'), { code: 'EISDIR' });
  }
  if (info.size > MAX_REPORT_BYTES) return { kind: 'too-large', size: info.size };

  // Read at most one byte past the limit: the file may have grown since stat,
  // and a device or pipe may report size 0 yet never end.
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(info.size + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length)
        buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(64 * 1024, MAX_REPORT_BYTES + 1 - total))]);
      const bytesRead = readSync(fd, buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_REPORT_BYTES) return { kind: 'too-large', size: Math.max(total, info.size) };
    }
    return { kind: 'text', size: total, ...decodeReportBytes(buffer.subarray(0, total)) };
  } finally {
    closeSync(fd);
  }
}
