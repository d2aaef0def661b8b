// Ties rendered elements to the source: every cell, paragraph and heading gets
// `data-line` (0-based line of its key or paragraph), a stable `data-path`/`id`
// (the key path joined with '/'), and the findings that fall inside it.
//
// A finding belongs to the smallest element whose source span holds its start
// (a cell before its row label, a row label before its section heading). A
// `missing-key` finding goes to the placeholder of the key it names. Findings
// that fall outside every element (a top-level unknown key, a stray `---`)
// go to the title, so none is lost.
import type { Finding, Severity } from '../findings';
import type { LineIndex } from '../lineIndex';
import type { YEntry } from '../yamlTree';
import { addClass, El } from './dom';

export type Span = [start: number, end: number];

interface AnchoredElement {
  el: El;
  spans: Span[];
  findings: Finding[];
}

interface MissingElement {
  el: El;
  /** Offset of the parent's key, where the engine puts missing-key (0 at the top level). */
  at: number;
  /** The statutory key that is missing. */
  key: string;
  findings: Finding[];
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'information'];

export class Anchors {
  private readonly anchors: AnchoredElement[] = [];
  private readonly missing: MissingElement[] = [];
  private fallback: AnchoredElement | undefined;

  constructor(private readonly lines: LineIndex) {}

  lineOf(offset: number): number {
    return this.lines.position(offset).line;
  }

  /** Marks an element with its path, line and source spans; returns it. */
  anchor(el: El, path: readonly string[], line: number, spans: Span[] = []): El {
    const id = path.join('/');
    el.attrs.set('id', id);
    el.attrs.set('data-path', id);
    el.attrs.set('data-line', String(line));
    const anchor: AnchoredElement = { el, spans, findings: [] };
    this.anchors.push(anchor);
    return el;
  }

  /** The element that takes findings no other element holds (the title). */
  setFallback(el: El): void {
    this.fallback = this.anchors.find((a) => a.el === el);
  }

  /** A placeholder for a required key that the file leaves out. */
  markMissing(el: El, parent: YEntry | undefined, key: string): El {
    addClass(el, 'missing');
    this.missing.push({ el, at: parent?.keyStart ?? 0, key, findings: [] });
    return el;
  }

  /** Puts each finding on its element, then sets classes and titles. */
  apply(findings: readonly Finding[]): void {
    for (const finding of findings) {
      const offset = this.lines.offset(finding.range.start);
      const target =
        (finding.code === 'missing-key' && this.missingFor(finding, offset)) ||
        this.smallestAt(offset) ||
        this.fallback;
      target?.findings.push(finding);
    }
    // A placeholder says what is missing in its text; it is marked only where the
    // engine reports it (not where the finding is suppressed or switched off).
    for (const m of this.missing) if (m.findings.length) markFindings(m.el, m.findings);
    for (const a of this.anchors) if (a.findings.length) markFindings(a.el, a.findings);
  }

  private missingFor(finding: Finding, offset: number): MissingElement | undefined {
    return this.missing.find((m) => m.at === offset && finding.missingKey === m.key);
  }

  private smallestAt(offset: number): AnchoredElement | undefined {
    let best: AnchoredElement | undefined;
    let bestSize = Infinity;
    for (const a of this.anchors) {
      for (const [start, end] of a.spans) {
        const inside = start === end ? offset === start : offset >= start && offset < end;
        // Ties go to the element registered later: the deeper one.
        if (inside && end - start <= bestSize) {
          best = a;
          bestSize = end - start;
        }
      }
    }
    return best;
  }
}

function markFindings(el: El, findings: readonly Finding[]): void {
  const severity = SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s)) ?? 'error';
  addClass(el, 'has-finding', `severity-${severity}`);
  el.attrs.set('data-codes', [...new Set(findings.map((f) => f.code))].join(' '));
  for (const f of findings) if (!el.titles.includes(f.message)) el.titles.push(f.message);
}
