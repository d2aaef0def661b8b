// Zero false alarms: every real report in test/fixtures (imported as the
// importer imports it) and every example gives no prose-figure finding —
// their prose agrees with their tables — while the figures the grammar reads
// in them are really compared (so this test fails if the grammar reads
// something wrongly, and says so if it stops reading).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkText, parseReport } from '../../server/src/core/engine';
import { importText } from '../../server/src/core/import';
import { readProse } from '../../server/src/core/prose/figures';

const ROOT = join(__dirname, '../..');
const NOW = { now: new Date('2027-01-01') };

function fixtureReports(): [string, string][] {
  const out: [string, string][] = [];
  for (const dir of ['test/fixtures/published', 'test/fixtures/seed'])
    for (const f of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith('.txt')))
      out.push([f, importText(readFileSync(join(ROOT, dir, f), 'utf8')).yaml]);
  for (const f of readdirSync(join(ROOT, 'examples'))) out.push([f, readFileSync(join(ROOT, 'examples', f), 'utf8')]);
  return out;
}

/** Figures each report's prose states and the grammar must read (counted by hand from the texts). */
const AT_LEAST: Record<string, number> = {
  '2021_pingtan-zonghe-shiyanqu.txt': 3,
  '2024_huaian-shi-zhengfu.txt': 14,
  '2025_shuyang-xian-zhengfu.txt': 6,
  '2023_xicheng-minzhengju.txt': 1,
  '2023-西城区民政局.xxgk.yaml': 1,
};

for (const [name, yaml] of fixtureReports()) {
  test(`${name}: no prose-figure finding; every compared figure agrees`, () => {
    const findings = checkText(yaml, NOW).findings.filter((f) => f.code === 'prose-figure');
    assert.deepEqual(
      findings.map((f) => f.message),
      [],
    );
    const parsed = parseReport(yaml);
    const reading = readProse(parsed.root, parsed.text);
    assert.ok(reading.figures.length >= (AT_LEAST[name] ?? 0), `${reading.figures.length} figures compared`);
    assert.ok(reading.figures.every((f) => f.agrees));
  });
}
