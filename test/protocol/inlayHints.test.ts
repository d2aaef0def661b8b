// Inlay hints over the protocol, against the built server: computed totals
// after rows without 总计, the result sums on 本年度办理结果, only in range.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InlayHint, InlayHintRequest, Range } from 'vscode-languageserver-protocol/node';
import { CARRIED_IN, lineOfKey, RECEIVED, validReport } from '../unit/helpers/reports';
import { LspClient, useLspClient } from './lspClient';
import { uriOf } from './texts';

describe('inlay hints', () => {
  let client: LspClient;
  const text = validReport({ totals: false });
  const uri = uriOf('inlay-hints.xxgk.yaml');

  useLspClient(async (c) => {
    client = c;
    await client.open(uri, text);
  });

  const hints = async (range: Range): Promise<InlayHint[]> =>
    (await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range })) ?? [];

  test('the server offers inlay hints', () => {
    assert.ok(client.initializeResult.capabilities.inlayHintProvider);
  });

  test('rows without 总计 show the computed total at the end of the row', async () => {
    const line = lineOfKey(text, RECEIVED);
    const [hint, ...more] = await hints({ start: { line, character: 0 }, end: { line, character: 1000 } });
    assert.equal(more.length, 0);
    assert.equal(hint!.label, '总计 4');
    assert.deepEqual(hint!.position, { line, character: text.split('\n')[line]!.length });
  });

  test('本年度办理结果 shows the per-column sums of the result rows', async () => {
    const line = lineOfKey(text, '本年度办理结果');
    const list = await hints({ start: { line, character: 0 }, end: { line, character: 1000 } });
    assert.deepEqual(
      list.map((h) => h.label),
      ['办理结果合计：自然人 3，商业企业 1，科研机构 0，社会公益组织 0，法律服务机构 0，其他 0，总计 4'],
    );
  });

  test('only hints within the requested range', async () => {
    const from = lineOfKey(text, RECEIVED);
    const to = lineOfKey(text, CARRIED_IN);
    const list = await hints({ start: { line: from, character: 0 }, end: { line: to, character: 1000 } });
    assert.deepEqual(
      list.map((h) => [h.position.line, h.label]),
      [
        [from, '总计 4'],
        [to, '总计 1'],
      ],
    );
  });
});
