// Hover on a number in the prose that the prose-figure check compared with
// the tables: what it was read as, the table quantities and their cells, and
// whether they agree — also when they do. Likewise on an all-upheld claim.
import { Hover } from 'vscode-languageserver';
import { CheckResult } from './core/engine';
import { readProse } from './core/prose/figures';
import { Quantity, valueOf } from './core/prose/quantities';

function quantityLine(q: Quantity): string {
  const value = valueOf(q);
  const terms = q.terms.length > 1 ? `（${q.terms.map((t) => `${t.name} ${t.value ?? '？'}`).join(' + ')}）` : '';
  return `- ${q.label}：${value ?? '？'}${terms}`;
}

/** The hover for a prose figure or claim at an offset, or undefined where there is none. */
export function proseHover(result: CheckResult, offset: number): Hover | undefined {
  const report = result.report;
  if (!report) return undefined;
  const reading = readProse(report.root, report.text);
  const figure = reading.figures.find((f) => offset >= f.start && offset < f.end);
  if (figure) {
    const lines = [
      '**正文中的数字与统计表核对**',
      `“${figure.clause}”中的 ${figure.stated}，读作：${figure.what}。`,
      `核对的统计表数字（相等即相符）：\n${figure.compared.map((c) => quantityLine(c.quantity)).join('\n')}`,
      figure.agrees ? '✓ 与统计表相符' : '✗ 与统计表不符（见 prose-figure 问题）',
    ];
    return {
      contents: { kind: 'markdown', value: lines.join('\n\n') },
      range: report.lines.range(figure.start, figure.end),
    };
  }
  const claim = reading.claims.find((c) => offset >= c.start && offset < c.end);
  if (claim) {
    const verdict = claim.against.length
      ? `✗ 与统计表不符：${claim.against.map((t) => `${t.name} ${t.value}`).join('，')}`
      : '✓ 与统计表相符';
    const lines = ['**正文中的“均获维持”与表四核对**', `“${claim.clause}”`, quantityLine(claim.looked), verdict];
    return {
      contents: { kind: 'markdown', value: lines.join('\n\n') },
      range: report.lines.range(claim.start, claim.end),
    };
  }
  return undefined;
}
