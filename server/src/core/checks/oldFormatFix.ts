// The old-format quick fix: table 二 and a one-row （六）其他处理 rewritten in the
// 2021 template. What maps one-to-one is carried over (本年新制作数量 →
// 本年制发件数, 处理决定数量 → 本年处理决定数量; 其他处理 → 其他处理 › 其他, as the
// importer does); every other cell is left blank, with the 2019 numbers in a
// comment for the author to work from.
import { parse } from 'yaml';
import { Fix } from '../findings';
import { TABLE3_COLUMNS } from '../model';
import type { OldLayout } from './oldFormat';

type Loose = Record<string, unknown>;

const asMap = (v: unknown): Loose => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : {});

/** A value carried over only where it is a count (an amount for 行政事业性收费); else blank. */
function carried(v: unknown, amount = false): string {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  return (amount ? /^(0|[1-9][0-9]*)(\.[0-9]{1,6})?$/ : /^(0|[1-9][0-9]*)$/).test(s) ? s : '';
}

/** '上一年项目数量 10，本年增/减 0' from an old row. */
function described(v: unknown): string {
  const m = asMap(v);
  const parts = Object.entries(m).map(([k, x]) => `${k} ${x ?? '空'}`);
  return parts.length ? parts.join('，') : String(v ?? '空');
}

/** Parses an entry's source as a one-entry mapping; undefined where it does not parse. */
function parseEntry(source: string, start: number, end: number): Loose | undefined {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  try {
    return asMap(parse(' '.repeat(start - lineStart) + source.slice(start, end), { uniqueKeys: false }));
  } catch {
    return undefined;
  }
}

function documentRow(name: string, v: unknown): string {
  const m = asMap(v);
  if ('本年制发件数' in m)
    return `${name}: {本年制发件数: ${carried(m['本年制发件数'])}, 本年废止件数: ${carried(m['本年废止件数'])}, 现行有效件数: ${carried(m['现行有效件数'])}}`;
  const note = v === undefined ? '原表没有此行' : `2019年格式：${described(v)}`;
  return `${name}: {本年制发件数: ${carried(m['本年新制作数量'])}, 本年废止件数: , 现行有效件数: } # ${note}`;
}

function decisionRow(name: string, v: unknown): string {
  if (typeof v !== 'object' || v === null) return `${name}: ${carried(v)}`;
  return `${name}: ${carried(asMap(v)['处理决定数量'])} # 2019年格式：${described(v)}`;
}

export function table2Lines(old: Loose): string[] {
  const g1 = asMap(old['第二十条第（一）项']);
  const g5 = asMap(old['第二十条第（五）项']);
  const g6 = asMap(old['第二十条第（六）项']);
  const g8 = asMap(old['第二十条第（八）项']);
  const fee = g8['行政事业性收费'];
  const lines = [
    '# 由2019年试行格式转换：能一一对应的项已填入，其余留空，原数字见注释；请按2021年格式核对填写。',
    '第二十条第（一）项:',
    `  ${documentRow('规章', g1['规章'])}`,
    `  ${documentRow('行政规范性文件', g1['行政规范性文件'] ?? g1['规范性文件'])}`,
    '第二十条第（五）项:',
    `  ${decisionRow('行政许可', g5['行政许可'])}`,
  ];
  if (g5['其他对外管理服务事项'] !== undefined)
    lines.push(
      `  # 2019年格式的“其他对外管理服务事项”（${described(g5['其他对外管理服务事项'])}）在2021年格式中没有对应项。`,
    );
  lines.push(
    '第二十条第（六）项:',
    `  ${decisionRow('行政处罚', g6['行政处罚'])}`,
    `  ${decisionRow('行政强制', g6['行政强制'])}`,
    '第二十条第（八）项:',
    typeof fee === 'object' && fee !== null
      ? `  行政事业性收费: # 2021年格式填本年收费金额（万元）；2019年格式：${described(fee)}`
      : `  行政事业性收费: ${carried(fee, true)}`,
  );
  if (old['第二十条第（九）项'] !== undefined)
    lines.push(
      `# 2019年格式的“第二十条第（九）项”（${described(asMap(old['第二十条第（九）项'])['政府集中采购'])}）在2021年格式中没有对应项。`,
    );
  return lines;
}

/** A table-三 row as a flow mapping; a blank row leaves out its optional 总计. */
function flow(cells: Loose | undefined): string {
  const columns = TABLE3_COLUMNS.filter((c) => c.required || (cells && c.key in cells)).map((c) => c.key);
  return `{${columns.map((c) => `${c}: ${cells ? carried(cells[c]) : ''}`).join(', ')}}`;
}

export function otherHandlingLines(old: Loose): string[] {
  return [
    '# 2019年格式“其他处理”为一行：其数字记入“其他”；前两项原表没有，留空待填。',
    `申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: ${flow(undefined)}`,
    `申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: ${flow(undefined)}`,
    `其他: ${flow(old)}`,
  ];
}

/** One edit per old entry: the entry rewritten in the 2021 template at its own indentation. */
export function oldFormatFix(layout: OldLayout, source: string): Fix[] | undefined {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const edits: Fix['edits'] = [];
  for (const entry of layout.entries) {
    const parsed = parseEntry(source, entry.keyStart, entry.value.end);
    if (!parsed) return undefined;
    const old = asMap(parsed[entry.key]);
    const body = entry.key === '其他处理' ? otherHandlingLines(old) : table2Lines(old);
    const lineStart = source.lastIndexOf('\n', entry.keyStart - 1) + 1;
    const indent = ' '.repeat(entry.keyStart - lineStart);
    const text = [`${entry.key}:`, ...body.map((l) => `${indent}  ${l}`)].join(eol);
    // A block mapping's span ends after its last line break: the break stays.
    let end = entry.value.end;
    while (end > entry.keyStart && /\s/.test(source[end - 1]!)) end--;
    edits.push({ start: entry.keyStart, end, newText: text.replace(/ +$/gm, '') });
  }
  return [{ title: '转换为2021年格式（能一一对应的项已填入，其余留空并加注释）', edits }];
}
