// Helpers of the import tests: a GB18030 encoder (Node has only the
// decoder), to save a text as Chinese Windows does.

/** GB18030 bytes of a text, built from the decoder: two-byte codes, and the four-byte codes of Latin-1 (NBSP). */
export function gb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, Buffer>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const bytes = Buffer.from([hi, lo]);
      const ch = decoder.decode(bytes);
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, bytes);
    }
  }
  for (let b3 = 0x81; b3 <= 0x86; b3++) {
    for (let b4 = 0x30; b4 <= 0x39; b4++) {
      const bytes = Buffer.from([0x81, 0x30, b3, b4]);
      const ch = decoder.decode(bytes);
      if (ch.length === 1 && !table.has(ch)) table.set(ch, bytes);
    }
  }
  const parts: Buffer[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) parts.push(Buffer.from(ch, 'latin1'));
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GB18030 code for ${ch} in the test encoder`);
      parts.push(bytes);
    }
  }
  return Buffer.concat(parts);
}
