// old-format: a report written in the 2019 trial template (国办公开办函〔2019〕60号:
// table 二 with 本年新制作数量, 上一年项目数量, 本年增/减, 第二十条第（九）项…;
// （六）其他处理 as one row) for a year the 2021 template governs. One finding
// on the first old key replaces the cascade of unknown and missing keys the
// old layout causes; their places become its related information.
import { RawFinding } from '../findings';
import { TABLE3_APPLICANT_COLUMNS } from '../model';
import { REQUESTS, OUTCOMES } from '../tables';
import { entryAt, YEntry, YNode } from '../yamlTree';
import { oldFormatFix } from './oldFormatFix';
import { statedYear } from './year';
import { defineRule } from './rule';

export const oldFormatRule = defineRule({
  code: 'old-format',
  severity: 'error',
  description: '2021年度起的报告仍按2019年试行格式填写（表二的列、第二十条第（九）项、“其他处理”一行等）。',
  suppressible: true,
  // Converting the template writes cells the author never stated: offered, never by fix-all.
  fixAllSafe: false,
});

export const NEW_FORMAT_FROM = 2021;
export const PROACTIVE = '主动公开政府信息情况';
export const OTHER_HANDLING = '其他处理';

/** Labels that only the 2019 template has in table 二. */
export const OLD_TABLE2_LABELS = [
  '第二十条第（九）项',
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '上一年项目数量',
  '本年增/减',
  '处理决定数量',
  '其他对外管理服务事项',
  '政府集中采购',
  '采购项目数量',
  '采购总金额',
] as const;

/** The findings an old layout causes, folded into the one old-format finding. */
const CASCADE = new Set(['unknown-key', 'missing-key', 'not-a-count', 'invalid-value', 'blank-cell']);

export interface OldLayout {
  /** Old keys in file order: where and what. */
  keys: { start: number; end: number; label: string }[];
  /** Entries whose whole span is in the old layout (table 二, 其他处理). */
  entries: YEntry[];
}

/** The 2019-template keys of a report, if any. */
export function findOldLayout(root: YNode, source: string): OldLayout | undefined {
  const keys: OldLayout['keys'] = [];
  const entries: YEntry[] = [];
  const proactive = root.kind === 'map' ? root.byKey.get(PROACTIVE) : undefined;
  if (proactive) {
    const from = proactive.value.start;
    const span = source.slice(from, proactive.value.end);
    const label = new RegExp(`(?<=^|[{,\\s])(${OLD_TABLE2_LABELS.join('|')})(?=\\s*:)`, 'gm');
    for (const m of span.matchAll(label))
      keys.push({ start: from + m.index, end: from + m.index + m[0].length, label: m[0] });
    if (keys.length) entries.push(proactive);
  }
  const other = entryAt(root, [REQUESTS, OUTCOMES, OTHER_HANDLING]);
  const columns = new Set(TABLE3_APPLICANT_COLUMNS.map((c) => c.key).filter((k) => k !== '其他'));
  if (other?.value.kind === 'map' && other.value.entries.some((e) => columns.has(e.key))) {
    keys.push({ start: other.keyStart, end: other.keyEnd, label: '其他处理（一行）' });
    entries.push(other);
  }
  if (!keys.length) return undefined;
  keys.sort((a, b) => a.start - b.start);
  return { keys, entries };
}

/** Folds the cascade into one old-format finding where 年度 ≥ 2021; otherwise the findings stand. */
export function foldOldFormat(root: YNode, source: string, findings: RawFinding[]): RawFinding[] {
  const year = statedYear(root);
  if (year === undefined || year < NEW_FORMAT_FROM) return findings;
  const layout = findOldLayout(root, source);
  if (!layout) return findings;
  const inside = (f: RawFinding): boolean =>
    CASCADE.has(f.code) && layout.entries.some((e) => f.start >= e.keyStart && f.start < e.value.end);
  const folded = findings.filter(inside);
  const first = layout.keys[0]!;
  const what = [...new Set(layout.keys.map((k) => `“${k.label}”`))].slice(0, 6).join('、');
  const finding: RawFinding = {
    start: first.start,
    end: first.end,
    code: 'old-format',
    message:
      `本报告按2019年试行格式（国办公开办函〔2019〕60号）填写（${what}），但${year}年度的报告应使用2021年格式（国办公开办函〔2021〕30号）。` +
      `由此产生的 ${folded.length} 个结构问题已并入本条（见相关位置）；快速修复可转换能一一对应的项，其余留空并加注释。`,
    related: [
      ...layout.keys.map((k) => ({ start: k.start, end: k.end, message: `2019年格式：${k.label}` })),
      ...folded.map((f) => ({ start: f.start, end: f.end, message: `${f.code}：${f.message}` })),
    ],
    fixes: oldFormatFix(layout, source),
  };
  return [...findings.filter((f) => !inside(f)), finding];
}
