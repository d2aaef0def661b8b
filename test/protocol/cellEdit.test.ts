// xxgk/cellEdit over the protocol, against the built server: every table cell
// of the example written and emptied, in flow rows and in block mappings, with
// comments around, blank or not, and added where its key is missing; the text
// outside the cell is unchanged byte for byte. Values are judged by the
// engine's rules; a paste is one edit; a stale version is refused.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cellEditRequest, type CellEditResult } from '../../server/src/shared/protocol';
import {
  assertOnlyValueChanged,
  blockWithComments,
  cellPaths,
  changedSpan,
  flowWithComments,
  valueAt,
  withoutCell,
  withValue,
} from './cellEditDocs';
import { LspClient, useLspClient, xxgkRequest } from './lspClient';
import { exampleText, uriOf } from './texts';

const PERMITS = ['主动公开政府信息情况', '第二十条第（五）项', '行政许可'];
const FEES = ['主动公开政府信息情况', '第二十条第（八）项', '行政事业性收费'];
const OUTCOMES = ['收到和处理政府信息公开申请情况', '本年度办理结果'];
const PUBLISHED = [...OUTCOMES, '予以公开'];

describe('xxgk/cellEdit', () => {
  let client: LspClient;
  let count = 0;
  useLspClient((c) => (client = c));

  async function open(text: string): Promise<string> {
    const uri = uriOf(`cell-edit-${count++}.xxgk.yaml`);
    await client.open(uri, text);
    return uri;
  }

  function edit(uri: string, cells: { path: string[]; value: string | null }[], version = 1): Promise<CellEditResult> {
    return xxgkRequest(client, cellEditRequest, { uri, version, cells });
  }

  /** The text after the server's edit (which must be one for this version of this document). */
  function applied(uri: string, text: string, result: CellEditResult): string {
    assert.ok('edit' in result, `an edit, not: ${JSON.stringify(result)}`);
    const [change, ...others] = result.edit.documentChanges;
    assert.equal(others.length, 0);
    assert.deepEqual(change!.textDocument, { uri, version: 1 });
    return TextDocument.applyEdits(TextDocument.create(uri, 'xxgk-report', 1, text), change!.edits);
  }

  const paths = cellPaths();
  const newValue = (path: string[], old: unknown): string =>
    path.join('/') === FEES.join('/') ? '12.5' : String(typeof old === 'number' ? old + 7 : 7);

  test('the example has every cell of the three tables', () => {
    // Table 二: 10; table 三: 25 rows of 7 (本年度办理结果 › 总计 included); table 四: 3 rows of 5.
    assert.equal(paths.length, 10 + 25 * 7 + 3 * 5);
  });

  for (const [style, text] of [
    ['flow rows with comments around', flowWithComments()],
    ['block mappings with comments around', blockWithComments()],
    ['block mappings, every cell blank', blockWithComments(true)],
  ] as const) {
    test(`${style}: every cell written, then emptied; nothing else changes`, async () => {
      const uri = await open(text);
      const data = parse(text) as unknown;
      for (const path of paths) {
        const old = valueAt(data, path);
        const value = newValue(path, old);
        const written = applied(uri, text, await edit(uri, [{ path, value }]));
        assertOnlyValueChanged(text, written, path, Number(value));
        const emptied = await edit(uri, [{ path, value: null }]);
        if (old === null) {
          assert.deepEqual(emptied, { edit: { documentChanges: [{ textDocument: { uri, version: 1 }, edits: [] }] } });
        } else {
          assertOnlyValueChanged(text, applied(uri, text, emptied), path, null);
        }
      }
      await client.close(uri);
    });
  }

  for (const [style, text] of [
    ['a flow row', exampleText()],
    ['a block mapping', blockWithComments()],
  ] as const) {
    test(`${style} without the cell: the key is added in its statutory place, the rest unchanged`, async () => {
      const full = parse(text) as unknown;
      for (const path of paths) {
        const before = withoutCell(text, path);
        const uri = await open(before);
        const after = applied(uri, before, await edit(uri, [{ path, value: '5' }]));
        await client.close(uri);
        assert.deepEqual(parse(after), withValue(parse(before), path, 5), path.join(' › '));
        const { removed, added } = changedSpan(before, after);
        assert.equal(removed, '', `${path.join(' › ')}: only added to`);
        const lines = (t: string): number => t.split('\n').length;
        assert.equal(lines(after) - lines(before), added.includes('\n') ? 1 : 0, `${path.join(' › ')}: one key added`);
        // In the order of the example, which has every key in its statutory place.
        const row = (t: unknown): string[] => Object.keys(valueAt(t, path.slice(0, -1)) as object);
        assert.deepEqual(row(parse(after)), row(full), `${path.join(' › ')}: in statutory order`);
      }
    });
  }

  test('a missing row and a missing section are added with the cell, the other cells blank, never 0', async () => {
    const text = exampleText().replace(/^ {4}予以公开: .*\n/m, '');
    const uri = await open(text);
    const after = applied(uri, text, await edit(uri, [{ path: [...PUBLISHED, '商业企业'], value: '2' }]));
    assert.match(
      after,
      /^ {4}予以公开: \{自然人: , 商业企业: 2, 科研机构: , 社会公益组织: , 法律服务机构: , 其他: \}\n {4}部分公开:/m,
    );
    assert.equal(changedSpan(text, after).removed, '');

    const noAppeals = exampleText().replace(/^政府信息公开行政复议、行政诉讼情况:\n(?: .*\n)+/m, '');
    const uri2 = await open(noAppeals);
    const path = ['政府信息公开行政复议、行政诉讼情况', '行政诉讼', '复议后起诉', '结果纠正'];
    const added = applied(uri2, noAppeals, await edit(uri2, [{ path, value: '1' }]));
    assert.deepEqual(
      parse(added),
      withValue(parse(noAppeals), path.slice(0, 1), {
        行政诉讼: { 复议后起诉: { 结果维持: null, 结果纠正: 1, 其他结果: null, 尚未审结: null } },
      }),
    );
    assert.equal(changedSpan(noAppeals, added).removed, '');
  });

  test('an emptied cell is a blank the checker reports, not a 0', async () => {
    const text = exampleText();
    const uri = await open(text);
    const emptied = applied(uri, text, await edit(uri, [{ path: PERMITS, value: '' }]));
    assert.match(emptied, /^ {4}行政许可:\n/m);
    const published = client.nextDiagnostics(uri, (p) => p.version === 2);
    await client.change(uri, [{ text: emptied }]);
    const line = emptied.split('\n').findIndex((l) => l.startsWith('    行政许可:'));
    const blank = (await published).diagnostics.filter((d) => d.code === 'blank-cell' && d.range.start.line === line);
    assert.equal(blank.length, 1);
  });

  test("the engine's value rules: anything but a count (an amount for 行政事业性收费) is refused with its message", async () => {
    const uri = await open(exampleText());
    const cell = [...PUBLISHED, '自然人'];
    const refused = async (path: string[], value: string): Promise<string> => {
      const result = await edit(uri, [{ path, value }]);
      assert.ok('refused' in result, `${value} is refused`);
      assert.deepEqual(result.path, path);
      return result.refused;
    };
    assert.equal(
      await refused(cell, '12件'),
      '「本年度办理结果 · 予以公开 · 自然人」应为非负整数，只写阿拉伯数字，如 0、7、120，这里是「12件」。是否应为 12？',
    );
    for (const bad of ['-1', '1.5', '0x10', '1e3', '"3"', '１２', '007', 'abc']) await refused(cell, bad);
    assert.match(await refused(cell, '9007199254740992'), /的数字过大（超过 9007199254740991）/);
    assert.ok('edit' in (await edit(uri, [{ path: cell, value: '9007199254740991' }])));
    assert.ok('edit' in (await edit(uri, [{ path: FEES, value: '7730.28' }])));
    assert.match(await refused(FEES, '1.1234567'), /应为非负数（单位：万元，最多 6 位小数）/);
    assert.match(await refused(PUBLISHED, '3'), /不是统计表的单元格/);
    assert.match(await refused([...PUBLISHED, '外国人'], '3'), /报告格式中没有/);
    // A cell, among many, that is refused: nothing is written.
    const paste = await edit(uri, [
      { path: cell, value: '1' },
      { path: [...PUBLISHED, '商业企业'], value: 'x' },
    ]);
    assert.ok('refused' in paste && paste.path?.[3] === '商业企业');
  });

  test('a pasted row is one edit; a disagreeing 总计 is written as pasted', async () => {
    const text = exampleText();
    const uri = await open(text);
    const columns = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
    const values = ['1', '2', '3', '4', '5', '6', '99'];
    const result = await edit(
      uri,
      columns.map((c, i) => ({ path: [...PUBLISHED, c], value: values[i]! })),
    );
    const after = applied(uri, text, result);
    assert.match(
      after,
      /^ {4}予以公开: \{自然人: 1, 商业企业: 2, 科研机构: 3, 社会公益组织: 4, 法律服务机构: 5, 其他: 6, 总计: 99\}$/m,
    );
    assert.equal(changedSpan(text, after).removed.includes('\n'), false);
  });

  test('an edit for another version than the server has is refused as stale', async () => {
    const uri = await open(exampleText());
    const result = await edit(uri, [{ path: PERMITS, value: '1' }], 7);
    assert.ok('refused' in result && result.stale === true);
  });

  test('malformed params and a report the server does not have are refused, never an internal error', async () => {
    const uri = await open(exampleText());
    const send = (params: unknown): Promise<CellEditResult> =>
      client.connection.sendRequest<CellEditResult>(cellEditRequest.method, params);
    for (const cells of [
      undefined,
      'x',
      [{ path: 'a/b', value: '1' }],
      [{ path: [1], value: '1' }],
      [{ path: PERMITS, value: 1 }],
      [null],
    ]) {
      const result = await send({ uri, version: 1, cells });
      assert.ok('refused' in result && /请求的格式不对/.test(result.refused), JSON.stringify(cells));
    }
    const closed = await send({
      uri: uriOf('never-opened.xxgk.yaml'),
      version: 1,
      cells: [{ path: PERMITS, value: '1' }],
    });
    assert.ok('refused' in closed && /没有在编辑器中打开/.test(closed.refused));
    assert.deepEqual(
      client.logs.filter((l) => /填写单元格 出错/.test(l)),
      [],
    );
  });

  test('a file that does not parse is not written into', async () => {
    const uri = await open(`${exampleText()}\n坏: [\n`);
    const result = await edit(uri, [{ path: PERMITS, value: '1' }]);
    assert.ok('refused' in result && /请先在编辑器中改正/.test(result.refused));
  });
});
