// The engine's cell edits (core/edit) on the awkward places a cell's value can
// stand: a comment right after the colon, a quoted key, CRLF line ends, a
// block scalar, an alias, a merged-in row, a BOM; and what is refused. The
// whole tables, over the protocol, are in test/protocol/cellEdit.test.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { applyEdits, cellEdits, type CellChange } from '../../server/src/core/edit/cellEdit';

const T2 = ['主动公开政府信息情况', '第二十条第（五）项', '行政许可'];
const ROW = ['收到和处理政府信息公开申请情况', '本年度办理结果', '予以公开'];

function written(text: string, changes: CellChange[]): string {
  const outcome = cellEdits(text, changes);
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
  return applyEdits(text, outcome.edits);
}

const permits = (value: string): string => `主动公开政府信息情况:\n  第二十条第（五）项:\n    行政许可:${value}\n`;
const row = (cells: string): string => `收到和处理政府信息公开申请情况:\n  本年度办理结果:\n    予以公开: {${cells}}\n`;

describe('cell edits at awkward places', () => {
  test('a blank with a comment right after the colon: the value goes before the comment', () => {
    assert.equal(written(permits(' # 待填'), [{ path: T2, value: '3' }]), permits(' 3 # 待填'));
    assert.equal(written(permits('  # 待填'), [{ path: T2, value: '3' }]), permits(' 3 # 待填'));
    assert.equal(written(permits(''), [{ path: T2, value: '3' }]), permits(' 3'));
  });

  test('emptied: block style keeps the comment, flow style keeps `key: ,`', () => {
    assert.equal(written(permits(' 3  # 台账'), [{ path: T2, value: null }]), permits('  # 台账'));
    assert.equal(written(permits(' 3'), [{ path: T2, value: '  ' }]), permits(''));
    assert.equal(
      written(row('自然人: 1, 商业企业: 2'), [{ path: [...ROW, '自然人'], value: null }]),
      row('自然人: , 商业企业: 2'),
    );
    assert.equal(
      written(row('自然人: 1, 商业企业: ~'), [{ path: [...ROW, '商业企业'], value: null }]).includes('~'),
      true,
    );
  });

  test('CRLF line ends, a quoted key and a BOM stay as they are', () => {
    const crlf = permits(' 1').replace(/\n/g, '\r\n');
    assert.equal(written(crlf, [{ path: T2, value: '2' }]), crlf.replace(': 1', ': 2'));
    const quoted = permits(' 1').replace('行政许可:', '"行政许可":');
    assert.equal(written(quoted, [{ path: T2, value: '2' }]), quoted.replace(': 1', ': 2'));
    const bom = `\ufeff${permits(' 1')}`;
    assert.equal(written(bom, [{ path: T2, value: '2' }]), bom.replace(': 1', ': 2'));
  });

  test('a key missing from a CRLF file is added with CRLF', () => {
    const crlf = row('自然人: 1, 商业企业: 2').replace(/\n/g, '\r\n') + '  结转下年度继续办理: {自然人: 0}\r\n';
    const after = written(crlf, [
      { path: ['收到和处理政府信息公开申请情况', '本年新收政府信息公开申请数量', '自然人'], value: '4' },
    ]);
    assert.equal(after.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
    assert.equal(
      (parse(after) as Record<string, Record<string, Record<string, number>>>)['收到和处理政府信息公开申请情况']![
        '本年新收政府信息公开申请数量'
      ]!['自然人'],
      4,
    );
  });

  test('a block scalar value is replaced without its line break', () => {
    assert.equal(written(permits(' |\n      3\n'), [{ path: T2, value: '4' }]), permits(' 4\n'));
  });

  test('an alias is refused; a row merged in with << gets the cell as its own key', () => {
    const aliased = `${permits(' &n 3')}  第二十条第（六）项:\n    行政处罚: *n\n`;
    const outcome = cellEdits(aliased, [
      { path: ['主动公开政府信息情况', '第二十条第（六）项', '行政处罚'], value: '1' },
    ]);
    assert.ok(!outcome.ok && /别名/.test(outcome.message));
    const merged =
      '收到和处理政府信息公开申请情况:\n  本年度办理结果:\n    部分公开: &r {自然人: 1, 商业企业: 2}\n    予以公开: {<<: *r, 其他: 0}\n';
    const after = written(merged, [{ path: [...ROW, '自然人'], value: '5' }]);
    const data = parse(after, { merge: true }) as Record<
      string,
      Record<string, Record<string, Record<string, number>>>
    >;
    const outcomes = data['收到和处理政府信息公开申请情况']!['本年度办理结果']!;
    assert.equal(outcomes['予以公开']!['自然人'], 5);
    assert.equal(outcomes['部分公开']!['自然人'], 1, 'the anchored row is untouched');
  });

  test('an optional 总计 left out: emptying leaves it out (computed); a value adds it', () => {
    const text = row('自然人: 1, 商业企业: 2, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0');
    assert.deepEqual(cellEdits(text, [{ path: [...ROW, '总计'], value: null }]), { ok: true, edits: [] });
    assert.equal(
      written(text, [{ path: [...ROW, '总计'], value: '3' }]),
      text.replace('其他: 0}', '其他: 0, 总计: 3}'),
    );
  });

  test('the same value again is no edit; an amount takes decimals where a count does not', () => {
    assert.deepEqual(cellEdits(permits(' 3'), [{ path: T2, value: ' 3 ' }]), { ok: true, edits: [] });
    const fee = ['主动公开政府信息情况', '第二十条第（八）项', '行政事业性收费'];
    const text = '主动公开政府信息情况:\n  第二十条第（八）项:\n    行政事业性收费: 0\n';
    assert.equal(written(text, [{ path: fee, value: '0.35' }]), text.replace(': 0', ': 0.35'));
    assert.ok(!cellEdits(permits(' 3'), [{ path: T2, value: '0.5' }]).ok);
  });
});
