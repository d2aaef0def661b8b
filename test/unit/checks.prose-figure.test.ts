// prose-figure: a number in the prose that names a table quantity and
// disagrees with the table; an all-upheld claim against table 四. Range: the
// number (or the claim) in the prose. The reports here are made up; the
// real reports of test/fixtures are held to zero findings in
// proseFigure.fixtures.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CARRIED_IN, CARRIED_OUT, findingsOf, onlyFinding, RECEIVED, validReport } from './helpers/reports';
import { assertRangeCovers, assertRangesInside } from './helpers/positions';

/** Default tables (helpers/reports): 新收 4 (自然人 3, 商业企业 1), 上年结转 1, 予以公开 3, 部分公开 1, 结转 1. */
const withOverview = (overview: string, spec: Parameters<typeof validReport>[0] = {}): string =>
  validReport({ ...spec, overview });

test('受理 2 件 while 本年新收 totals 4 → prose-figure on the 2, naming the clause, the reading and the table value', () => {
  const text = withOverview('2024年，本机关共受理政府信息公开申请2件，均在法定期限内答复。');
  const f = onlyFinding(text, 'prose-figure');
  assertRangeCovers(text, f, '2', { after: '受理政府信息公开申请' });
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /共受理政府信息公开申请2件/);
  assert.match(f.message, /本年新收申请为 4/);
  assert.match(f.message, /本年新收 \+ 上年结转为 5/);
  assertRangesInside(text, [f]);
  // Related: the 总计 cells of 本年新收 and 上年结转.
  const lines = text.split('\n');
  const lineOf = (key: string): number => lines.findIndex((l) => l.trimStart().startsWith(`${key}:`));
  assert.deepEqual(
    f.related!.map((r) => r.range.start.line),
    [lineOf(RECEIVED), lineOf(CARRIED_IN)],
  );
});

test('收到 5 件 where 新收 4 + 上年结转 1 = 5 is not a fault; nor 新收 4 alone', () => {
  assert.deepEqual(findingsOf(withOverview('本年度共收到政府信息公开申请5件。'), 'prose-figure'), []);
  assert.deepEqual(findingsOf(withOverview('本年度共收到政府信息公开申请4件。'), 'prose-figure'), []);
  assert.deepEqual(
    findingsOf(withOverview('本年新收申请4件，上年结转1件，办结4件，1件结转下年度继续办理。'), 'prose-figure'),
    [],
  );
});

test('新收 means this year alone: 新收 5 件 against 新收 4 is a fault', () => {
  const text = withOverview('本年新收政府信息公开申请5件。');
  assertRangeCovers(text, onlyFinding(text, 'prose-figure'), '5', { after: '新收政府信息公开申请' });
});

test('予以公开及部分公开 is read as their sum: 4 agrees, 6 is a fault', () => {
  assert.deepEqual(findingsOf(withOverview('共收到申请5件，其中予以公开及部分公开4件。'), 'prose-figure'), []);
  const text = withOverview('共收到申请5件，其中予以公开及部分公开6件。');
  const f = onlyFinding(text, 'prose-figure');
  assertRangeCovers(text, f, '6', { after: '部分公开' });
  assert.match(f.message, /予以公开 \+ 部分公开为 4/);
});

test('无法提供 is the sum of its three rows; a wrong number is a fault at its place', () => {
  const table3 = {
    本机关不掌握相关政府信息: [2, 0, 0, 0, 0, 0],
    没有现成信息需要另行制作: [1, 0, 0, 0, 0, 0],
    [RECEIVED]: [6, 1, 0, 0, 0, 0],
  };
  assert.deepEqual(findingsOf(withOverview('收到申请7件。其中，无法提供3件。', { table3 }), 'prose-figure'), []);
  const text = withOverview('收到申请7件。其中，无法提供十二件。', { table3 });
  const f = onlyFinding(text, 'prose-figure');
  assertRangeCovers(text, f, '十二', { after: '无法提供' });
  assert.match(f.message, /无法提供为 3/);
});

test('Chinese numerals: 两件 and 一百零五件 are read', () => {
  const text = withOverview('本年度受理申请两件，答复一百零五件。');
  const found = findingsOf(text, 'prose-figure');
  assert.equal(found.length, 2);
  assertRangeCovers(text, found[0], '两');
  assertRangeCovers(text, found[1], '一百零五');
});

test('办理结果总计 is the results total; 不同意公开 is not 予以公开', () => {
  const text = withOverview('本年收到申请5件，办理结果总计6件，不同意公开1件。');
  const f = onlyFinding(text, 'prose-figure');
  assertRangeCovers(text, f, '6');
  assert.match(f.message, /办理结果总计为 4/);
});

