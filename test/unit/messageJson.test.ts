// The server's message encoder (messageJson.ts) writes what JSON.stringify
// writes, byte for byte as UTF-8, whatever the message holds; long arrays go
// element by element.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { checkText } from '../../server/src/core/engine';
import { toDiagnostic } from '../../server/src/diagnostics';
import { jsonBytes, MESSAGE_JSON } from '../../server/src/messageJson';
import { EXAMPLE, generatedReport } from '../../bench/generateReports';

const same = (value: unknown): void =>
  assert.equal(jsonBytes(value).toString('utf8'), Buffer.from(JSON.stringify(value), 'utf8').toString('utf8'));

describe('the message encoder', () => {
  test('a workspace answer of many reports: the same bytes as JSON.stringify', async () => {
    const items = Array.from({ length: 150 }, (_, i) => {
      const text = generatedReport(readFileSync(EXAMPLE, 'utf8'), i);
      const uri = `file:///工作区/${i}.xxgk.yaml`;
      const diagnostics = checkText(text).findings.map((f) => toDiagnostic(f, uri));
      return { kind: 'full', uri, version: i % 3 ? null : i, resultId: `r${i}`, items: diagnostics };
    });
    const message = { jsonrpc: '2.0', id: 7, result: { items } };
    assert.ok(jsonBytes(message).equals(Buffer.from(JSON.stringify(message), 'utf8')));
    const encoded = await MESSAGE_JSON.encode(message, { charset: 'utf-8' });
    assert.deepEqual(JSON.parse(Buffer.from(encoded).toString('utf8')), message);
  });

  test('what JSON.stringify leaves out or turns to null, toJSON, odd keys and nesting', () => {
    const long = Array.from({ length: 100 }, (_, i) =>
      i % 7 === 0 ? undefined : i % 5 === 0 ? () => i : `第${i}项"\n`,
    );
    same({ a: undefined, b: () => 1, c: Symbol('s'), d: null, 'e"键\u2028': long, f: [long, { g: long }] });
    same([long, new Date(0), { toJSON: () => ({ long }) }, Object.assign(Object.create(null), { h: long })]);
    same({ deep: { er: { and: { deeper: { still: { long } } } } } });
    same(long);
    same({ x: Number.NaN, y: -0, z: 1e21, big: long.map(() => ({ w: [1, 2, { v: undefined }] })) });
    class Shape {
      constructor(readonly long: unknown[]) {}
    }
    same({ shape: new Shape(long), map: new Map([[1, long]]) });
    same('字符串');
    same(42);
    same(null);
  });
});
