// Table 三: 收到和处理政府信息公开申请情况. Every row is a mapping over the
// same seven columns; 总计 is optional everywhere and checked when given.
import { FormatNode, group, tableRow } from './types';

const T = { table: 'table3' as const };

function column(key: string, id: string, description: string, required = true): FormatNode {
  return { key, id, kind: 'count', description, required, ...T };
}

export const TABLE3_COLUMNS: readonly FormatNode[] = [
  column('自然人', 'person', '申请人为自然人（公民个人）的申请件数。'),
  column('商业企业', 'business', '法人或其他组织中，申请人为商业企业的申请件数。'),
  column('科研机构', 'research', '法人或其他组织中，申请人为科研机构的申请件数。'),
  column('社会公益组织', 'nonprofit', '法人或其他组织中，申请人为社会公益组织的申请件数。'),
  column('法律服务机构', 'legalService', '法人或其他组织中，申请人为律师事务所等法律服务机构的申请件数。'),
  column('其他', 'otherOrg', '法人或其他组织中，不属于前四类的其他组织的申请件数。'),
  column('总计', 'total', '本行六类申请人之和（可省略；省略时自动计算，填写时核对）。', false),
];

/** Header labels of table 三 that are not keys: printed as the official table prints them. */
export const TABLE3_HEADERS = {
  /** The top-left cell (3×3), stating the table's 勾稽关系. */
  balanceNote: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  applicants: '申请人情况',
  organizations: '法人或其他组织',
} as const;

/** The six applicant columns, without 总计. */
export const TABLE3_APPLICANT_COLUMNS = TABLE3_COLUMNS.slice(0, 6);

function row(
  key: string,
  id: string,
  article: string,
  description: string,
  extra: Partial<FormatNode> = {},
): FormatNode {
  return tableRow(key, id, description, TABLE3_COLUMNS, { article, ...T, ...extra });
}

function numbered(rows: FormatNode[]): FormatNode[] {
  return rows.map((r, i) => ({ ...r, numbering: `${i + 1}.` }));
}

const withheld = numbered([
  row('属于国家秘密', 'stateSecret', '第十四条', '依法确定为国家秘密的政府信息，不予公开。'),
  row(
    '其他法律行政法规禁止公开',
    'lawProhibits',
    '第十四条',
    '法律、行政法规禁止公开的政府信息（地方性法规、规章不算）。',
  ),
  row(
    '危及“三安全一稳定”',
    'securityStability',
    '第十四条',
    '公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息。',
  ),
  row(
    '保护第三方合法权益',
    'thirdParty',
    '第十五条、第三十二条',
    '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害的；第三方同意公开或不公开会对公共利益造成重大影响的，予以公开。',
  ),
  row('属于三类内部事务信息', 'internalAffairs', '第十六条第一款', '人事管理、后勤管理、内部工作流程等内部事务信息。'),
  row('属于四类过程性信息', 'processInfo', '第十六条第二款', '讨论记录、过程稿、磋商信函、请示报告等过程性信息。'),
  row(
    '属于行政执法案卷',
    'enforcementFile',
    '第十六条第二款',
    '行政执法案卷信息；法律、法规、规章规定应当公开的除外。',
  ),
  row(
    '属于行政查询事项',
    'adminQuery',
    '第三十六条第（七）项',
    '法律、行政法规对信息的获取有专门规定的（如工商、不动产登记资料查询），告知申请人按规定办理。',
  ),
]);

const unavailable = numbered([
  row(
    '本机关不掌握相关政府信息',
    'notHeld',
    '第三十六条第（四）、（五）项',
    '经检索没有所申请的信息，或者不属于本机关负责公开（能够确定负责机关的，告知其名称）。',
  ),
  row(
    '没有现成信息需要另行制作',
    'needsCreation',
    '第三十八条',
    '行政机关只提供已制作或获取的政府信息，不需要对现有信息加工、分析后另行制作。',
  ),
  row('补正后申请内容仍不明确', 'stillUnclear', '第二十九条、第三十条', '已告知申请人补正，补正后申请内容仍不明确。'),
]);