test('applicants: 自然人 and 法人或其他组织 in a 其中 clause take the sentence verb', () => {
  assert.deepEqual(
    findingsOf(withOverview('受理申请5件，其中自然人申请4件，法人或其他组织申请1件。'), 'prose-figure'),
    [],
  );
  const text = withOverview('受理申请5件，其中自然人申请2件。');
  assertRangeCovers(text, onlyFinding(text, 'prose-figure'), '2', { after: '自然人申请' });
});

test('结转 to a named year is carried out; 正在办理 is not a count of handled applications', () => {
  assert.deepEqual(
    findingsOf(withOverview('受理申请5件，结转至2025年继续办理1件，1件正在办理中。'), 'prose-figure'),
    [],
  );
  const text = withOverview('受理申请5件，结转至2025年继续办理2件。');
  assert.match(onlyFinding(text, 'prose-figure').message, /结转下年度继续办理为 1/);
});

test('carried over: 上年结转 and 结转下年度', () => {
  const text = withOverview('上年结转申请3件，另有2件结转下年度继续办理。');
  const found = findingsOf(text, 'prose-figure');
  assert.equal(found.length, 2);
  assert.match(found[0]!.message, /上年结转申请为 1/);
  assert.match(found[1]!.message, /结转下年度继续办理为 1/);
});

test('table 四: cases and results, 复议 + 诉讼 as a natural sum', () => {
  const table4 = { 行政复议: [1, 0, 0, 1], 未经复议直接起诉: [1, 0, 0, 0] };
  assert.deepEqual(
    findingsOf(
      withOverview('被申请行政复议2件，其中结果维持1件，尚未审结1件；行政诉讼1件。', { table4 }),
      'prose-figure',
    ),
    [],
  );
  assert.deepEqual(findingsOf(withOverview('发生行政复议、行政诉讼案件3件。', { table4 }), 'prose-figure'), []);
  const text = withOverview('被申请行政复议2件，其中结果纠正1件。', { table4 });
  const f = onlyFinding(text, 'prose-figure');
  assertRangeCovers(text, f, '1', { after: '结果纠正' });
  assert.match(f.message, /行政复议「结果纠正」为 0/);
});

test('均获维持 while a review is pending → prose-figure on the claim; none where all were upheld', () => {
  const table4 = { 行政复议: [2, 0, 0, 1] };
  const text = withOverview('本年度发生政府信息公开行政复议3件，均获维持。', { table4 });
  const f = onlyFinding(text, 'prose-figure');
  assertRangeCovers(text, f, '均获维持');
  assert.match(f.message, /行政复议 · 尚未审结 1/);
  assert.equal(f.related!.length, 1);
  const upheld = withOverview('本年度发生政府信息公开行政复议2件，均获维持。', { table4: { 行政复议: [2, 0, 0, 0] } });
  assert.deepEqual(findingsOf(upheld, 'prose-figure'), []);
  const decided = withOverview('行政复议3件，已审结的均获维持。', { table4 });
  assert.deepEqual(findingsOf(decided, 'prose-figure'), []);
  const previous = withOverview('本年度发生行政复议3件；均获维持。', { table4 });
  assertRangeCovers(previous, onlyFinding(previous, 'prose-figure'), '均获维持');
  const elsewhere = withOverview('本年度发生行政复议3件。加强培训。全体人员都要维持良好秩序。', { table4 });
  assert.deepEqual(findingsOf(elsewhere, 'prose-figure'), []);
});

test('未收到申请 and 未发生行政复议 are figures of 0, on their words', () => {
  const text = withOverview('本年度未收到政府信息公开申请，未发生政府信息公开行政复议、行政诉讼案件。', {
    table4: { 复议后起诉: [1, 0, 0, 0] },
  });
  const found = findingsOf(text, 'prose-figure');
  assert.equal(found.length, 2, JSON.stringify(found.map((f) => f.message)));
  assertRangeCovers(text, found[0], '未收到');
  assert.match(found[0]!.message, /本年新收申请为 4/);
  assertRangeCovers(text, found[1], '未发生');
  assert.match(found[1]!.message, /行政复议和行政诉讼案件总数为 1/);
  const none = validReport({
    overview: '本年度未收到政府信息公开申请，未发生行政复议、行政诉讼。',
    table3: {
      [RECEIVED]: [0, 0, 0, 0, 0, 0],
      [CARRIED_IN]: [0, 0, 0, 0, 0, 0],
      予以公开: [0, 0, 0, 0, 0, 0],
      部分公开: [0, 0, 0, 0, 0, 0],
      [CARRIED_OUT]: [0, 0, 0, 0, 0, 0],
    },
  });
  assert.deepEqual(findingsOf(none, 'prose-figure'), []);
  const narrowed = withOverview(
    '本年度未收到法人或其他组织的申请，未收到逾期申请，未收到申请人补正材料，未受理的申请2件，未发生被行政复议纠正的情况。',
  );
  assert.deepEqual(findingsOf(narrowed, 'prose-figure'), []);
});

