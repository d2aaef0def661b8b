// Table 四: 政府信息公开行政复议、行政诉讼情况. Three rows over the same five
// columns; 总计 is optional and checked when given.
import { FormatNode, group, tableRow } from './types';

const T = { table: 'table4' as const };

export const TABLE4_COLUMNS: readonly FormatNode[] = [
  {
    key: '结果维持',
    id: 'upheld',
    kind: 'count',
    description: '复议决定或判决维持原行政行为的件数。',
    required: true,
    ...T,
  },
  {
    key: '结果纠正',
    id: 'corrected',
    kind: 'count',
    description: '被撤销、变更、确认违法或责令履行的件数。',
    required: true,
    ...T,
  },
  {
    key: '其他结果',
    id: 'otherResult',
    kind: 'count',
    description: '驳回、终止、撤回、调解等其他结果的件数。',
    required: true,
    ...T,
  },
  { key: '尚未审结', id: 'pending', kind: 'count', description: '截至年末尚未审结的件数。', required: true, ...T },
  {
    key: '总计',
    id: 'total',
    kind: 'count',
    description: '前四项之和（可省略；省略时自动计算，填写时核对）。',
    required: false,
    ...T,
  },
];

/** The four results, without 总计. */
export const TABLE4_RESULT_COLUMNS = TABLE4_COLUMNS.slice(0, 4);

function row(key: string, id: string, description: string): FormatNode {
  return tableRow(key, id, description, TABLE4_COLUMNS, T);
}

export const table4: FormatNode = group(
  '政府信息公开行政复议、行政诉讼情况',
  'appeals',
  '第四部分：因政府信息公开工作被申请行政复议、提起行政诉讼的情况统计表。',
  [
    row('行政复议', 'review', '因政府信息公开工作被申请行政复议的件数。'),
    group(
      '行政诉讼',
      'lawsuits',
      '因政府信息公开工作被提起行政诉讼的件数，分未经复议直接起诉和复议后起诉。',
      [
        row('未经复议直接起诉', 'directSuit', '未经行政复议直接提起行政诉讼的件数。'),
        row('复议后起诉', 'suitAfterReview', '经行政复议后提起行政诉讼的件数。'),
      ],
      T,
    ),
  ],
  { numbering: '四、', article: '第五十条第（三）项', ...T },
);
