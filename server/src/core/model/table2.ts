// Table 二: 主动公开政府信息情况, four groups named by the article item of
// 第二十条 they report on.
import { cell, FormatNode, group, tableRow } from './types';

const T = { table: 'table2' as const };

const documentColumns: readonly FormatNode[] = [
  cell('本年制发件数', 'issued', '本年度新制定、发布的件数。', T),
  cell('本年废止件数', 'repealed', '本年度宣布废止或失效的件数。', T),
  cell('现行有效件数', 'inForce', '截至本年末仍然有效的件数（历史累计）。', T),
];

function documentRow(key: string, id: string, description: string): FormatNode {
  return tableRow(key, id, description, documentColumns, T);
}

export const table2: FormatNode = group(
  '主动公开政府信息情况',
  'proactive',
  '第二部分：主动公开政府信息情况，按条例第二十条所列事项分四组填写统计表。',
  [
    group(
      '第二十条第（一）项',
      'art20item1',
      '条例第二十条第（一）项：行政法规、规章和规范性文件。',
      [
        documentRow('规章', 'rules', '本机关制定的规章。'),
        documentRow('行政规范性文件', 'normativeDocs', '本机关制定的行政规范性文件。'),
      ],
      { article: '第二十条第（一）项', ...T },
    ),
    group(
      '第二十条第（五）项',
      'art20item5',
      '条例第二十条第（五）项：办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果（2021年格式只保留行政许可一行）。',
      [
        cell('行政许可', 'licensing', '本年作出的行政许可处理决定数量。', {
          ...T,
          printed: '行政许可',
          howToCount: '填写本年处理决定数量。',
        }),
      ],
      { article: '第二十条第（五）项', ...T },
    ),
    group(
      '第二十条第（六）项',
      'art20item6',
      '条例第二十条第（六）项：实施行政处罚、行政强制的依据、条件、程序以及本机关认为具有一定社会影响的行政处罚决定。',
      [
        cell('行政处罚', 'penalties', '本年作出的行政处罚决定数量。', { ...T, howToCount: '填写本年处理决定数量。' }),
        cell('行政强制', 'enforcement', '本年作出的行政强制决定数量。', { ...T, howToCount: '填写本年处理决定数量。' }),
      ],
      { article: '第二十条第（六）项', ...T },
    ),
    group(
      '第二十条第（八）项',
      'art20item8',
      '条例第二十条第（八）项：行政事业性收费项目及其依据、标准。',
      [
        {
          key: '行政事业性收费',
          id: 'feesCollected',
          kind: 'amount',
          description: '本年行政事业性收费金额，单位：万元。',
          howToCount: '填写本年收费金额（单位：万元），最多保留6位小数（0.000001万元即1分）；没有收费填0。',
          required: true,
          ...T,
        },
      ],
      { article: '第二十条第（八）项', ...T },
    ),
  ],
  { numbering: '二、', article: '第五十条第（一）项', ...T },
);

/** Column headers of table 二, per group, as the official table prints them. */
export const TABLE2_HEADERS: Readonly<Record<string, readonly string[]>> = {
  '第二十条第（一）项': ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
  '第二十条第（五）项': ['信息内容', '本年处理决定数量'],
  '第二十条第（六）项': ['信息内容', '本年处理决定数量'],
  '第二十条第（八）项': ['信息内容', '本年收费金额（单位：万元）'],
};
