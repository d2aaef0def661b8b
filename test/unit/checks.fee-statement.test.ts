// fee-statement: from 年度 2021, section 六 must state the 信息处理费 situation
// (charged, the amount, or none); where table 三 counts applications dropped
// for an unpaid fee notice, it must also speak of the notices. Range: the key
// of section 六. Quick fix: the no-fee sentence, offered but never by fix-all.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllTextEdits } from '../../server/src/fixAll';
import { checkText } from '../../server/src/core/engine';
import { findingsOf, NOW, onlyFinding, validReport } from './helpers/reports';
import { assertRangeCovers } from './helpers/positions';
import { applyFix } from './helpers/fixes';

const SECTION = '其他需要报告的事项';
const UNPAID = '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请';

test('section 六 without a word on the fee → fee-statement on its key, with the fix inserting the no-fee sentence', () => {
  const text = validReport({ other: '本报告所列数据的统计期限自2024年1月1日起至12月31日止。' });
  const f = onlyFinding(text, 'fee-statement');
  assertRangeCovers(text, f, SECTION, { inLineOf: SECTION });
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /信息处理费/);
  const fixed = applyFix(text, f.fixes![0]!);
  assert.match(fixed, /其他需要报告的事项: \|\n {2}本年度未收取信息处理费。\n {2}本报告所列数据/);
  assert.deepEqual(findingsOf(fixed, 'fee-statement'), []);
});

test('the fix also works on a one-line plain value', () => {
  const text = validReport({ other: 'x' }).replace(
    /其他需要报告的事项: \|\n {2}x/,
    '其他需要报告的事项: 本年度无其他需要报告的事项。',
  );
  const f = onlyFinding(text, 'fee-statement');
  const fixed = applyFix(text, f.fixes![0]!);
  assert.match(fixed, /其他需要报告的事项: \|\n {2}本年度未收取信息处理费。\n {2}本年度无其他需要报告的事项。/);
  assert.deepEqual(
    checkText(fixed, { now: NOW }).findings.map((x) => x.code),
    [],
  );
});

test('the phrasings of real reports count as a fee statement', () => {
  for (const other of [
    '本年度未收取信息处理费。',
    '2023年度本机关未产生政府信息处理费。',
    '2021年，无收取信息处理费情况。',
    '全年收取政府信息公开信息处理费3940元。',
    '本年度未发生收费情况。',
    '本机关在办理政府信息公开申请中未发生信息公开处理费收费事项。',
    '依申请公开政府信息不收取费用。',
    '依申请提供政府信息均为免费。',
  ])
    assert.deepEqual(findingsOf(validReport({ other }), 'fee-statement'), [], other);
});

test('naming the Measures alone is not a statement; 行政事业性收费 is another matter', () => {
  for (const other of ['严格落实《政府信息公开信息处理费管理办法》。', '按规定公开行政事业性收费项目目录。'])
    assert.equal(findingsOf(validReport({ other }), 'fee-statement').length, 1, other);
});

test('before 2021, and in an empty section (empty-section), no fee-statement', () => {
  assert.deepEqual(findingsOf(validReport({ year: 2020, other: '无其他事项说明。' }), 'fee-statement'), []);
  const empty = validReport({ other: '无' });
  assert.deepEqual(findingsOf(empty, 'fee-statement'), []);
  assert.equal(findingsOf(empty, 'empty-section').length, 1);
});

test('unpaid fee notices in table 三 need 收费通知 in section 六, related to the cell', () => {
  const table3 = { [UNPAID]: [1, 0, 0, 0, 0, 0], 予以公开: [1, 1, 0, 0, 0, 0] };
  const text = validReport({ table3, other: '本年度收取信息处理费100元。' });
  const f = onlyFinding(text, 'fee-statement');
  assertRangeCovers(text, f, SECTION, { inLineOf: SECTION });
  assert.match(f.message, /1 件申请因申请人逾期未按收费通知要求缴纳费用/);
  assert.equal(f.related?.length, 1);
  assert.equal(f.fixes, undefined);
  const told = validReport({ table3, other: '本年度发出收费通知2件，收取信息处理费100元，1件逾期未缴纳。' });
  assert.deepEqual(findingsOf(told, 'fee-statement'), []);
});

test('fix-all never inserts the fee sentence', () => {
  const text = validReport({ other: '本报告所列数据的统计期限自2024年1月1日起至12月31日止。' });
  const result = checkText(text, { now: NOW });
  assert.ok(result.findings.some((f) => f.code === 'fee-statement' && f.fixes?.length));
  assert.deepEqual(
    fixAllTextEdits(TextDocument.create('file:///r.xxgk.yaml', 'xxgk-report', 1, result.report!.text), result, (t) =>
      checkText(t, { now: NOW }),
    ),
    [],
  );
});
