// How much of the prose is understood (prints, never fails): for every real
// report in test/fixtures (imported) and every example, the figures the
// prose-figure grammar compared with the tables, how many agree, and the
// findings. `--verbose` lists each figure with what it was read as.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, parseReport } from '../server/src/core/engine';
import { importText } from '../server/src/core/import';
import { readProse } from '../server/src/core/prose/figures';

const verbose = process.argv.includes('--verbose');

function reports(): [string, string][] {
  const out: [string, string][] = [];
  for (const dir of ['test/fixtures/published', 'test/fixtures/seed'])
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort())
      out.push([join(dir, f), importText(readFileSync(join(dir, f), 'utf8')).yaml]);
  for (const f of readdirSync('examples').sort())
    out.push([join('examples', f), readFileSync(join('examples', f), 'utf8')]);
  return out;
}

let total = 0;
let agreeing = 0;
// Counts first: report names mix widths (CJK), which would skew the columns.
console.log('compared', 'agree', 'findings', ' report');
for (const [name, yaml] of reports()) {
  const parsed = parseReport(yaml);
  const reading = readProse(parsed.root, parsed.text);
  const findings = checkText(yaml).findings.filter((f) => f.code === 'prose-figure');
  const compared = reading.figures.length + reading.claims.length;
  const agree = reading.figures.filter((f) => f.agrees).length + reading.claims.filter((c) => !c.against.length).length;
  total += compared;
  agreeing += agree;
  console.log(String(compared).padStart(8), String(agree).padStart(5), String(findings.length).padStart(8), '', name);
  if (!verbose) continue;
  for (const f of reading.figures)
    console.log(
      `    ${f.agrees ? '✓' : '✗'} ${f.stated}「${f.clause}」→ ${f.compared.map((c) => `${c.quantity.label} ${c.value}`).join('；')}`,
    );
  for (const c of reading.claims) console.log(`    ${c.against.length ? '✗' : '✓'} 「${c.clause}」→ ${c.looked.label}`);
}
console.log(`all: ${total} figures compared, ${agreeing} agree`);
