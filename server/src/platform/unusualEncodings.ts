// The encodings a report is not expected in, but a careless save may give:
// UTF-16 and UTF-32 (Notepad's "Unicode"), known by a byte order mark or by
// the NUL bytes their ASCII characters carry; and UTF-8 with a few damaged
// bytes, which must not be taken for GB18030 (every byte would be misread).

export type WideEncoding = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** How many leading bytes are looked at to recognise UTF-16/32 without a BOM. */
const SAMPLE = 4096;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The share of bytes at `position` (mod `step`) in the sample that are NUL. */
function nulShare(bytes: Uint8Array, step: number, position: number): number {
  let nul = 0;
  let all = 0;
  for (let i = position; i < Math.min(bytes.length, SAMPLE); i += step) {
    all++;
    if (bytes[i] === 0) nul++;
  }
  return all ? nul / all : 0;
}

/** UTF-16 or UTF-32 by BOM or NUL pattern, with the length of its BOM; undefined for neither. */
export function wideEncodingOf(bytes: Uint8Array): { encoding: WideEncoding; bom: number } | undefined {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0])) return { encoding: 'utf-32le', bom: 4 };
  if (startsWith(bytes, [0, 0, 0xfe, 0xff])) return { encoding: 'utf-32be', bom: 4 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', bom: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', bom: 2 };
  // Without a NUL byte in the sample (every UTF-8 or GB18030 text) every share below is 0: one fast search says so.
  if (bytes.length < 8 || !bytes.subarray(0, SAMPLE).includes(0)) return undefined;
  // A report's keys, digits, colons and line ends are ASCII: in UTF-32 three
  // bytes of four are NUL for them, in UTF-16 one of two. Text in UTF-8 or GB18030 has none.
  const shares = [0, 1, 2, 3].map((p) => nulShare(bytes, 4, p));
  if (shares[2]! > 0.9 && shares[3]! > 0.9) return { encoding: 'utf-32le', bom: 0 };
  if (shares[0]! > 0.9 && shares[1]! > 0.9) return { encoding: 'utf-32be', bom: 0 };
  const even = nulShare(bytes, 2, 0);
  const odd = nulShare(bytes, 2, 1);
  if (odd > 0.2 && even < 0.02) return { encoding: 'utf-16le', bom: 0 };
  if (even > 0.2 && odd < 0.02) return { encoding: 'utf-16be', bom: 0 };
  return undefined;
}

/** The text of UTF-16/32 bytes (a BOM already cut off); a broken unit becomes U+FFFD. */
export function decodeWide(bytes: Uint8Array, encoding: WideEncoding): string {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return new TextDecoder(encoding).decode(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = encoding === 'utf-32le';
  const parts: string[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const code = view.getUint32(i, little);
    parts.push(code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd');
  }
  if (bytes.length % 4) parts.push('\ufffd');
  return parts.join('');
}

/** At most this many damaged sequences for a text to count as UTF-8 with damaged bytes. */
const MAX_DAMAGED = 16;

/**
 * The damaged sequences of bytes that are almost all valid UTF-8, as hex
 * (e.g. `0xB2`), in order; undefined when there are too many for that (GB18030
 * text is a damaged sequence every few bytes). Each invalid byte that no
 * valid sequence covers is one damaged place, as the UTF-8 decoder counts.
 */
export function damagedUtf8(bytes: Uint8Array): string[] | undefined {
  const damaged: string[] = [];
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = (bytes[i + k]! & 0xc0) === 0x80;
    if (valid) {
      multibyte++;
      i += length;
      continue;
    }
    damaged.push(`0x${b.toString(16).toUpperCase().padStart(2, '0')}`);
    if (damaged.length > MAX_DAMAGED) return undefined;
    i++;
  }
  // A few damaged places among many good characters: damaged UTF-8, not another encoding.
  return damaged.length > 0 && multibyte >= damaged.length * 20 ? damaged : undefined;
}
