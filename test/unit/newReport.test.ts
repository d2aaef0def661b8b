import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText } from '../../server/src/core/engine';
import { newReportText } from '../../server/src/core/newReport';

test('a new report is complete: its only findings are the three prose sections still to be written', () => {
  const text = newReportText('北京市西城区民政局', 2024);
  const findings = checkText(text, { now: new Date('2025-01-10') }).findings;
  assert.deepEqual(
    findings.map((f) => f.code),
    ['empty-section', 'empty-section', 'empty-section'],
  );
  for (const section of ['总体情况', '存在的主要问题及改进情况', '其他需要报告的事项']) {
    assert.ok(
      findings.some((f) => f.message.includes(section)),
      section,
    );
  }
  assert.match(text, /^机关: 北京市西城区民政局$/m);
  assert.match(text, /^年度: 2024$/m);
});

test('an agency name YAML would misread is quoted, and still only the prose is missing', () => {
  const text = newReportText('某局: 试点 #1', 2023);
  assert.match(text, /^机关: "某局: 试点 #1"$/m);
  assert.equal(
    checkText(text, { now: new Date('2024-01-10') }).findings.filter((f) => f.code !== 'empty-section').length,
    0,
  );
});
