// What a batch keeps of each checked file, made where the file was checked
// (in a lint worker for a large batch): for `xxgk lint`, the printed text or
// JSON entry and a count by severity; for `xxgk summary`, the report's row
// input — a few numbers. The main process then only writes or adds it: it
// neither receives the findings as objects nor formats them, which had made it
// a third busy process on two cores.
import { checkText, tooLargeFinding } from '../core/engine';
import type { Finding } from '../core/findings';
import { reportFigures } from '../core/summary/figures';
import { checkedReport, SummaryInput } from '../core/summary/summaryTable';
import { describeFsError, readReportFileSync, type ReportEncoding } from '../platform';
import { addToTally, formatFileText, jsonEntry, printedFinding, Tally } from './formatFindings';
import { pairsInBatch, PreviousPlan, previousInput } from './pairing';
import { parseForCheck } from './sharedParses';

/** A file to check, with where its last year's report is (pairing.ts). */
export interface LintJob {
  file: string;
  previous: PreviousPlan;
  /** The file is another file's last year's report in this batch. */
  isPrevious?: boolean;
  /** The file's own last year's report is in this batch. */
  hasPrevious?: boolean;
}

/** The jobs of a batch: each file with its plan, and which parses are worth keeping (sharedParses.ts). */
export function lintJobs(files: string[], plans: PreviousPlan[]): LintJob[] {
  const pairs = pairsInBatch(files, plans);
  return files.map((file, i) => ({ file, previous: plans[i]!, ...pairs[i]! }));
}

/** The ways a batch digests its files; a worker is told the name, as functions do not cross processes. */
export type DigestName = 'lint-text' | 'lint-json' | 'summary';

/** `xxgk lint`'s digest: what to print, or why the file could not be checked. */
export type LintDigest = { file: string; printed: string; tally: Tally } | { file: string; failure: string };

type Checked =
  | { kind: 'checked'; findings: Finding[]; encoding: ReportEncoding; row?: SummaryInput }
  | { kind: 'too-large'; findings: Finding[] }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'engine-error'; message: string };

function engineErrorOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Reads and checks one file: every check, as in the editor; `withFigures` also makes the summary's row. */
function checkFile(job: LintJob, withFigures: boolean): Checked {
  const { file } = job;
  let content;
  try {
    content = readReportFileSync(file);
  } catch (error) {
    return { kind: 'unreadable', reason: describeFsError(error) };
  }
  if (content.kind === 'too-large') return { kind: 'too-large', findings: [tooLargeFinding(content.size)] };
  try {
    const previous = previousInput(file, job.previous, job.hasPrevious);
    const parsed = parseForCheck(file, content.text, job.isPrevious === true);
    const decoded = { encoding: content.encoding, damaged: content.damaged };
    const result = checkText(content.text, { byteLength: content.size, previous, decoded, parsed });
    const row =
      withFigures && result.report
        ? checkedReport(file, result.findings, reportFigures(result.report.root), content.encoding)
        : undefined;
    return { kind: 'checked', findings: result.findings, encoding: content.encoding, row };
  } catch (error) {
    return { kind: 'engine-error', message: engineErrorOf(error) };
  }
}

function lintDigest(job: LintJob, format: (file: string, findings: Finding[]) => string): LintDigest {
  const { file } = job;
  const checked = checkFile(job, false);
  if (checked.kind === 'unreadable') return { file, failure: `无法读取文件 ${file}：${checked.reason}` };
  // An engine bug must not pass for a clean file (exit 0) or for findings (exit 1).
  if (checked.kind === 'engine-error')
    return { file, failure: `检查文件 ${file} 时出错（这是 xxgk 的缺陷，请报告）：${checked.message}` };
  // Only what the CLI prints (printedFinding): related cells in the same file and fixes are left out.
  const findings = checked.findings.map(printedFinding);
  const tally: Tally = { files: 0, errors: 0, warnings: 0, information: 0 };
  addToTally(tally, { file, findings });
  return { file, printed: format(file, findings), tally };
}

function summaryDigest(job: LintJob): SummaryInput {
  const { file } = job;
  const checked = checkFile(job, true);
  switch (checked.kind) {
    case 'unreadable':
      return { file, kind: 'unreadable', reason: checked.reason };
    case 'engine-error':
      return {
        file,
        kind: 'unreadable',
        reason: `检查时出错（这是 xxgk 的缺陷，请报告）：${checked.message.split('\n')[0]!}`,
      };
    case 'too-large':
      return { file, kind: 'too-large', message: checked.findings[0]!.message };
    case 'checked':
      return checked.row ?? { file, kind: 'too-large', message: '未能检查' };
  }
}

export const DIGESTS = {
  'lint-text': (job: LintJob) => lintDigest(job, (file, findings) => formatFileText({ file, findings })),
  'lint-json': (job: LintJob) => lintDigest(job, (file, findings) => jsonEntry({ file, findings })),
  summary: summaryDigest,
} satisfies Record<DigestName, (job: LintJob) => unknown>;

/** What a digest makes of one file. */
export type DigestOf<N extends DigestName> = ReturnType<(typeof DIGESTS)[N]>;

/** The digest of a file whose worker died while checking it. */
export function lostFileDigest(name: DigestName, file: string): DigestOf<DigestName> {
  const reason = '检查这个文件的进程意外退出（可能内存不足），未能检查。';
  if (name === 'summary') return { file, kind: 'unreadable', reason };
  return { file, failure: `检查文件 ${file} 时出错（这是 xxgk 的缺陷，请报告）：${reason}` };
}
