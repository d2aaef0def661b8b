// The two output formats of `xxgk lint`. Text is for people and for editors'
// problem matchers (the `file:line:col` prefix compilers use); JSON is for
// scripts and keeps LSP's 0-based positions so it can be fed to other tools.
import type { Finding, Range, Severity } from '../core/findings';
import { terminalText } from './terminalText';

export interface FileResult {
  /** The path as the user gave it or as the folder search found it. */
  file: string;
  findings: Finding[];
}

/** One line per finding, 1-based line and column (in UTF-16 code units, as editors count). */
export function formatFindingLine(file: string, finding: Finding): string {
  const { line, character } = finding.range.start;
  // A message is one line by contract, but a stray newline would break
  // line-oriented consumers (grep, problem matchers), so fold it.
  // Control characters of a key (in the message) or of a file name are shown, never sent to the terminal.
  const message = terminalText(finding.message.replace(/\r\n|\r|\n/g, ' ')).replace(/\t/g, ' ');
  return `${terminalText(file).replace(/\t/g, '\\t')}:${line + 1}:${character + 1} ${finding.severity} ${finding.code} ${message}`;
}

export function formatFileText(result: FileResult): string {
  return result.findings.map((f) => formatFindingLine(result.file, f) + '\n').join('');
}

export interface Tally {
  files: number;
  errors: number;
  warnings: number;
  information: number;
}

const SEVERITY_COUNT = { error: 'errors', warning: 'warnings', information: 'information' } as const;

/** Adds one file to a running tally: a batch is counted as it streams by, its findings not kept. */
export function addToTally(t: Tally, result: FileResult): void {
  t.files += 1;
  for (const f of result.findings) t[SEVERITY_COUNT[f.severity]] += 1;
}

/** Adds a file's tally (made where the file was checked) to the running one. */
export function addTallies(total: Tally, file: Tally): void {
  total.files += 1;
  total.errors += file.errors;
  total.warnings += file.warnings;
  total.information += file.information;
}

export function tally(results: readonly FileResult[]): Tally {
  const t: Tally = { files: 0, errors: 0, warnings: 0, information: 0 };
  for (const result of results) addToTally(t, result);
  return t;
}

/** E.g. `3 个文件，2 个错误，1 个警告`; hints are named only when there are any. */
export function formatSummary(t: Tally): string {
  const parts = [`${t.files} 个文件`, `${t.errors} 个错误`, `${t.warnings} 个警告`];
  if (t.information > 0) parts.push(`${t.information} 条提示`);
  return parts.join('，');
}

/**
 * What the CLI keeps of a finding: range, severity, code, message, and the
 * related locations in another file (last year's cell). Related cells in the
 * same file (the terms of a sum) and fixes are left out: they would be most of
 * what a worker sends back and of the JSON (six times its size, measured).
 */
export function printedFinding({ range, severity, code, message, related }: Finding): Finding {
  const elsewhere = related?.filter((r) => r.uri !== undefined);
  return elsewhere?.length
    ? { range, severity, code, message, related: elsewhere }
    : { range, severity, code, message };
}

export interface JsonRelated {
  /** The file it is in: this one, or another (last year's report). */
  file: string;
  range: Range;
  message: string;
}

export interface JsonDiagnostic {
  range: Range;
  severity: Severity;
  code: string;
  message: string;
  /** Other places the finding is about (last year's cell, see printedFinding); left out when none. */
  related?: JsonRelated[];
}

function copyRange(range: Range): Range {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}

export interface JsonFileResult {
  file: string;
  diagnostics: JsonDiagnostic[];
}

/**
 * Copies exactly the keys of the JSON contract: the engine's Finding may
 * carry more (fixes) that is not part of the CLI's output.
 */
export function toJsonResult(result: FileResult): JsonFileResult {
  return {
    file: result.file,
    diagnostics: result.findings.map((f) => {
      const diagnostic: JsonDiagnostic = {
        range: copyRange(f.range),
        severity: f.severity,
        code: f.code,
        message: f.message,
      };
      if (f.related?.length)
        diagnostic.related = f.related.map((r) => ({
          file: r.uri ?? result.file,
          range: copyRange(r.range),
          message: r.message,
        }));
      return diagnostic;
    }),
  };
}

/** One file's entry of the JSON array, indented for its place in it. */
export function jsonEntry(result: FileResult): string {
  return JSON.stringify(toJsonResult(result), null, 2).replace(/\n/g, '\n  ');
}

/**
 * The JSON array written one file at a time, so a batch of any size is never
 * held whole: the same bytes as JSON.stringify of the whole array with an
 * indent of 2.
 */
export class JsonArrayWriter {
  private count = 0;

  constructor(private readonly write: (text: string) => void) {}

  add(result: FileResult): void {
    this.addEntry(jsonEntry(result));
  }

  /** An entry made by jsonEntry (a lint worker makes it where it checked the file). */
  addEntry(entry: string): void {
    this.write(`${this.count++ === 0 ? '[\n' : ',\n'}  ${entry}`);
  }

  end(): void {
    this.write(this.count === 0 ? '[]\n' : '\n]\n');
  }
}

export function formatJson(results: readonly FileResult[]): string {
  let text = '';
  const writer = new JsonArrayWriter((t) => (text += t));
  for (const result of results) writer.add(result);
  writer.end();
  return text;
}