test('table 二: documents issued, repealed and in force; decisions; the fee amount', () => {
  assert.deepEqual(
    findingsOf(
      withOverview(
        '本年制发行政规范性文件2件，废止1件，现行有效规范性文件10件。作出行政许可决定54件。行政事业性收费金额0万元。',
      ),
      'prose-figure',
    ),
    [],
  );
  const text = withOverview('本年制发规章1件、行政规范性文件3件。');
  const found = findingsOf(text, 'prose-figure');
  assert.equal(found.length, 2);
  assert.match(found[0]!.message, /规章本年制发件数为 0/);
  assert.match(found[1]!.message, /行政规范性文件本年制发件数为 2/);
});

test('numbers of unclear meaning are not compared', () => {
  const prose = [
    '全年主动公开政府信息312条，接待来访20人次，办理人大代表建议提案39件。',
    '依据国办函〔2020〕109号，2024年1月1日起，咨询电话010-83418000，按时答复率100%。',
    '全年受理申请约50件，较上年增长3件，其中1件涉及第二十条。',
    '化解各类争议纠纷33件，发布政策解读21条，清理规范性文件50件。',
    '收取信息处理费380元。',
  ].join('\n');
  assert.deepEqual(findingsOf(withOverview(prose), 'prose-figure'), []);
});

test('words that make a number something else keep it from being compared', () => {
  const prose = [
    '本年度依申请公开工作规范有序。全年受理热线工单900件，办结880件。',
    '收到申请5件，因申请人撤回申请终止办理3件，延期答复2件。',
    '对7件规范性文件予以公开。保密审查中涉及国家秘密的信息6条。',
    '受理申请5件，较去年多3件。',
    '制定行政规范性文件2件，印发工作通知5件；制定完善规章制度3项。',
  ].join('\n');
  assert.deepEqual(
    findingsOf(withOverview(prose), 'prose-figure').map((f) => f.message),
    [],
  );
});

test('words after the number count where they belong to it: 2件予以公开, 3件被纠正', () => {
  const text = withOverview('收到申请5件，其中2件予以公开。被申请行政复议3件，其中3件被纠正。', {
    table4: { 行政复议: [3, 0, 0, 0] },
  });
  const found = findingsOf(text, 'prose-figure');
  assert.equal(found.length, 2, JSON.stringify(found.map((f) => f.message)));
  assert.match(found[0]!.message, /予以公开为 3/);
  assert.match(found[1]!.message, /行政复议「结果纠正」为 0/);
});

test('a blank cell is never read as 0: the figure is not compared', () => {
  const blank = (text: string): string => text.replace(/(本年新收政府信息公开申请数量: \{自然人: )3/, '$1');
  assert.deepEqual(findingsOf(blank(withOverview('本年度共受理申请2件。', { totals: false })), 'prose-figure'), []);
  // A 总计 given beside the blank is a count: the figure is compared with it.
  assert.equal(findingsOf(blank(withOverview('本年度共受理申请2件。')), 'prose-figure').length, 1);
});

test('sections 五 and 六 and 前言 are read too; a suppression comment silences the finding', () => {
  const text = validReport({ problems: '本年度受理申请9件，答复及时性有待提高。' });
  const f = onlyFinding(text, 'prose-figure');
  assertRangeCovers(text, f, '9');
  assert.match(f.message, /五、存在的主要问题及改进情况/);
  // Inside a block scalar a comment would be text: a finding in prose is suppressed for the file.
  const suppressed = `# xxgk-disable prose-figure -- 原文如此\n${text}`;
  assert.deepEqual(findingsOf(suppressed, 'prose-figure'), []);
});

test('CRLF and a BOM do not move the range', () => {
  const text = withOverview('本年度受理申请9件。');
  const crlf = `\ufeff${text.replace(/\n/g, '\r\n')}`;
  assert.deepEqual(findingsOf(crlf, 'prose-figure')[0]!.range, findingsOf(text, 'prose-figure')[0]!.range);
});

test('CARRIED_OUT constant is the row the message names', () => {
  assert.equal(CARRIED_OUT, '结转下年度继续办理');
});

test('a paragraph of one endless sentence full of figures is read in linear time', () => {
  const endless = '受理申请1件，复议1件均获维持'.repeat(15000);
  const started = process.hrtime.bigint();
  const found = findingsOf(withOverview(endless, { table4: { 行政复议: [0, 0, 0, 1] } }), 'prose-figure');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  assert.ok(found.length >= 15000, String(found.length));
  assert.ok(seconds < 10, `${seconds.toFixed(1)} s`);
});
