// prose-figure: a number in the prose (前言, sections 一, 五, 六) that names a
// table quantity and disagrees with the table; and a claim that every case
// was upheld while table 四 shows cases corrected or pending. Only figures
// whose meaning the grammar (core/prose) is sure of are compared.
import { RawFinding } from '../findings';
import { ComparedFigure, ProseReading } from '../prose/figures';
import { SECTION_NAMES } from '../prose/paragraphs';
import { Term } from '../prose/quantities';
import { defineRule } from './rule';

export const proseFigureRule = defineRule({
  code: 'prose-figure',
  severity: 'warning',
  description: '正文中的数字与统计表不一致（如正文写受理申请2件而表三本年新收为3件）。',
  suppressible: true,
  fixAllSafe: false,
});

function relatedOf(terms: readonly Term[]): NonNullable<RawFinding['related']> {
  return terms
    .filter((t) => t.place)
    .map((t) => ({ start: t.place!.start, end: t.place!.end, message: `${t.name} ${t.value ?? '？'}` }));
}

/** '本年新收申请为 3（本年新收 + 上年结转为 4）'. */
export function comparedText(figure: ComparedFigure): string {
  const [named, ...others] = figure.compared;
  const head = `${named!.quantity.label}为 ${named!.value}`;
  if (!others.length) return head;
  return `${head}（${others.map((c) => `${c.quantity.label}为 ${c.value}`).join('，')}）`;
}

export function proseFigureFindings(reading: ProseReading): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const figure of reading.figures) {
    if (figure.agrees) continue;
    const seen = new Set<string>();
    const terms = figure.compared
      .flatMap((c) => c.quantity.terms)
      .filter((t) => {
        const id = `${t.place?.start}:${t.name}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      });
    findings.push({
      start: figure.start,
      end: figure.end,
      code: 'prose-figure',
      message: `「${SECTION_NAMES[figure.section]}」中“${figure.clause}”的 ${figure.stated} 读作${figure.what}，但表中${comparedText(figure)}。请核对正文或统计表。`,
      related: relatedOf(terms),
    });
  }
  for (const claim of reading.claims) {
    if (!claim.against.length) continue;
    const against = claim.against.map((t) => `${t.name} ${t.value}`).join('，');
    findings.push({
      start: claim.start,
      end: claim.end,
      code: 'prose-figure',
      message: `「${SECTION_NAMES[claim.section]}」中“${claim.clause}”说案件均获维持，但表四中${against}。请核对正文或统计表。`,
      related: relatedOf(claim.against.map((t) => ({ ...t }))),
    });
  }
  return findings;
}
