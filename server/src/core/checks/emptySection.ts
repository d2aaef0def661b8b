// empty-section: a prose section that is empty or says only 无. The sections
// are required by 条例 第五十条; "无" is what inspectors flag as a non-answer.
import { RawFinding } from '../findings';
import { printedLabel, SECTIONS } from '../model';
import { BOOKMARK_RE } from '../values';
import { YNode } from '../yamlTree';
import { defineRule } from './rule';

export const emptySectionRule = defineRule({
  code: 'empty-section',
  severity: 'warning',
  description: '文字部分为空，或只写了「无」',
  suppressible: true,
});

/** Anything but blanks and the words and punctuation of "nothing" makes a section more than 无. */
export const SUBSTANCE_RE = /[^无無没有。.，,\s\u3000]/;

export function emptySectionFindings(root: YNode): RawFinding[] {
  if (root.kind !== 'map') return [];
  const findings: RawFinding[] = [];
  for (const section of SECTIONS) {
    if (section.kind !== 'prose') continue;
    const entry = root.byKey.get(section.key);
    if (!entry || entry.value.kind !== 'scalar') continue;
    // The test stops at the first real character: a long section costs nothing here.
    const value = entry.value.value === null ? '' : String(entry.value.value).replace(BOOKMARK_RE, '');
    if (SUBSTANCE_RE.test(value)) continue;
    const text = value.replace(/[\s\u3000]+/g, '');
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
