// Reads a report file from disk into the text the engine checks. The CLI
// reads reports with it and the importer decodes text inputs with it, so the
// same bytes always give the same text.
import { isUtf8 } from 'node:buffer';
import { MAX_BYTES } from '../core/engine';
import { readRegularFile } from './readRegularFile';
import { damagedUtf8, decodeWide, WideEncoding, wideEncodingOf } from './unusualEncodings';

/** The engine's limit (docs/report-format.md, `too-large`): a larger file is not even read. */
export const MAX_REPORT_BYTES = MAX_BYTES;

export type ReportEncoding = 'utf-8' | 'gb18030' | WideEncoding;

export interface DecodedReport {
  /** The text without any BOM: positions are counted as an editor shows them. */
  text: string;
  encoding: ReportEncoding;
  /** Whether the bytes began with a byte order mark (now stripped). */
  bom: boolean;
  /** UTF-8 with a few damaged bytes (now U+FFFD in the text): each damaged byte, as hex. */
  damaged?: string[];
}

export type ReportFileContent = ({ kind: 'text'; size: number } & DecodedReport) | { kind: 'too-large'; size: number };

/**
 * Bytes → text. UTF-8 is tried first and strictly: GB18030 bytes of Chinese
 * text are almost never valid UTF-8, so a strict decode that fails is a
 * reliable sign of a file saved by Chinese Windows (ANSI code page 936, which
 * GB18030 is a superset of). Decoding GB18030 never fails, so it goes second.
 * Before both, UTF-16/32 (by BOM or NUL pattern); between them, UTF-8 with a
 * few damaged bytes (see unusualEncodings.ts), which the engine then reports.
 */
export function decodeReportBytes(bytes: Uint8Array): DecodedReport {
  const wide = wideEncodingOf(bytes);
  if (wide)
    return { text: decodeWide(bytes.subarray(wide.bom), wide.encoding), encoding: wide.encoding, bom: wide.bom > 0 };
  const hasUtf8Bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // isUtf8 checks exactly what a fatal TextDecoder does, and with toString a batch reads a third faster.
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return { text: hasUtf8Bom ? text.slice(1) : text, encoding: 'utf-8', bom: hasUtf8Bom };
  }
  const damaged = damagedUtf8(bytes);
  if (damaged) {
    // ignoreBOM: false (the default) makes the decoder drop a leading UTF-8 BOM.
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom: hasUtf8Bom, damaged };
  }
  // The GB18030 decoder does not strip its own BOM (0x84 0x31 0x95 0x33),
  // which decodes to U+FEFF like the UTF-8 one; drop it by hand.
  const decoded = new TextDecoder('gb18030').decode(bytes);
  const bom = decoded.startsWith('\uFEFF');
  return { text: bom ? decoded.slice(1) : decoded, encoding: 'gb18030', bom };
}

/**
 * Reads and decodes a report file. The size is checked before reading, so a
 * huge file (a mistaken export, a log) is never loaded into memory; only a
 * regular file is read (readRegularFile). Errors of the file system (missing,
 * unreadable, a directory, a FIFO) are thrown as they come.
 * Synchronous inside: a report is small and a batch reads thousands of them,
 * where every asynchronous step would be a round trip through the thread pool
 * (measured: a third of the time of `xxgk lint` over 1,000 files).
 */
export async function readReportFile(path: string): Promise<ReportFileContent> {
  return readReportFileSync(path);
}

/** readReportFile for a caller that must answer at once (the language server reading last year's report). */
export function readReportFileSync(path: string): ReportFileContent {
  const content = readRegularFile(path, MAX_REPORT_BYTES);
  if (content.kind === 'too-large') return content;
  return { kind: 'text', size: content.size, ...decodeReportBytes(content.bytes) };
}
