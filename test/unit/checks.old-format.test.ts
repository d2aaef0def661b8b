// old-format: a report in the 2019 trial template for 年度 ≥ 2021 gets one
// finding on its first old key, the cascade of unknown and missing keys
// folded into it (their places as related information). Its quick fix
// converts what maps one-to-one and leaves the rest blank with a comment; it
// is never applied by fix-all. The importer converts a published 2019-template
// report the same way and says so.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllTextEdits } from '../../server/src/fixAll';
import { checkText } from '../../server/src/core/engine';
import { importText } from '../../server/src/core/import';
import { codesOf, findingsOf, NOW, onlyFinding, validReport } from './helpers/reports';
import { assertRangeCovers, assertRangesInside } from './helpers/positions';
import { applyFix } from './helpers/fixes';

const TABLE2_2019 = [
  '主动公开政府信息情况:',
  '  第二十条第（一）项:',
  '    规章: {本年新制作数量: 1, 本年新公开数量: 1, 对外公开总数量: 9}',
  '    规范性文件: {本年新制作数量: 4, 本年新公开数量: 4, 对外公开总数量: 30}',
  '  第二十条第（五）项:',
  '    行政许可: {上一年项目数量: 12, 本年增/减: 0, 处理决定数量: 88}',
  '    其他对外管理服务事项: {上一年项目数量: 2, 本年增/减: 1, 处理决定数量: 5}',
  '  第二十条第（六）项:',
  '    行政处罚: {上一年项目数量: 30, 本年增/减: 2, 处理决定数量: 17}',
  '    行政强制: {上一年项目数量: 4, 本年增/减: 0, 处理决定数量: 3}',
  '  第二十条第（八）项:',
  '    行政事业性收费: {上一年项目数量: 1, 本年增/减: 0}',
  '  第二十条第（九）项:',
  '    政府集中采购: {采购项目数量: 6, 采购总金额: 85.2}',
].join('\n');

const OTHER_2021 = / {4}其他处理:\n( {6}.*\n){3}/;
const OTHER_2019 =
  '    其他处理: {自然人: 0, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0, 总计: 0}\n';

/** Table 二 after conversion: 本年制发件数 of both document rows, the three decisions, and a blank fee. */
function assertConverted(
  t2: Record<string, Record<string, unknown>>,
  issued: [number, number],
  decisions: number[],
): void {
  const blankRest = (n: number): unknown => ({ 本年制发件数: n, 本年废止件数: null, 现行有效件数: null });
  assert.deepEqual(t2['第二十条第（一）项']!['规章'], blankRest(issued[0]));
  assert.deepEqual(t2['第二十条第（一）项']!['行政规范性文件'], blankRest(issued[1]));
  assert.deepEqual(
    [
      t2['第二十条第（五）项']!['行政许可'],
      t2['第二十条第（六）项']!['行政处罚'],
      t2['第二十条第（六）项']!['行政强制'],
    ],
    decisions,
  );
  assert.equal(t2['第二十条第（八）项']!['行政事业性收费'], null);
}

function in2019(year = 2022): string {
  const text = validReport({ year });
  const start = text.indexOf('主动公开政府信息情况:');
  const end = text.indexOf('收到和处理政府信息公开申请情况:');
  return (text.slice(0, start) + TABLE2_2019 + '\n' + text.slice(end)).replace(OTHER_2021, OTHER_2019);
}

test('a 2019-template report for 2022 → one old-format error on the first old key, the cascade folded in', () => {
  const text = in2019();
  const today = validReport({ year: 2022 });
  assert.deepEqual(codesOf(today), []);
  assert.deepEqual(codesOf(text), ['old-format']);
  const f = onlyFinding(text, 'old-format');
  assertRangeCovers(text, f, '本年新制作数量');
  assert.equal(f.severity, 'error');
  assert.match(f.message, /2019年试行格式（国办公开办函〔2019〕60号）/);
  assert.match(f.message, /2021年格式（国办公开办函〔2021〕30号）/);
  assertRangesInside(text, [f]);
  const related = f.related!.map((r) => r.message);
  assert.ok(related.includes('2019年格式：第二十条第（九）项'));
  assert.ok(related.includes('2019年格式：其他处理（一行）'));
  assert.ok(related.some((m) => m.startsWith('unknown-key：')));
  assert.ok(related.some((m) => m.startsWith('missing-key：')));
});

test('before 2021 the 2019 template is not old-format (the cascade stays, as today)', () => {
  const codes = codesOf(in2019(2020));
  assert.ok(!codes.includes('old-format'));
  assert.ok(codes.includes('unknown-key'));
});

