// Finding last year's report, in words:
// - previous-link (warning): the report names its previous one (the 上年报告
//   key, or `xxgk lint --previous`) and that file cannot be used: missing,
//   unreadable, not a report, too large, this very file, or not of the year
//   before. On the 上年报告 key (--previous: line 0, char 0).
// - previous-ambiguous (information): the search found more than one report of
//   the same agency and the year before; none is used. On the 年度 key.
// Returns the report the cross-year checks may use, if any.
import { RawFinding } from '../findings';
import { defineRule } from './rule';
import { PREVIOUS_KEY } from '../previous/identity';
import { ParsedPrevious, PreviousInput } from '../previous/previous';
import { YNode } from '../yamlTree';

export const previousLinkRule = defineRule({
  code: 'previous-link',
  severity: 'warning',
  description: '「上年报告」（或 --previous）指向的文件无法作为上年报告使用',
  suppressible: true,
});

export const previousAmbiguousRule = defineRule({
  code: 'previous-ambiguous',
  severity: 'information',
  description: '找到不止一份可能是上年的报告，未作跨年度核对',
  suppressible: true,
});

export interface PreviousOutcome {
  findings: RawFinding[];
  /** The report the cross-year checks compare with. */
  usable?: { report: ParsedPrevious; name: string; uri: string };
}

function keySpan(root: YNode, key: string): { start: number; end: number } {
  const entry = root.kind === 'map' ? root.byKey.get(key) : undefined;
  return entry ? { start: entry.keyStart, end: entry.keyEnd } : { start: 0, end: 0 };
}

export function previousOutcome(root: YNode, year: number | undefined, input: PreviousInput): PreviousOutcome {
  const linkAt = (via: 'link' | 'option'): { start: number; end: number } =>
    via === 'link' ? keySpan(root, PREVIOUS_KEY) : { start: 0, end: 0 };
  const source = (via: 'link' | 'option'): string => (via === 'link' ? `「${PREVIOUS_KEY}」` : '--previous');
  switch (input.kind) {
    case 'none':
      return { findings: [] };
    case 'ambiguous':
      return {
        findings: [
          {
            ...keySpan(root, '年度'),
            code: 'previous-ambiguous',
            message:
              `找到 ${input.names.length} 份可能是上年（${year === undefined ? '上一' : year - 1} 年度）的报告：` +
              `${input.names.join('、')}，无法确定用哪一份，未核对上年结转和现行有效件数。` +
              `请在报告顶层写「${PREVIOUS_KEY}: 文件的相对路径」指明。`,
          },
        ],
      };
    case 'broken':
      return {
        findings: [
          {
            ...linkAt(input.via),
            code: 'previous-link',
            message: `${source(input.via)}无法使用：${input.message}。未核对上年结转和现行有效件数。`,
          },
        ],
      };
    case 'found': {
      const { report, name, uri, via } = input;
      let problem: string | undefined;
      if (report.unfit) problem = `上年报告 ${name} ${report.unfit}`;
      else if (year !== undefined && report.identity.year !== year - 1)
        problem = `${name} 是 ${report.identity.year} 年度的报告，不是 ${year - 1} 年度（本报告的上一年度）`;
      if (!problem) return { findings: [], usable: { report, name, uri } };
      // Found by the search: nothing to say where it is unfit; the hover tells.
      if (via === 'search') return { findings: [] };
      return {
        findings: [
          {
            ...linkAt(via),
            code: 'previous-link',
            message: `${source(via)}无法使用：${problem}。未核对上年结转和现行有效件数。`,
          },
        ],
      };
    }
  }
}
