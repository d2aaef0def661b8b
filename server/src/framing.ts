// LSP framing over stdio that recovers from a bad frame. vscode-jsonrpc's
// reader trusts each Content-Length: after a short one, the rest of that body
// is read as the next header, fails, and every later frame is misread the
// same way, so the server stays deaf until stdin closes. This stream sits
// before it and passes on only whole frames: a header block without a
// numeric Content-Length is dropped up to the next `Content-Length:`, so
// after a bad frame (whose cut-off body the JSON reader reports as one parse
// error) the next good one is read again.
import { Transform, TransformCallback } from 'node:stream';
import { Connection, createConnection, ProposedFeatures } from 'vscode-languageserver/node';

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /^content-length:[ \t]*(\d+)[ \t]*$/im;

/**
 * The offset of the next `Content-Length:` (any case) at or after `from`, or
 * -1. Anywhere, not only at a line start: after a short Content-Length the
 * cut-off body runs straight into the next frame's header.
 */
function nextFrameStart(buffer: Buffer, from: number): number {
  return buffer.toString('latin1').toLowerCase().indexOf('content-length:', from);
}

export class ResyncingFrames extends Transform {
  private buffer: Buffer = Buffer.alloc(0);
  /** Frames dropped for a bad header (for the log). */
  dropped = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) break;
      const header = this.buffer.subarray(0, end).toString('latin1');
      const length = CONTENT_LENGTH.exec(header);
      const valid = length && header.split('\r\n').every((line) => line.includes(':'));
      if (!valid) {
        // Skip to where the next frame's header starts.
        const next = nextFrameStart(this.buffer, 1);
        this.dropped++;
        if (next < 0) {
          // All of it is junk up to the header end; keep what follows.
          this.buffer = this.buffer.subarray(end + HEADER_END.length);
          continue;
        }
        this.buffer = this.buffer.subarray(next);
        continue;
      }
      const total = end + HEADER_END.length + Number(length[1]);
      if (this.buffer.length < total) break;
      this.push(this.buffer.subarray(0, total));
      this.buffer = this.buffer.subarray(total);
    }
    done();
  }
}

/**
 * The connection for `--stdio`, reading through ResyncingFrames. What the
 * library does for --stdio besides: keep console output off stdout, where
 * only frames may go (here to stderr, which the client logs).
 */
export function createStdioConnection(): Connection {
  const frames = new ResyncingFrames();
  process.stdin.pipe(frames);
  for (const method of ['log', 'info', 'warn', 'debug'] as const) console[method] = console.error;
  return createConnection(ProposedFeatures.all, frames, process.stdout);
}
