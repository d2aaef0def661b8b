// The statutory labels the tests expect, written out once here from
// docs/report-format.md and the official template, never taken from the
// engine's model, so that a typo in the model fails the tests. Plain data with
// no imports: the protocol, e2e and VS Code suites use it too.

/** The report's six sections, by their keys, in official order. */
export const SECTIONS: readonly string[] = [
  '总体情况',
  '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议、行政诉讼情况',
  '存在的主要问题及改进情况',
  '其他需要报告的事项',
];

/** The six sections' numbered headings, as the preview, Word export and outline show them. */
export const SECTION_HEADINGS: readonly string[] = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

/** Table 三's six applicant columns (without 总计). */
export const COLUMNS: readonly string[] = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
/** Table 四's four result columns (without 总计). */
export const T4_COLUMNS: readonly string[] = ['结果维持', '结果纠正', '其他结果', '尚未审结'];

/** 不予公开: the eight reasons. */
export const WITHHELD: readonly string[] = [
  '属于国家秘密',
  '其他法律行政法规禁止公开',
  '危及“三安全一稳定”',
  '保护第三方合法权益',
  '属于三类内部事务信息',
  '属于四类过程性信息',
  '属于行政执法案卷',
  '属于行政查询事项',
];
/** 无法提供: the three reasons. */
export const UNAVAILABLE: readonly string[] = [
  '本机关不掌握相关政府信息',
  '没有现成信息需要另行制作',
  '补正后申请内容仍不明确',
];
/** 不予处理: the five reasons. */
export const NOT_PROCESSED: readonly string[] = [
  '信访举报投诉类申请',
  '重复申请',
  '要求提供公开出版物',
  '无正当理由大量反复申请',
  '要求行政机关确认或重新出具已获取信息',
];
/** 其他处理: the three rows. */
export const OTHER_HANDLING: readonly string[] = [
  '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '其他',
];

/** 本年度办理结果: the result groups and their rows, in official order ([] = the group is itself a row). */
export const RESULT_GROUPS: readonly (readonly [string, readonly string[]])[] = [
  ['予以公开', []],
  ['部分公开', []],
  ['不予公开', WITHHELD],
  ['无法提供', UNAVAILABLE],
  ['不予处理', NOT_PROCESSED],
  ['其他处理', OTHER_HANDLING],
];