const notProcessed = numbered([
  row(
    '信访举报投诉类申请',
    'petition',
    '第三十九条第一款',
    '以政府信息公开申请形式进行信访、投诉、举报等活动，告知通过相应渠道提出。',
  ),
  row('重复申请', 'repeat', '第三十六条第（六）项', '申请人重复申请已答复过的相同政府信息。'),
  row(
    '要求提供公开出版物',
    'publication',
    '第三十九条第二款',
    '要求提供政府公报、报刊、书籍等公开出版物，告知获取途径。',
  ),
  row('无正当理由大量反复申请', 'excessive', '第三十五条', '申请数量、频次明显超过合理范围且无正当理由。'),
  row(
    '要求行政机关确认或重新出具已获取信息',
    'reconfirm',
    '第二条、第三十八条',
    '要求确认或重新出具申请人已获取的信息，不属于政府信息公开申请。',
  ),
]);

const otherHandling = numbered([
  row(
    '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    'noCorrection',
    '第三十条',
    '申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理。',
  ),
  row(
    '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    'feeUnpaid',
    '第四十二条；国办函〔2020〕109号',
    '申请人逾期未按收费通知缴纳信息处理费，视为放弃申请，行政机关不再处理。',
  ),
  row('其他', 'other', '—', '其他办结情形，例如申请人撤回申请。'),
]);

function resultGroup(
  key: string,
  id: string,
  numbering: string,
  description: string,
  children: FormatNode[],
): FormatNode {
  return group(key, id, description, children, { numbering, ...T });
}

/** The six result categories （一）…（六） under 本年度办理结果, in order. */
export const RESULT_CATEGORIES: readonly FormatNode[] = [
  row(
    '予以公开',
    'granted',
    '第三十六条第（一）、（二）项；第四十条',
    '已提供所申请的信息，或告知申请人已公开信息的获取方式和途径。',
    { numbering: '（一）' },
  ),
  row(
    '部分公开',
    'partlyGranted',
    '第三十七条',
    '可公开部分与不可公开部分能够区分处理的，提供可公开部分并说明其余部分的理由。',
    {
      numbering: '（二）',
      printed: '部分公开（区分处理的，只计这一情形，不计其他情形）',
      howToCount: '区分处理的，只计这一情形，不计其他情形：不再在“不予公开”的任何理由下重复计数。',
    },
  ),
  resultGroup('不予公开', 'withheld', '（三）', '依法不予公开的申请，按理由分八类计数。', withheld),
  resultGroup('无法提供', 'unavailable', '（四）', '客观上无法提供的申请，按原因分三类计数。', unavailable),
  resultGroup('不予处理', 'notProcessed', '（五）', '不作为政府信息公开申请处理的，按原因分五类计数。', notProcessed),
  resultGroup('其他处理', 'otherHandling', '（六）', '其他办结方式，分三类计数。', otherHandling),
];

const outcomesTotal = row(
  '总计',
  'total',
  '—',
  '本年度办理结果（一）至（六）各项之和：本年办结的每件申请恰好计一次。',
  {
    numbering: '（七）',
    required: false,
    howToCount: '可省略；省略时自动计算，填写时按列核对。',
  },
);

export const table3: FormatNode = group(
  '收到和处理政府信息公开申请情况',
  'requests',
  '第三部分：收到和处理政府信息公开申请情况统计表。勾稽关系：每一列中，第一项加第二项之和，等于第三项加第四项之和。',
  [
    row('本年新收政府信息公开申请数量', 'received', '第二十七条', '本年度收到的政府信息公开申请件数。', {
      numbering: '一、',
    }),
    row('上年结转政府信息公开申请数量', 'carriedIn', '第三十三条', '上年收到、答复期限跨入本年的申请件数。', {
      numbering: '二、',
      howToCount: '应与上年度报告的“结转下年度继续办理”一致。',
    }),
    group(
      '本年度办理结果',
      'outcomes',
      '本年度办结的申请，按办理结果分类计数；（七）总计为（一）至（六）之和。',
      [...RESULT_CATEGORIES, outcomesTotal],
      {
        numbering: '三、',
        ...T,
      },
    ),
    row('结转下年度继续办理', 'carriedOut', '第三十三条', '截至12月31日尚未办结、答复期限跨入下一年度的申请件数。', {
      numbering: '四、',
    }),
  ],
  { numbering: '三、', article: '第五十条第（二）项', ...T },
);
