// empty-section: a prose section that is empty or says only 无. Range: the
// section's key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codesOf, editLine, findingsOf, insertBefore, onlyFinding, validReport } from './helpers/reports';
import { assertRangeCovers } from './helpers/positions';

test('a section that says only 无 is reported on its key, as a warning', () => {
  const text = validReport({ problems: '无' });
  const f = onlyFinding(text, 'empty-section');
  assertRangeCovers(text, f, '存在的主要问题及改进情况');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /第五部分/);
  assert.match(f.message, /只写了「无」/);
});

test('other spellings of nothing: 无。, 無, 没有, 无 on two lines', () => {
  for (const said of ['无。', '無', '没有', '没有。', '无\n无', ' 无 ']) {
    const text = validReport({ other: said });
    assertRangeCovers(text, onlyFinding(text, 'empty-section'), '其他需要报告的事项');
  }
});

test('an empty section (empty block, nothing after the colon, blank lines only) says it is empty', () => {
  const emptyBlock = validReport({ overview: '' });
  const f = onlyFinding(emptyBlock, 'empty-section');
  assertRangeCovers(emptyBlock, f, '总体情况');
  assert.match(f.message, /第一部分「总体情况」是空的/);
  const nothing = editLine(validReport({ overview: '' }), '总体情况', () => '总体情况:');
  assertRangeCovers(nothing, onlyFinding(nothing, 'empty-section'), '总体情况');
  const quoted = editLine(validReport({ overview: '' }), '总体情况', () => '总体情况: ""');
  assertRangeCovers(quoted, onlyFinding(quoted, 'empty-section'), '总体情况');
  const blankLines = validReport({ problems: '\n\n' });
  assertRangeCovers(blankLines, onlyFinding(blankLines, 'empty-section'), '存在的主要问题及改进情况');
});

test('Word artifacts alone are empty: a bookmark, full-width indent spaces', () => {
  for (const said of ['[bookmark: _GoBack]', '\u3000\u3000', '\u3000\u3000无']) {
    const text = validReport({ problems: said });
    assertRangeCovers(text, onlyFinding(text, 'empty-section'), '存在的主要问题及改进情况');
  }
});

test('a section with real content is fine, even if it begins with 无 or is short', () => {
  for (const said of ['无重大问题。下一步继续加强培训。', '无。\n本年度未收取信息处理费。', '暂无', '好']) {
    assert.equal(findingsOf(validReport({ other: said }), 'empty-section').length, 0, said);
  }
  assert.deepEqual(codesOf(validReport()), []);
});

test('one finding per empty section', () => {
  const text = validReport({ overview: '无', problems: '', other: '无。' });
  const found = findingsOf(text, 'empty-section');
  assert.equal(found.length, 3);
  assertRangeCovers(text, found[0], '总体情况');
  assertRangeCovers(text, found[1], '存在的主要问题及改进情况');
  assertRangeCovers(text, found[2], '其他需要报告的事项');
});

test('the optional 前言 is not a required section: 无 there is not reported', () => {
  const text = insertBefore(validReport(), '总体情况', '前言: |', '  无');
  assert.deepEqual(codesOf(text), []);
});

test('a missing section is missing-key, not empty-section', () => {
  const text = validReport().replace(/其他需要报告的事项: \|\n.*\n/, '');
  assert.deepEqual(codesOf(text), ['missing-key']);
});
