// The engine's one entry point: text in, findings out. The CLI and the
// language server both call checkText; nothing here knows about either.
import { Document, parseDocument } from 'yaml';
import { boundsFinding, tooDeepMessage } from './bounds';
import { balanceFindings } from './checks/balance';
import { blankCellFindings } from './checks/blankCell';
import { carryoverFindings } from './checks/carryover';
import { PreviousOutcome, previousOutcome } from './checks/previousLink';
import { stockFindings, stockNegativeFindings } from './checks/stock';
import { emptySectionFindings } from './checks/emptySection';
import { blankAgencyFindings } from './checks/missingKey';
import { feeStatementFindings } from './checks/feeStatement';
import { foldOldFormat } from './checks/oldFormat';
import { proseFigureFindings } from './checks/proseFigure';
import { EncodingNote, encodingFindings } from './checks/encoding';
import { resultTotalFindings } from './checks/resultTotal';
import { rowTotalFindings } from './checks/rowTotal';
import { syntaxFindings } from './checks/syntax';
import { MAX_BYTES, tooLargeFinding } from './checks/tooLarge';
import { yearFindings } from './checks/year';
import { DEFAULT_SEVERITY } from './checks/registry';
import { CheckCode, CROSS_YEAR_CODES, Finding, RawFinding, Severity } from './findings';
import { LineIndex, stripBom } from './lineIndex';
import { identityOf } from './previous/identity';
import type { PreviousInput } from './previous/previous';
import { readProse } from './prose/figures';
import { applySuppressions } from './suppressions';
import { readTable3, readTable4, totalledRows } from './tables';
import { validateTree } from './validate';
import { convertDocument, YNode } from './yamlTree';

// The size limit and its finding belong to the too-large check; callers reach them through the engine.
export { MAX_BYTES, tooLargeFinding } from './checks/tooLarge';

export interface CheckOptions {
  /** Per-code severity overrides; 'off' drops the code. */
  severities?: Partial<Record<CheckCode, Severity | 'off'>>;
  /** The date that bounds a plausible 年度 (default: now). */
  now?: Date;
  /**
   * The size of the file in bytes, where the caller read it from one (a
   * GB18030 file is smaller on disk than its text in UTF-8); else the text's
   * UTF-8 length.
   */
  byteLength?: number;
  /**
   * Keep a leading BOM as the first character of line 0, for a caller whose
   * positions count it (a language client whose document text holds it).
   * By default it is removed, as editors and `xxgk lint` count positions.
   */
  keepBom?: boolean;
  /** Last year's report, as the caller found it (core/previous); none by default. */
  previous?: PreviousInput;
  /** How the caller decoded the file, where that is worth a finding (UTF-16/32, damaged UTF-8). */
  decoded?: EncodingNote;
  /**
   * parseReport of the text as checked (BOM removed unless keepBom), where the
   * caller has it already: a batch that read the file as another report's
   * last year's report does not parse it twice.
   */
  parsed?: ParsedWithSyntax;
}

export interface ParsedReport {
  /** The text as checked: a leading BOM removed, as editors do. */
  text: string;
  lines: LineIndex;
  root: YNode;
}

export interface CheckResult {
  findings: Finding[];
  /** Undefined when the text was too large to parse. */
  report?: ParsedReport;
  /** What was handed in as last year's report, and the one the cross-year checks used (hover, preview). */
  previous?: { input: PreviousInput; usable?: PreviousOutcome['usable'] };
}

function utf8Length(text: string): number {
  // Cheap bound first: a UTF-16 unit is at most 3 UTF-8 bytes.
  return text.length * 3 <= MAX_BYTES ? text.length : Buffer.byteLength(text, 'utf8');
}

export type ParsedWithSyntax = ParsedReport & { syntax: RawFinding[]; blockSpans: [number, number][] };

/** A text past a bound: its one finding, over an empty tree (nothing else is checked). */
function refused(text: string, finding: RawFinding): ParsedWithSyntax {
  return {
    text,
    lines: new LineIndex(text),
    root: { kind: 'scalar', start: 0, end: 0, raw: '', value: null, style: undefined },
    syntax: [finding],
    blockSpans: [],
  };
}