test('(六)其他处理 as one row alone is the old layout too', () => {
  const text = validReport({ year: 2022 }).replace(OTHER_2021, OTHER_2019);
  const f = onlyFinding(text, 'old-format');
  assertRangeCovers(text, f, '其他处理');
  assert.deepEqual(codesOf(text), ['old-format']);
});

test('a single typo (规范性文件 for 行政规范性文件) is an unknown key, not the old format', () => {
  const text = validReport({ year: 2022 }).replace('    行政规范性文件:', '    规范性文件:');
  assert.deepEqual(findingsOf(text, 'old-format'), []);
  assert.ok(codesOf(text).includes('unknown-key'));
});

test('the quick fix converts what maps one-to-one, blanks the rest with comments, and leaves only blank cells', () => {
  const text = in2019();
  const fixed = applyFix(text, onlyFinding(text, 'old-format').fixes![0]!);
  const data = parse(fixed);
  assertConverted(data['主动公开政府信息情况'], [1, 4], [88, 17, 3]);
  assert.match(fixed, /# 2019年格式的“其他对外管理服务事项”（上一年项目数量 2，本年增\/减 1，处理决定数量 5）/);
  assert.match(fixed, /# 2019年格式的“第二十条第（九）项”（采购项目数量 6，采购总金额 85.2）/);
  const other = data['收到和处理政府信息公开申请情况']['本年度办理结果']['其他处理'];
  assert.deepEqual(Object.keys(other), [
    '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    '其他',
  ]);
  assert.equal(other['其他']['总计'], 0);
  const codes = new Set(codesOf(fixed));
  assert.deepEqual([...codes], ['blank-cell']);
});

test('fix-all never converts the template', () => {
  const result = checkText(in2019(), { now: NOW });
  assert.deepEqual(
    fixAllTextEdits(TextDocument.create('file:///r.xxgk.yaml', 'xxgk-report', 1, result.report!.text), result, (t) =>
      checkText(t, { now: NOW }),
    ),
    [],
  );
});

/** The seed report with its table 二 printed in the 2019 columns and （六）其他处理 as one row. */
function published2019(): string {
  const seed = readFileSync(join(__dirname, '../fixtures/seed/2023_xicheng-minzhengju.txt'), 'utf8');
  const cells = (label: string, values: string[]): string => [`\t${label}`, ...values.map((v) => `\t${v}`)].join('\n');
  const table2 = [
    '二、主动公开政府信息情况',
    '\t第二十条第（一）项',
    cells('信息内容', ['本年新制作数量', '本年新公开数量', '对外公开总数量']),
    cells('规章', ['0', '0', '0']),
    cells('规范性文件', ['3', '3', '21']),
    '\t第二十条第（五）项',
    cells('信息内容', ['上一年项目数量', '本年增/减', '处理决定数量']),
    cells('行政许可', ['10', '0', '41']),
    cells('其他对外管理服务事项', ['3', '1', '7']),
    '\t第二十条第（六）项',
    cells('信息内容', ['上一年项目数量', '本年增/减', '处理决定数量']),
    cells('行政处罚', ['20', '0', '9']),
    cells('行政强制', ['2', '0', '1']),
    '\t第二十条第（八）项',
    cells('信息内容', ['上一年项目数量', '本年增/减']),
    cells('行政事业性收费', ['0', '0']),
    '\t第二十条第（九）项',
    cells('信息内容', ['采购项目数量', '采购总金额']),
    cells('政府集中采购', ['3', '120.5']),
    '',
  ].join('\n\n');
  const start = seed.indexOf('二、主动公开政府信息情况');
  const end = seed.indexOf('2、 收到和处理政府信息公开申请情况');
  let text = seed.slice(0, start) + table2 + seed.slice(end);
  const other = text.indexOf('\t（六）其他处理');
  const total = text.indexOf('\t（七）总计');
  text = `${text.slice(0, other)}\t（六）其他处理\n${'\t0\n'.repeat(7)}\n\t\n${text.slice(total)}`;
  return text.replace(/2023年/g, '2021年');
}

test('import: a published 2019-template report is converted the same way, and the notes say so', () => {
  const result = importText(published2019());
  assert.ok(result.notes.some((n) => n.includes('2019年试行格式') && n.includes('已按2021年格式')));
  assert.ok(result.notes.some((n) => n.includes('其他处理') && n.includes('2019年格式')));
  const data = parse(result.yaml);
  assertConverted(data['主动公开政府信息情况'], [0, 3], [41, 9, 1]);
  assert.equal(data['年度'], 2021);
  const codes = new Set(checkText(result.yaml, { now: NOW }).findings.map((f) => f.code));
  assert.deepEqual([...codes], ['blank-cell']);
});
