// Real reports for the summary and sum tests: the two examples, and the 2024
// 淮安 report imported from its published text (test/fixtures/published).
// The figures the tests expect are read off the published texts by hand.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importText } from '../../../server/src/core/import';

export const ROOT = resolve(__dirname, '../../..');

export const XICHENG_FILE = join(ROOT, 'examples/2023-西城区民政局.xxgk.yaml');
export const WITH_ERRORS_FILE = join(ROOT, 'examples/带错误的示例.xxgk.yaml');
export const XICHENG = readFileSync(XICHENG_FILE, 'utf8');
export const WITH_ERRORS = readFileSync(WITH_ERRORS_FILE, 'utf8');

let huaian: string | undefined;
/** 淮安市人民政府 2024, imported from the published text (the import is checked cell by cell in importCorpus). */
export function huaianReport(): string {
  huaian ??= importText(readFileSync(join(ROOT, 'test/fixtures/published/2024_huaian-shi-zhengfu.txt'), 'utf8'), {
    source: '2024_huaian-shi-zhengfu.txt',
  }).yaml;
  return huaian;
}

/** A report with another 机关 (so it is no duplicate), all else as given. */
export function withAgency(text: string, agency: string): string {
  return text.replace(/^机关: .*$/m, `机关: ${agency}`);
}

/** A report with every 总计 cell of its table rows removed: the engine computes them. */
export function withoutTotals(text: string): string {
  return text.replace(/, 总计: [^,}]*\}/g, '}');
}
