// The whole report: metadata keys and the six sections, in official order.
import { table2 } from './table2';
import { table3 } from './table3';
import { table4 } from './table4';
import { FormatNode } from './types';

function prose(key: string, id: string, numbering: string, article: string, description: string): FormatNode {
  return { key, id, kind: 'prose', numbering, article, description, required: true };
}

export const SECTIONS: readonly FormatNode[] = [
  prose(
    '总体情况',
    'overview',
    '一、',
    '第五十条',
    '概述本年度贯彻落实条例的情况：主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等；各级人民政府还应报告工作考核、社会评议和责任追究结果情况（第五十条第（四）项）。',
  ),
  table2,
  table3,
  table4,
  prose(
    '存在的主要问题及改进情况',
    'problems',
    '五、',
    '第五十条第（四）项',
    '本年度工作存在的主要问题，上年度问题的整改情况，以及本年度问题的改进措施。',
  ),
  prose(
    '其他需要报告的事项',
    'otherMatters',
    '六、',
    '第五十条第（五）项',
    '自2021年度起须报告依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费的情况：发出收费通知的件数和总金额、实际收取的总金额，没有收费也应说明；以及其他需要报告的事项。',
  ),
];

const METADATA: readonly FormatNode[] = [
  { key: '机关', id: 'agency', kind: 'text', description: '发布报告的行政机关全称。', required: true },
  {
    key: '年度',
    id: 'year',
    kind: 'year',
    description: '报告所属年度（报告的是哪一年的工作）。',
    article: '第四十九条',
    required: true,
  },
  {
    key: '格式',
    id: 'format',
    kind: 'format',
    description: '报告格式版本：2021 即国办公开办函〔2021〕30号格式，适用于2021年度及以后的报告。',
    required: false,
  },
  {
    key: '标题',
    id: 'title',
    kind: 'text',
    description: '报告标题；省略时为“{机关}{年度}年政府信息公开工作年度报告”。',
    required: false,
  },
  { key: '前言', id: 'preamble', kind: 'prose', description: '第一部分之前的引言，每行一段。', required: false },
  {
    key: '上年报告',
    id: 'previousReport',
    kind: 'text',
    description:
      '上一年度报告文件的相对路径（相对于本文件所在文件夹），如 2023-某局.xxgk.yaml。用于核对上年结转和现行有效件数；省略时按机关和年度自动查找。',
    required: false,
  },
];

const SIGNATURE: FormatNode = {
  key: '落款',
  id: 'signature',
  kind: 'group',
  description: '报告末尾的落款：机关名称和日期。',
  required: false,
  children: [
    { key: '机关', id: 'agency', kind: 'text', description: '落款机关名称。', required: false },
    { key: '日期', id: 'date', kind: 'date', description: '落款日期，如 2024-01-20。', required: false },
  ],
};

export const REPORT: FormatNode = {
  key: '',
  id: 'report',
  kind: 'group',
  description: '政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）。',
  required: true,
  children: [...METADATA, ...SECTIONS, SIGNATURE],
};
