// Reads a regular file, at most a bound of bytes. A FIFO, a device or a
// socket given as input would block the read forever (a FIFO without a
// writer) or never end (/dev/zero): the file is opened without blocking and
// checked on its descriptor (no window between a check and the open), and
// anything but a regular file is refused with a code describeFsError names.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { NOT_REGULAR } from './describeFsError';

export function notRegularError(): Error {
  return Object.assign(new Error('不是普通文件'), { code: NOT_REGULAR });
}

export type RegularFileContent = { kind: 'bytes'; bytes: Buffer; size: number } | { kind: 'too-large'; size: number };

export function readRegularFile(path: string, maxBytes: number): RegularFileContent {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error('是文件夹，不是文件'), { code: 'EISDIR' });
    if (!info.isFile()) throw notRegularError();
    if (info.size > maxBytes) return { kind: 'too-large', size: info.size };
    // Read at most one byte past the bound: the file may have grown since fstat.
    let buffer = Buffer.allocUnsafe(info.size + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length)
        buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total))]);
      const bytesRead = readSync(fd, buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return { kind: 'too-large', size: Math.max(total, info.size) };
    }
    return { kind: 'bytes', bytes: buffer.subarray(0, total), size: total };
  } finally {
    closeSync(fd);
  }
}