export function parseReport(text: string): ParsedWithSyntax {
  // Bounds first: the parser recurses per nesting level and allocates per value.
  const outOfBounds = boundsFinding(text);
  if (outOfBounds) return refused(text, outOfBounds);
  let doc: Document;
  try {
    // Duplicate keys are found by syntaxFindings in linear time (the parser's check is quadratic).
    doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  } catch (error) {
    // Within the depth bound the parser's recursion fits the stack; should it
    // not, say so instead of failing the whole check.
    if (!(error instanceof RangeError)) throw error;
    return refused(text, { start: 0, end: 0, code: 'too-large', message: tooDeepMessage() });
  }
  const syntax = syntaxFindings(doc, text);
  const tooManyKeys = syntax.findings.find((f) => f.code === 'too-large');
  if (tooManyKeys) return refused(text, tooManyKeys);
  const converted = convertDocument(doc, text);
  return {
    text,
    lines: new LineIndex(text),
    root: converted.root,
    syntax: [...syntax.findings, ...converted.findings],
    blockSpans: syntax.blockSpans,
  };
}

function rawFindings(root: YNode, text: string, now: Date, previous: PreviousOutcome): RawFinding[] {
  const table3 = readTable3(root);
  const table4 = readTable4(root);
  const rowTotals = rowTotalFindings(totalledRows(table3, table4));
  const last = previous.usable;
  const findings = [
    ...previous.findings,
    ...(last ? carryoverFindings(table3, last.report, last.name) : []),
    ...(last ? stockFindings(root, last.report, last.name) : []),
    ...stockNegativeFindings(root),
    ...validateTree(root),
    ...yearFindings(root, now),
    ...blankAgencyFindings(root),
    ...blankCellFindings(root),
    ...rowTotals.findings,
    ...resultTotalFindings(table3, rowTotals.wrong),
    ...balanceFindings(table3, rowTotals.wrong),
    ...emptySectionFindings(root),
    ...proseFigureFindings(readProse(root, text, { table3, table4 })),
    ...feeStatementFindings(root, text, table3),
  ];
  return foldOldFormat(root, text, findings);
}

export function checkText(input: string, options: CheckOptions = {}): CheckResult {
  const text = options.keepBom ? input : stripBom(input);
  const severities = { ...DEFAULT_SEVERITY, ...options.severities };
  const bytes = options.byteLength ?? utf8Length(text);
  if (bytes > MAX_BYTES) {
    const finding = tooLargeFinding(bytes);
    const severity = severities['too-large'];
    return { findings: severity === 'off' ? [] : [{ ...finding, severity }] };
  }
  const parsed = options.parsed?.text === text ? options.parsed : parseReport(text);
  const handed: PreviousInput = options.previous ?? { kind: 'none' };
  const previous = previousOutcome(parsed.root, identityOf(parsed.root).year, handed);
  const off = new Set((Object.keys(severities) as CheckCode[]).filter((code) => severities[code] === 'off'));
  // Without last year's report, a suppression of a cross-year code is not judged unused: it waits for one.
  if (!previous.usable) for (const code of CROSS_YEAR_CODES) off.add(code);
  let raw: RawFinding[];
  if (parsed.syntax.some((f) => f.code === 'too-large')) {
    // Past a bound: the one finding, nothing else checked.
    raw = parsed.syntax;
  } else {
    raw = [
      ...encodingFindings(text, options.decoded),
      ...parsed.syntax,
      ...rawFindings(parsed.root, text, options.now ?? new Date(), previous),
    ];
    raw = applySuppressions(raw, text, parsed.lines, parsed.blockSpans, off);
  }
  const last = previous.usable;
  const findings: Finding[] = [];
  for (const f of raw) {
    const severity = severities[f.code];
    if (severity === 'off') continue;
    const finding: Finding = { range: parsed.lines.range(f.start, f.end), severity, code: f.code, message: f.message };
    if (f.related?.length)
      finding.related = f.related.map((r) =>
        r.inPrevious && last
          ? { range: last.report.lines.range(r.start, r.end), message: r.message, uri: last.uri }
          : { range: parsed.lines.range(r.start, r.end), message: r.message },
      );
    if (f.fixes?.length) finding.fixes = f.fixes;
    if (f.missingKey) finding.missingKey = f.missingKey;
    findings.push(finding);
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return {
    findings,
    report: { text, lines: parsed.lines, root: parsed.root },
    previous: { input: handed, usable: last },
  };
}
