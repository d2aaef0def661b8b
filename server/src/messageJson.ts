// The JSON of each message the server sends, as UTF-8, built piece by piece.
// vscode-jsonrpc's own encoder makes the whole message one string first: a
// first workspace answer of a thousand faulty reports is some 50 MB of JSON,
// and with Chinese in it V8 holds that string at two bytes a character, 100 MB
// beside the 50 MB of UTF-8 sent. Here long arrays (a workspace answer's
// reports) are turned into UTF-8 element by element, so no string is ever
// longer than one element's JSON. Byte for byte what JSON.stringify gives.
import type { ContentTypeEncoder } from 'vscode-languageserver/node';

/** Arrays shorter than this, and anything nested deeper, go through JSON.stringify whole. */
const LONG_ARRAY = 64;
const MAX_DEPTH = 4;

const COMMA = Buffer.from(',');

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** Whether JSON.stringify leaves the value out of an object (and writes null for it in an array). */
const omitted = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

function hasLongArray(value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.length >= LONG_ARRAY || value.some((v) => hasLongArray(v, depth + 1));
  if (isPlainObject(value)) return Object.values(value).some((v) => hasLongArray(v, depth + 1));
  return false;
}

/** Appends the UTF-8 JSON of `value` (not omitted) to `out`. */
function write(value: unknown, depth: number, out: Buffer[]): void {
  if (!hasLongArray(value, depth)) {
    out.push(Buffer.from(JSON.stringify(value), 'utf8'));
    return;
  }
  if (Array.isArray(value)) {
    out.push(Buffer.from('['));
    value.forEach((element, i) => {
      if (i > 0) out.push(COMMA);
      if (omitted(element)) out.push(Buffer.from('null'));
      else write(element, depth + 1, out);
    });
    out.push(Buffer.from(']'));
    return;
  }
  out.push(Buffer.from('{'));
  let first = true;
  for (const [key, element] of Object.entries(value as Record<string, unknown>)) {
    if (omitted(element)) continue;
    out.push(Buffer.from(`${first ? '' : ','}${JSON.stringify(key)}:`, 'utf8'));
    write(element, depth + 1, out);
    first = false;
  }
  out.push(Buffer.from('}'));
}

/** The UTF-8 JSON of a value, as `JSON.stringify` would write it (for a message: an object). */
export function jsonBytes(value: unknown): Buffer {
  const out: Buffer[] = [];
  write(value, 0, out);
  return out.length === 1 ? out[0]! : Buffer.concat(out);
}

/** The encoder to hand vscode-jsonrpc's message writer (UTF-8, as LSP requires). */
export const MESSAGE_JSON: ContentTypeEncoder = {
  name: 'application/json',
  encode: (message) => {
    try {
      return Promise.resolve(jsonBytes(message));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  },
};
