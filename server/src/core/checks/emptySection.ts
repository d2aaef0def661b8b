// empty-section: a prose section that is empty or says only 无. The sections
// are required by 条例 第五十条; "无" is what inspectors flag as a non-answer.
import { RawFinding } from '../findings';
import { printedLabel, SECTIONS } from '../model';
import { paragraphs } from '../values';
import { YNode } from '../yamlTree';

const NOTHING_RE = /^[无無没有。.，,\s]*$/;

export function emptySectionFindings(root: YNode): RawFinding[] {
  if (root.kind !== 'map') return [];
  const findings: RawFinding[] = [];
  for (const section of SECTIONS) {
    if (section.kind !== 'prose') continue;
    const entry = root.byKey.get(section.key);
    if (!entry || entry.value.kind !== 'scalar') continue;
    const text = paragraphs(entry.value).join('');
    if (text.length > 0 && !NOTHING_RE.test(text)) continue;
    const said = text.length ? `只写了「${text}」` : '是空的';
    findings.push({
      start: entry.keyStart,
      end: entry.keyEnd,
      code: 'empty-section',
      message: `第${printedLabel(section).replace('、', '部分「')}」${said}。${section.description}`,
    });
  }
  return findings;
}
