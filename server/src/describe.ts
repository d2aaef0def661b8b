// The Chinese explanation of a statutory key, in Markdown, shared by hover and
// completion: its official label and place, the article of the 条例, what it
// is, how to count it, and what it holds (the model's fields; their
// background: docs/statute.md).
import { FormatNode, nodeAt, nodesAlong, printedLabel, SECTIONS, TABLE2_HEADERS, TABLE_NAMES } from './core/model';

const LAW = '《中华人民共和国政府信息公开条例》';
/** The five kinds of 法人或其他组织 in table 三's columns. */
const ORG_COLUMNS = new Set(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);

export function isSection(node: FormatNode): boolean {
  return SECTIONS.includes(node);
}

/**
 * Where a key stands, as the official table names it: '表三 ·（三）不予公开 ·
 * 1.属于国家秘密'. Like the engine's placeOf, but 三、本年度办理结果 is left out
 * above its items, whose numbering （一）…（七） already says where they are.
 */
function placeLabel(path: readonly string[]): string {
  const chain = nodesAlong(path);
  const parts: string[] = [];
  chain.forEach((node, i) => {
    if (isSection(node)) parts.push(node.table ? TABLE_NAMES[node.table] : printedLabel(node));
    else if (node.key === '本年度办理结果' && node.table === 'table3' && i < chain.length - 1) return;
    else parts.push(printedLabel(node));
  });
  if (chain.length < path.length) parts.push(...path.slice(chain.length));
  return parts.reduce((acc, part) => (acc ? `${acc}${part.startsWith('（') ? ' ·' : ' · '}${part}` : part), '');
}

/** The heading of a key: a section by its numbered title (and table), anything else by its place. */
export function titleOf(path: readonly string[], node: FormatNode): string {
  if (path.length === 1 && isSection(node))
    return `${printedLabel(node)}${node.table ? `（${TABLE_NAMES[node.table]}）` : ''}`;
  return placeLabel(path);
}

/** The column header a table-二 value stands under. */
export function table2Column(path: readonly string[], node: FormatNode): string | undefined {
  if (node.table !== 'table2') return undefined;
  if (path.length === 4) return node.key; // 规章 › 本年制发件数
  return TABLE2_HEADERS[path[1] ?? '']?.[1];
}

function childList(node: FormatNode): string {
  return (node.children ?? []).map((c) => `${printedLabel(c)}${c.required ? '' : '（可省略）'}`).join('、');
}

function valueHint(path: readonly string[], node: FormatNode): string | undefined {
  switch (node.kind) {
    case 'prose':
      return '填写：块文本（`|`），每行一段；空行不计。';
    case 'count':
      return '填写：非负整数（如 `0`、`12`）；没有发生填 `0`，不要留空，也不要写“件”等单位。';
    case 'amount':
      return undefined; // howToCount says it
    case 'year':
      return '填写：四位年份，如 `2023`。';
    case 'row':
      if (node.table === 'table2') return `各列：${childList(node)}。`;
      return `各列：${childList(node)}。写成一行：\`{${(node.children ?? [])
        .filter((c) => c.required)
        .map((c) => `${c.key}: 0`)
        .join(', ')}}\`。`;
    case 'group':
      if (path.length === 1 && isSection(node)) return `本部分应包含：${childList(node)}。`;
      return `包含：${childList(node)}。`;
    default:
      return undefined;
  }
}

/** Markdown for a statutory key at a path. */
export function describeKey(path: readonly string[], node: FormatNode): string {
  const parts: string[] = [`**${titleOf(path, node)}**`];
  const parentNode = path.length > 1 ? nodeAt(path.slice(0, -1)) : undefined;
  if (node.table === 'table3' && parentNode?.kind === 'row' && ORG_COLUMNS.has(node.key)) {
    parts.push(`列：法人或其他组织 › ${node.key}`);
  } else if (node.key === '其他' && parentNode?.key === '其他处理') {
    parts.push('行：（六）其他处理 › 3.其他（不是“法人或其他组织 › 其他”那一列）');
  }
  if (path.length === 1 && isSection(node) && node.kind === 'prose') parts.push(`本部分应写明：${node.description}`);
  else parts.push(node.description);
  if (node.article && node.article !== '—') parts.push(`依据：${LAW}${node.article}`);
  if (node.howToCount) parts.push(`计数：${node.howToCount}`);
  const hint = valueHint(path, node);
  if (hint) parts.push(hint);
  if (!node.required) parts.push('此项可省略。');
  return parts.join('\n\n');
}
