// The examples in examples/: a real report (西城区民政局 2023) with exactly the
// seven blank cells its published table has, and a made-up report whose
// comments say where each deliberate error is.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkText } from '../../server/src/core/engine';
import type { Finding } from '../../server/src/core/findings';
import { assertRangeCovers, assertRangesInside } from './helpers/positions';
import { NOT_PROCESSED, UNAVAILABLE } from './helpers/labels';

const EXAMPLES = join(__dirname, '../../examples');
const read = (name: string): string => readFileSync(join(EXAMPLES, name), 'utf8');
const NOW = { now: new Date(2025, 5, 1) };

const XICHENG = read('2023-西城区民政局.xxgk.yaml');
const WITH_ERRORS = read('带错误的示例.xxgk.yaml');

test('西城 2023: exactly 7 blank-cell findings, column 科研机构, rows 无法提供 1–3 and 不予处理 1–4, nothing else', () => {
  const { findings } = checkText(XICHENG, NOW);
  assertRangesInside(XICHENG, findings);
  assert.equal(findings.length, 7, JSON.stringify(findings.map((f) => [f.code, f.message])));
  const rows = [...UNAVAILABLE, ...NOT_PROCESSED.slice(0, 4)];
  findings.forEach((f, i) => {
    assert.equal(f.code, 'blank-cell');
    assert.equal(f.severity, 'warning');
    assertRangeCovers(XICHENG, f, '科研机构', { inLineOf: rows[i] });
    assert.ok(f.message.includes(`${rows[i]} · 科研机构`), f.message);
  });
  // The fifth row of 不予处理 has 0 there.
  assert.ok(!findings.some((f) => f.message.includes(NOT_PROCESSED[4]!)));
});

test('西城 2023 is clean when checked in the year it was published, and with CRLF and a BOM the same', () => {
  const early = checkText(XICHENG, { now: new Date(2024, 0, 20) }).findings;
  assert.deepEqual(
    early.map((f) => f.code),
    Array(7).fill('blank-cell'),
  );
  const crlf = checkText(`\ufeff${XICHENG.replace(/\n/g, '\r\n')}`, NOW).findings;
  assert.deepEqual(
    crlf.map((f) => f.range),
    checkText(XICHENG, NOW).findings.map((f) => f.range),
  );
});

test('西城 2023 with every blank cell filled with 0 has no finding at all', () => {
  const { findings } = checkText(XICHENG, NOW);
  let text = XICHENG;
  // Apply the fixes from the end so earlier offsets stay valid.
  for (const f of [...findings].reverse()) {
    const edit = f.fixes![0]!.edits[0]!;
    text = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
  }
  assert.deepEqual(checkText(text, NOW).findings, []);
});

/** The deliberate errors: each comment line `# 错误：…` precedes the line with the error. */
function errorComments(text: string): { line: number; comment: string }[] {
  return text
    .split('\n')
    .map((comment, i) => ({ line: i + 1, comment }))
    .filter(({ comment }) => /^\s*# 错误：/.test(comment));
}

function only(findings: Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

test('带错误的示例: each commented error is found where the comment says, and nothing else', () => {
  const { findings } = checkText(WITH_ERRORS, NOW);
  assertRangesInside(WITH_ERRORS, findings);
  const marked = errorComments(WITH_ERRORS);
  assert.equal(marked.length, 7);
  // Every finding sits on a line that follows an error comment.
  const lines = new Set(marked.map((m) => m.line));
  for (const f of findings) {
    const line = f.code === 'missing-key' ? -1 : f.range.start.line;
    if (line >= 0) assert.ok(lines.has(line), `${f.code} on line ${line}: ${f.message}`);
  }
  assert.deepEqual(findings.map((f) => f.code).sort(), [
    'balance',
    'blank-cell',
    'empty-section',
    'missing-key',
    'not-a-count',
    'not-a-count',
    'row-total',
    'unknown-key',
  ]);
});

test('带错误的示例: 12件 → not-a-count with the fix 12', () => {
  const f = only(checkText(WITH_ERRORS, NOW).findings, 'not-a-count')[0]!;
  assertRangeCovers(WITH_ERRORS, f, '12件', { inLineOf: '行政许可' });
  assert.equal(f.fixes?.[0]?.edits[0]?.newText, '12');
});

test('带错误的示例: 总计 26 where the six columns give 25 → row-total, reported once', () => {
  const f = only(checkText(WITH_ERRORS, NOW).findings, 'row-total');
  assert.equal(f.length, 1);
  assertRangeCovers(WITH_ERRORS, f[0], '总计', { inLineOf: '本年新收政府信息公开申请数量' });
  assert.ok(
    f[0]!.message.includes('18 + 商业企业 3 + 科研机构 0 + 社会公益组织 1 + 法律服务机构 2 + 其他 1 = 25'),
    f[0]!.message,
  );
  assert.ok(f[0]!.message.includes('26'));
});

test('带错误的示例: 其他法律行政止公开 → unknown-key suggesting the label, and the row missing under 不予公开', () => {
  const findings = checkText(WITH_ERRORS, NOW).findings;
  const unknown = only(findings, 'unknown-key')[0]!;
  assertRangeCovers(WITH_ERRORS, unknown, '其他法律行政止公开', { inLineOf: '其他法律行政止公开' });
  assert.ok(unknown.message.includes('「其他法律行政法规禁止公开」'));
  const missing = only(findings, 'missing-key')[0]!;
  assertRangeCovers(WITH_ERRORS, missing, '不予公开', { inLineOf: '不予公开' });
});

test('带错误的示例: the blank 科研机构 of 重复申请 → blank-cell', () => {
  const f = only(checkText(WITH_ERRORS, NOW).findings, 'blank-cell');
  assert.equal(f.length, 1);
  assertRangeCovers(WITH_ERRORS, f[0], '科研机构', { inLineOf: '重复申请' });
});

test('带错误的示例: 商业企业 out of balance → balance naming both sides', () => {
  const f = only(checkText(WITH_ERRORS, NOW).findings, 'balance');
  assert.equal(f.length, 1);
  assertRangeCovers(WITH_ERRORS, f[0], '商业企业', { inLineOf: '结转下年度继续办理' });
  assert.ok(f[0]!.message.includes('本年新收 3 + 上年结转 0 = 3'), f[0]!.message);
  assert.ok(f[0]!.message.includes('3 + 结转下年度 1 = 4'), f[0]!.message);
});

test('带错误的示例: full-width ３ → not-a-count with the fix 3', () => {
  const f = only(checkText(WITH_ERRORS, NOW).findings, 'not-a-count')[1]!;
  assertRangeCovers(WITH_ERRORS, f, '３', { inLineOf: '行政复议' });
  assert.equal(f.fixes?.[0]?.edits[0]?.newText, '3');
});

test('带错误的示例: section 五 says only 无 → empty-section', () => {
  const f = only(checkText(WITH_ERRORS, NOW).findings, 'empty-section');
  assert.equal(f.length, 1);
  assertRangeCovers(WITH_ERRORS, f[0], '存在的主要问题及改进情况', { inLineOf: '存在的主要问题及改进情况' });
});
