// Generates the report's JSON Schema from the statutory tree, so the schema,
// hover, completion and the checks can never disagree about a label.
// `npm run schema` writes it to schemas/xxgk-report-2021.schema.json; a test
// keeps the committed file equal to what this produces.
import { FormatNode, printedLabel, REPORT, TABLE3_COLUMNS, TABLE4_COLUMNS } from './model';

const SCHEMA_ID = 'https://xxgk.github.io/schemas/xxgk-report-2021.schema.json';

type Json = Record<string, unknown>;

/** Shared value kinds; a finding's code follows from which of these failed. */
const DEFS: Record<string, Json> = {
  count: {
    title: '件数',
    description: '非负整数，只写阿拉伯数字（如 0、7、120）；留空表示空白单元格，不等于 0。',
    type: ['integer', 'null'],
    minimum: 0,
  },
  amount: {
    title: '金额（万元）',
    description: '非负数，最多 6 位小数（如 0、7730.28）；留空表示空白单元格，不等于 0。',
    type: ['number', 'null'],
    minimum: 0,
  },
  prose: { title: '正文', description: '用块标量（|）书写，每行一段。', type: 'string' },
  text: { title: '文字', type: 'string' },
  year: { title: '年度', description: '报告所属年度，四位数字，如 2023。', type: 'integer' },
  format: { title: '格式', description: '目前只有 2021 年格式。', const: 2021 },
  date: { title: '日期', type: 'string' },
};

const ROW_DEFS: Record<string, readonly FormatNode[]> = {
  table3Row: TABLE3_COLUMNS,
  table4Row: TABLE4_COLUMNS,
};

function describe(node: FormatNode): Json {
  const parts = [node.description];
  if (node.article && node.article !== '—') parts.push(`依据：《政府信息公开条例》${node.article}。`);
  if (node.howToCount) parts.push(`填报：${node.howToCount}`);
  return { title: printedLabel(node), description: parts.join('\n') };
}

function objectOf(children: readonly FormatNode[]): Json {
  return {
    type: 'object',
    properties: Object.fromEntries(children.map((c) => [c.key, schemaOf(c)])),
    required: children.filter((c) => c.required).map((c) => c.key),
    additionalProperties: false,
  };
}

function rowDefName(node: FormatNode): string | undefined {
  return Object.keys(ROW_DEFS).find((name) => ROW_DEFS[name] === node.children);
}

function schemaOf(node: FormatNode): Json {
  const doc = describe(node);
  switch (node.kind) {
    case 'group':
      return { ...doc, ...objectOf(node.children ?? []) };
    case 'row': {
      const def = rowDefName(node);
      return def ? { ...doc, $ref: `#/$defs/${def}` } : { ...doc, ...objectOf(node.children ?? []) };
    }
    default:
      return { ...doc, $ref: `#/$defs/${node.kind}` };
  }
}

export function buildSchema(): Json {
  const rowDefs = Object.fromEntries(Object.entries(ROW_DEFS).map(([name, columns]) => [name, objectOf(columns)]));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: '政府信息公开工作年度报告',
    description: `${REPORT.description}键为法定标签（不含编号），顺序不限；总计可省略，省略时自动计算。`,
    ...objectOf(REPORT.children ?? []),
    $defs: { ...DEFS, ...rowDefs },
  };
}
