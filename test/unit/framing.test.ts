// ResyncingFrames (server/src/framing.ts): whole frames pass through as they
// came, however the bytes are cut; after a bad frame the next good one is
// found again; a large body is joined once, not at every chunk.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ResyncingFrames } from '../../server/src/framing';

function frame(body: string, lengthDelta = 0): Buffer {
  const bytes = Buffer.from(body);
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length + lengthDelta}\r\n\r\n`), bytes]);
}

/** Feeds `input` in chunks of `size` bytes; resolves with the frames passed on. */
async function frames(input: Buffer, size: number): Promise<string[]> {
  const stream = new ResyncingFrames();
  const out: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => out.push(chunk));
  for (let i = 0; i < input.length; i += size) stream.write(input.subarray(i, i + size));
  stream.end();
  await new Promise((resolve) => stream.on('end', resolve));
  return out.map((b) => b.toString('utf8'));
}

test('good frames pass whole, cut into chunks of any size', async () => {
  const input = Buffer.concat([frame('{"a":1}'), frame('{"中":"文"}'), frame('{}')]);
  for (const size of [1, 3, 7, 1000]) {
    assert.deepEqual(await frames(input, size), [
      frame('{"a":1}').toString(),
      frame('{"中":"文"}').toString(),
      frame('{}').toString(),
    ]);
  }
});

test('after a short Content-Length, or a block of garbage headers, the next good frame is found', async () => {
  for (const bad of [frame('{"id":1,"x":"0123456789"}', -10), Buffer.from('garbage\r\nno colon\r\n\r\n')]) {
    for (const size of [2, 5, 4096]) {
      const out = await frames(Buffer.concat([bad, frame('{"id":2}'), frame('{"id":3}')]), size);
      assert.deepEqual(out.slice(-2), [frame('{"id":2}').toString(), frame('{"id":3}').toString()]);
    }
  }
});

test('a 10 MB body in 64 KB chunks is one frame, passed on in linear time', async () => {
  const body = `{"text":"${'x'.repeat(10 * 1024 * 1024)}"}`;
  const started = performance.now();
  const out = await frames(Buffer.concat([frame(body), frame('{}')]), 64 * 1024);
  assert.equal(out.length, 2);
  assert.equal(out[0]!.length, frame(body).length);
  assert.ok(performance.now() - started < 3000, `${performance.now() - started} ms`);
});
