// The words that tie a number in prose to a table quantity. Each list is
// deliberately narrow: a number is read only where its own phrase names what
// it counts, so a word missing here costs a figure not compared, never a
// false alarm.
import { AppealColumn, AppealRow, Scope } from './quantities';

/** A phrase with any of these is a change, a share, an average or a fee: not a table quantity. */
export const NOT_A_STOCK =
  /分别|同比|较上年|比上年|环比|增长|增加|减少|下降|上升|提高|占|平均|人均|信息处理费|处理费|收费通知|以来/;

/** Result categories of table 三 and their rows, by the words the prose uses. */
export const RESULT_CUES: readonly { re: RegExp; key: string }[] = [
  { re: /予以公开|(?<!不)同意公开/g, key: '予以公开' },
  { re: /部分公开/g, key: '部分公开' },
  { re: /不予公开/g, key: '不予公开' },
  { re: /无法提供/g, key: '无法提供' },
  { re: /不予处理/g, key: '不予处理' },
  { re: /其他处理/g, key: '其他处理' },
  { re: /国家秘密/g, key: '属于国家秘密' },
  { re: /法律行政法规禁止公开/g, key: '其他法律行政法规禁止公开' },
  { re: /三安全一稳定/g, key: '危及“三安全一稳定”' },
  { re: /第三方合法权益/g, key: '保护第三方合法权益' },
  { re: /三类内部事务/g, key: '属于三类内部事务信息' },
  { re: /四类过程性/g, key: '属于四类过程性信息' },
  { re: /行政执法案卷/g, key: '属于行政执法案卷' },
  { re: /行政查询事项/g, key: '属于行政查询事项' },
  { re: /不掌握(相关)?(政府)?信息/g, key: '本机关不掌握相关政府信息' },
  { re: /另行制作/g, key: '没有现成信息需要另行制作' },
  { re: /补正后[^，。]{0,6}仍不明确/g, key: '补正后申请内容仍不明确' },
  { re: /信访举报投诉/g, key: '信访举报投诉类申请' },
  { re: /重复申请/g, key: '重复申请' },
  { re: /公开出版物/g, key: '要求提供公开出版物' },
  { re: /大量反复申请/g, key: '无正当理由大量反复申请' },
  { re: /确认或重新出具/g, key: '要求行政机关确认或重新出具已获取信息' },
  { re: /逾期不补正/g, key: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
];

/** Joined result words read as one sum: 予以公开及部分公开, 不予公开、无法提供. */
export const JOINER = /^(及|和|与|以及|、|或)$/;

export const CARRIED_OUT = /结转|(转入|顺延|延续|延期)[^，。；]{0,6}下一?年|下一?年度?(继续)?(办理|答复)/;
export const CARRIED_IN = /上一?年度?的?(结转|转入|遗留)|上年结转|由上一?年/;

/** Verbs over applications: 新收 is this year's alone; 收到 and 受理 may include last year's carried over. */
export const NEW_ONLY = /新收/;
export const RECEIVED = /收到|受理|接收|收悉/;
export const HANDLED = /办结|答复|办理|处理/;
/** A verb's object may only be applications (or nothing): 办理建议提案 39 件 is not read. */
export const APPLICATION_OBJECT =
  /^[共计合总各类相关了的为达有全部年度本]*([^，。；]{0,12}申请)?(总量|数量|总数)?[共计合为达]*$/;
export const TRAILING_APPLICATION = /^(的)?(政府信息)?(公开)?(申请)?$/;

export const PERSON = /自然人|公民/;
export const ORGANIZATION = /法人(或|和|及|或者)?其他组织/;

export function scopeOf(phrase: string): Scope | 'both' {
  const person = PERSON.test(phrase);
  const org = ORGANIZATION.test(phrase);
  if (person && org) return 'both';
  return person ? 'person' : org ? 'org' : 'all';
}

/** Words of table 四. */
export const APPEAL_MARKER = /复议|诉讼|起诉|应诉/;
export const APPLICATION_MARKER = /申请(?!行政复议|复议)/;
export const CASE_WORD = /案件|案/;

export function appealRowsOf(text: string): AppealRow[] {
  const rows = new Set<AppealRow>();
  if (/复议后(提起)?(行政)?(起诉|诉讼)|经复议后?(起诉|诉讼)/.test(text)) rows.add('afterReview');
  if (/直接(提起)?(行政)?(起诉|诉讼)/.test(text)) rows.add('direct');
  if (!rows.size && /诉讼|起诉|应诉/.test(text)) {
    rows.add('direct');
    rows.add('afterReview');
  }
  if (/复议/.test(text.replace(/未经复议|复议后(提起)?(行政)?(起诉|诉讼)|经复议后?(起诉|诉讼)/g, '')))
    rows.add('review');
  return (['review', 'direct', 'afterReview'] as const).filter((r) => rows.has(r));
}

export function appealColumnOf(phrase: string): AppealColumn | undefined {
  if (/维持/.test(phrase)) return '结果维持';
  if (/纠正|撤销|确认违法|责令/.test(phrase)) return '结果纠正';
  if (/其他结果/.test(phrase)) return '其他结果';
  if (/尚未审结|未审结|正在审理|审理中|尚在审理/.test(phrase)) return '尚未审结';
  return undefined;
}

/** A claim that every case was upheld. */
export const ALL_UPHELD = /(均|全部|都)[^，。；,;]{0,6}维持/g;
export const DECIDED_ONLY = /已审结|审结的|已结案|已办结/;

/** Table 二: the documents, and the decisions of 第二十条第（五）（六）项. */
export const DOCUMENT_NOUNS: readonly { re: RegExp; row: string }[] = [
  { re: /规章(?!制度)/, row: '规章' },
  { re: /规范性文件/, row: '行政规范性文件' },
];
export const DOCUMENT_VERBS: readonly { re: RegExp; column: string }[] = [
  { re: /制发|制定|出台|印发/, column: '本年制发件数' },
  { re: /废止|宣布失效/, column: '本年废止件数' },
  { re: /现行有效/, column: '现行有效件数' },
];
export const DECISION_NOUNS: readonly { re: RegExp; path: string[] }[] = [
  { re: /行政许可/, path: ['第二十条第（五）项', '行政许可'] },
  { re: /行政处罚/, path: ['第二十条第（六）项', '行政处罚'] },
  { re: /行政强制/, path: ['第二十条第（六）项', '行政强制'] },
];
export const DECISION_VERB = /作出|决定/;
/** Counts of published items about decisions, not decisions. */
export const PUBLISHED_ITEMS = /公示|公开|发布|上网|报送|归集|录入|推送|信息|受理|申请/;
export const FEE_NOUN = /行政事业性收费/;

/** 未收到…申请: no application received this year (any applicant). */
export const NONE_RECEIVED = /(未|没有)(收到)([^，。；,;]{0,16}?)(政府信息公开)?申请(?!人|书|表|材料)/g;
/** 未发生…行政复议、行政诉讼: no case. */
export const NONE_APPEALS = /(未|没有)(发生|收到|出现)([^，。；,;]{0,30}?)(行政复议|行政诉讼)/g;
/** Words that narrow a none-claim to some applicants or make it something else. */
export const NONE_NARROWED = /自然人|法人|组织|企业|公司|律师|复议|诉讼|依申请|逾期|超期|投诉|举报|信访/;
