// Generated reports for the batch benchmarks: the example report with its
// numbers varied per file, so no two are alike, and its 机关 numbered, so no
// two are duplicates in a summary.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXAMPLE = 'examples/2023-西城区民政局.xxgk.yaml';

export function generatedReport(text: string, i: number): string {
  let n = 0;
  return text
    .replace(/: 0([,}\n])/g, (_m, end: string) => `: ${(i * 7 + n++) % 5}${end}`)
    .replace(/^机关: (.*)$/m, `机关: $1${i}`);
}

/** Writes `count` generated reports into `folder` (made if missing); returns the folder. */
export function writeGeneratedReports(folder: string, count: number): string {
  const text = readFileSync(EXAMPLE, 'utf8');
  mkdirSync(folder, { recursive: true });
  const width = String(count - 1).length;
  for (let i = 0; i < count; i++)
    writeFileSync(join(folder, `r${String(i).padStart(width, '0')}.xxgk.yaml`), generatedReport(text, i));
  return folder;
}
