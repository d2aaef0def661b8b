// fee-statement: from report year 2021 the national format (国办公开办函〔2021〕30号,
// with 国办函〔2020〕109号) has section 六 report the 信息处理费: charged, how
// much, or that none was charged. Where table 三 counts applications dropped
// because a fee notice went unpaid, section 六 must also speak of the notices.
import { RawFinding } from '../findings';
import { paragraphs } from '../values';
import { readTable3, Table3, totalOf } from '../tables';
import { YEntry, YNode } from '../yamlTree';
import { SUBSTANCE_RE } from './emptySection';
import { statedYear } from './year';
import { defineRule } from './rule';

export const feeStatementRule = defineRule({
  code: 'fee-statement',
  severity: 'warning',
  description: '2021年度起，第六部分应说明信息处理费的收取情况（收取金额，或未收取）。',
  suppressible: true,
  // The fix writes a fact the author never stated: offered one by one, never by fix-all.
  fixAllSafe: false,
});

const SECTION = '其他需要报告的事项';
export const FEE_FORMAT_FROM = 2021;
/** The sentence the quick fix inserts, for the author to edit. */
export const NO_FEE_SENTENCE = '本年度未收取信息处理费。';

/** A fee word, once titles (《政府信息公开信息处理费管理办法》) and 行政事业性收费 are taken out. */
const FEE_WORD = /处理费|收费|费用|免费/;
/** …with what happened: charged, an amount, or none. */
const FEE_FACT =
  /收取|收缴|征收|缴纳|产生|发生|发出|[0-9零一二两三四五六七八九十百千]\s*(万元|元)|(未|没有|无|不|零)[^，,。]{0,10}(收|费|产生|发生)|免费|免收/;
const NOTICE_WORD = /收费通知|缴费通知/;

/** Whether a text states the fee situation, sentence by sentence. */
export function statesFee(text: string): boolean {
  const bare = text.replace(/《[^》]*》/g, '').replace(/行政事业性收费/g, '');
  return bare.split(/[。；;！!？?\n]/).some((s) => FEE_WORD.test(s) && FEE_FACT.test(s));
}

function sectionText(entry: YEntry): string {
  return paragraphs(entry.value).join('\n');
}

/** The quick fix: the no-fee sentence as the first paragraph of section 六. */
function insertFix(entry: YEntry, source: string): RawFinding['fixes'] {
  const node = entry.value;
  if (node.kind !== 'scalar') return undefined;
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const keyLineStart = source.lastIndexOf('\n', entry.keyStart - 1) + 1;
  const keyIndent = source.slice(keyLineStart, entry.keyStart).replace(/\S.*$/, '');
  const title = `在第六部分开头写入“${NO_FEE_SENTENCE}”（请按实际情况修改）`;
  if (node.style === 'BLOCK_LITERAL' || node.style === 'BLOCK_FOLDED') {
    const header = source.indexOf('\n', node.start);
    const firstLine = header < 0 || header >= node.end ? undefined : header + 1;
    const body = firstLine === undefined ? '' : source.slice(firstLine, node.end);
    const indent = /^[ ]*/.exec(body.split(/\r?\n/).find((l) => l.trim()) ?? '')![0] || `${keyIndent}  `;
    if (firstLine === undefined) {
      const at = node.end;
      return [{ title, edits: [{ start: at, end: at, newText: `${eol}${indent}${NO_FEE_SENTENCE}` }] }];
    }
    return [{ title, edits: [{ start: firstLine, end: firstLine, newText: `${indent}${NO_FEE_SENTENCE}${eol}` }] }];
  }
  // A plain, quoted or empty value: rewritten as a block, the old text kept as the second paragraph.
  const old = node.value === null || node.value === undefined ? '' : String(node.value).trim();
  const indent = `${keyIndent}  `;
  const lines = [NO_FEE_SENTENCE, ...(old ? old.split(/\r?\n/) : [])].map((l) => `${indent}${l}`);
  const start = node.start === node.end ? entry.keyEnd + 1 : node.start;
  return [
    {
      title,
      edits: [{ start, end: node.end, newText: `${node.start === node.end ? ' ' : ''}|${eol}${lines.join(eol)}` }],
    },
  ];
}

export function feeStatementFindings(root: YNode, source: string, table3: Table3 = readTable3(root)): RawFinding[] {
  const year = statedYear(root);
  if (year === undefined || year < FEE_FORMAT_FROM || root.kind !== 'map') return [];
  const entry = root.byKey.get(SECTION);
  if (!entry || entry.value.kind !== 'scalar') return [];
  const text = sectionText(entry);
  // An empty section has its own finding (empty-section), which names the fee too.
  if (!SUBSTANCE_RE.test(text)) return [];
  const unpaidRow = table3.results.find((r) => r.path.some((k) => k.includes('收费通知')));
  const unpaid = unpaidRow ? totalOf(unpaidRow) : undefined;
  const findings: RawFinding[] = [];
  const base = { start: entry.keyStart, end: entry.keyEnd, code: 'fee-statement' as const };
  if (!statesFee(text)) {
    findings.push({
      ...base,
      message: `${year}年度的报告应在第六部分「${SECTION}」说明信息处理费的收取情况：收取了多少，或本年度未收取（国办公开办函〔2021〕30号；《政府信息公开信息处理费管理办法》国办函〔2020〕109号）。这里没有找到相关说明。`,
      fixes: unpaid !== undefined && unpaid > 0 ? undefined : insertFix(entry, source),
    });
  }
  if (unpaid !== undefined && unpaid > 0 && !NOTICE_WORD.test(text)) {
    const cell = unpaidRow!.cells.get('总计')?.entry ?? unpaidRow!.entry;
    findings.push({
      ...base,
      message: `表三有 ${unpaid} 件申请因申请人逾期未按收费通知要求缴纳费用而不再处理，第六部分「${SECTION}」应说明发出收费通知的情况（件数、金额），这里没有提到收费通知。`,
      related: cell
        ? [{ start: cell.keyStart, end: cell.value.end, message: `逾期未按收费通知要求缴纳费用 ${unpaid}` }]
        : undefined,
    });
  }
  return findings;
}
