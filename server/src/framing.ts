// LSP framing over stdio that recovers from a bad frame. vscode-jsonrpc's
// reader trusts each Content-Length: after a short one, the rest of that body
// is read as the next header, fails, and every later frame is misread the
// same way, so the server stays deaf until stdin closes. This stream sits
// before it and passes on only whole frames: a header block without a
// numeric Content-Length is dropped up to the next `Content-Length:`, so
// after a bad frame (whose cut-off body the JSON reader reports as one parse
// error) the next good one is read again.
import { Transform, TransformCallback } from 'node:stream';
import {
  Connection,
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { MESSAGE_JSON } from './messageJson';

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
  /** Bytes received and not yet passed on, in the chunks they came in. */
  private chunks: Buffer[] = [];
  private received = 0;
  /** The length of the frame whose header has been read, header included; -1 before that. */
  private frameLength = -1;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.chunks.push(chunk);
    this.received += chunk.length;
    // A large body comes in many chunks: they are joined once it is whole, not at each chunk.
    for (;;) {
      if (this.frameLength < 0) {
        if (!this.readHeader()) break;
        continue;
      }
      if (this.received < this.frameLength) break;
      const buffer = this.joined();
      this.push(buffer.subarray(0, this.frameLength));
      this.keep(buffer.subarray(this.frameLength));
      this.frameLength = -1;
    }
    done();
  }

  private joined(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private keep(rest: Buffer): void {
    this.chunks = rest.length ? [rest] : [];
    this.received = rest.length;
  }

  /**
   * Reads the next header block: sets frameLength for a valid one, drops a
   * bad one up to where the next frame's header starts. False when more
   * bytes are needed.
   */
  private readHeader(): boolean {
    const buffer = this.joined();
    const end = buffer.indexOf(HEADER_END);
    if (end < 0) return false;
    const header = buffer.subarray(0, end).toString('latin1');
    const length = CONTENT_LENGTH.exec(header);
    if (length && header.split('\r\n').every((line) => line.includes(':'))) {
      this.frameLength = end + HEADER_END.length + Number(length[1]);
      return true;
    }
    const next = nextFrameStart(buffer, 1);
    // No frame starts within: all of it is junk up to the header end.
    this.keep(buffer.subarray(next < 0 ? end + HEADER_END.length : next));
    return true;
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
  // Messages are written through MESSAGE_JSON (a long answer never one giant string), so the reader and
  // writer are made here, and the library's exit when stdin ends (0 after shutdown, else 1) is done here too.
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: MESSAGE_JSON });
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(frames), writer);
  let shutDown = false;
  connection.onShutdown(() => {
    shutDown = true;
  });
  const exit = (): never => process.exit(shutDown ? 0 : 1);
  frames.on('end', exit);
  frames.on('close', exit);
  return connection;
}
