// What both exports print where the file says nothing itself: the default
// title and the placeholders of a section the file lacks. The HTML renderer
// and the Word export (export/docx.ts) take them from here, so both say the
// same of the same file.
import { isBlank, scalarText } from '../values';
import { entryAt, YNode } from '../yamlTree';

export const DEFAULT_TITLE = '政府信息公开工作年度报告';
export const MISSING_SECTION = '（缺少本部分）';
export const EMPTY_SECTION = '（本部分为空）';
export const NOT_PROSE = '（本部分应为文字，每行一段）';

/** A one-line text value at the top level (机关, 年度, 标题), whitespace collapsed; undefined where blank or absent. */
function topLevelText(root: YNode, key: string): string | undefined {
  const entry = entryAt(root, [key]);
  if (!entry || isBlank(entry.value)) return undefined;
  return scalarText(entry.value)?.replace(/\s+/g, ' ').trim() || undefined;
}

/** 标题, or {机关}{年度}年政府信息公开工作年度报告. */
export function reportTitle(root: YNode): string {
  const agency = topLevelText(root, '机关');
  const year = topLevelText(root, '年度');
  return topLevelText(root, '标题') ?? `${agency ?? ''}${year ? `${year}年` : ''}${DEFAULT_TITLE}`;
}
