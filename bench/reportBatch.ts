// A batch of reports as a 政务公开办 collects them, for bench:summary: real
// reports (the examples and the published reports of test/fixtures, imported)
// with their figures scaled so no two are alike, spread over one folder per
// hundred departments, with the faults a real batch has — reports with errors,
// partial ones, GB18030 files, broken YAML, a duplicate 机关 and 年度, last
// year's report beside this year's (so pairing and the cross-year checks run),
// and a file over 10 MB.
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../server/src/core/import';
import { encodeGb18030 } from '../test/unit/helpers/cli';
import { EXAMPLE, generatedReport } from './generateReports';

const PUBLISHED = 'test/fixtures/published';

function imported(name: string): string {
  return importText(readFileSync(join(PUBLISHED, name), 'utf8'), { source: name }).yaml;
}

interface Sources {
  xicheng: string;
  withErrors: string;
  huaian: string;
  shuyang: string;
  pingtan: string;
  partial: string[];
}

function sources(): Sources {
  return {
    xicheng: readFileSync(EXAMPLE, 'utf8'),
    withErrors: readFileSync('examples/带错误的示例.xxgk.yaml', 'utf8'),
    huaian: imported('2024_huaian-shi-zhengfu.txt'),
    shuyang: imported('2025_shuyang-xian-zhengfu.txt'),
    pingtan: imported('2021_pingtan-zonghe-shiyanqu.txt'),
    partial: [
      imported('2022_wuhan-hanyang-qu-zhengfu-bangongshi_PARTIAL.txt'),
      imported('2024_shenzhen-longgang-qu-bumen_PARTIAL.txt'),
    ],
  };
}

/** Every count of the tables times k: every sum still holds (they are all linear), the prose may now disagree. */
function scaled(text: string, k: number): string {
  return text
    .split('\n')
    .map((line) => (/^\s*年度:/.test(line) ? line : line.replace(/(: )(\d+)(?=[,}\n]|$)/g, (_m, p, n) => p + n * k)))
    .join('\n');
}

function withAgency(text: string, agency: string): string {
  return text.replace(/^机关: *(.*)$/m, (_m, name: string) => `机关: ${name.trim() || '某机关'}${agency}`);
}

function withYear(text: string, year: number): string {
  return text.replace(/^年度: .*$/m, `年度: ${year}`);
}

/** The report of department `i` of the batch: bucket i % 100 decides what kind of file it is. */
function reportOf(s: Sources, i: number): { text: string | Buffer; kind: string } {
  const k = 1 + (i % 7);
  const agency = `（第${i}号）`;
  const bucket = i % 100;
  if (bucket < 28) return { text: withAgency(scaled(s.xicheng, k), agency), kind: 'clean (西城)' };
  if (bucket < 46) return { text: withAgency(scaled(s.huaian, k), agency), kind: 'clean (淮安)' };
  if (bucket < 58) return { text: withAgency(scaled(s.shuyang, k), agency), kind: 'clean (沭阳)' };
  if (bucket < 68) return { text: withAgency(scaled(s.pingtan, k), agency), kind: 'clean (平潭)' };
  if (bucket < 78) return { text: generatedReport(s.xicheng, i), kind: 'errors (figures varied)' };
  if (bucket < 83) return { text: withAgency(s.withErrors, agency), kind: 'errors (带错误的示例)' };
  if (bucket < 85) return { text: withAgency(s.partial[i % 2]!, agency), kind: 'partial' };
  if (bucket < 88) return { text: encodeGb18030(withAgency(scaled(s.huaian, k), agency)), kind: 'GB18030' };
  // The same 机关 and 年度 as the report before it.
  if (bucket < 89) return { text: withAgency(scaled(s.huaian, k), `（第${i - 1}号）`), kind: 'duplicate' };
  if (bucket < 90) return { text: withAgency(s.xicheng, agency).slice(0, 2000), kind: 'broken YAML' };
  // Five pairs: last year's report (2022) of the next department, then its 2023 report, in the same folder.
  if (bucket % 2 === 0)
    return { text: withYear(withAgency(s.xicheng, `（第${i + 1}号）`), 2022), kind: 'last year (2022)' };
  return { text: withAgency(scaled(s.xicheng, k), agency), kind: 'clean, beside last year' };
}

/**
 * Writes `count` report files under `folder` (one sub-folder per hundred),
 * one of them a file over 10 MB where there are at least a thousand; returns
 * how many files of each kind.
 */
export function writeReportBatch(folder: string, count: number): Map<string, number> {
  const s = sources();
  const kinds = new Map<string, number>();
  const width = String(count - 1).length;
  for (let i = 0; i < count; i++) {
    const dir = join(folder, `部门${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(dir, { recursive: true });
    const file = join(dir, `r${String(i).padStart(width, '0')}.xxgk.yaml`);
    const tooLarge = count >= 1000 && i === 500;
    const { text, kind } = tooLarge ? { text: '', kind: 'over 10 MB' } : reportOf(s, i);
    writeFileSync(file, text);
    if (tooLarge) truncateSync(file, 11 * 1024 * 1024);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return kinds;
}
