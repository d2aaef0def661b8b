// yaml-syntax, multi-document and unsupported-yaml (tags): what the parser
// says, in Chinese, at the place it says it. Also collects block scalar spans,
// so that suppression comments are never read out of a paragraph of prose.
import { Document, isAlias, isCollection, isMap, isPair, isScalar, Node, YAMLError, YAMLMap } from 'yaml';
import { MAX_KEYS_PER_MAP, tooManyKeysMessage } from '../bounds';
import { RawFinding } from '../findings';
import { defineRule } from './rule';

// yaml-syntax and multi-document cannot be suppressed: where the file does not parse, a comment may not stand where it was meant.
export const yamlSyntaxRule = defineRule({
  code: 'yaml-syntax',
  severity: 'error',
  description: 'YAML 语法错误（如制表符缩进、重复的键）；能解析的部分照常检查',
  suppressible: false,
});

export const multiDocumentRule = defineRule({
  code: 'multi-document',
  severity: 'error',
  description: '一个文件中有多个 YAML 文档（---），第二个起不做检查',
  suppressible: false,
});

export const unsupportedYamlRule = defineRule({
  code: 'unsupported-yaml',
  severity: 'error',
  description: '用了报告不支持的 YAML 写法：标签（!!str 等），或超过 100 次的别名展开',
  suppressible: true,
});

const MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: '同一层级出现了重复的键：每一项只能填写一次。',
  TAB_AS_INDENT: '缩进不能使用制表符（Tab），请改用空格。',
  BAD_INDENT: '缩进不正确：同一层级的键应对齐，下一级比上一级多缩进两个空格。',
  MISSING_CHAR: '缺少必要的符号（如冒号、闭合的括号或引号）。',
  UNEXPECTED_TOKEN: '此处出现了意外的内容，请检查冒号、括号和缩进。',
  BLOCK_AS_IMPLICIT_KEY: '键的写法不正确：冒号前只能是一行文字。',
  MULTILINE_IMPLICIT_KEY: '键不能跨行：键和冒号必须写在同一行。',
  BAD_SCALAR_START: '值不能以这个符号开头；如确需如此，请给值加上引号。',
  BAD_DQ_ESCAPE: '双引号字符串中有无效的转义序列。',
  BAD_ALIAS: '别名（*）引用了不存在的锚点（&）。',
  BLOCK_IN_FLOW: '花括号或方括号内不能使用缩进块。',
  MULTIPLE_ANCHORS: '一个值只能有一个锚点（&）。',
  MULTIPLE_TAGS: '一个值只能有一个标签（!）。',
  KEY_OVER_1024_CHARS: '键过长（超过 1024 个字符），或缺少冒号。',
  BAD_DIRECTIVE: '无效的 YAML 指令（%）。',
  ALIAS_PROPS: '别名（*）不能带锚点或标签。',
  NON_STRING_KEY: '键必须是文字。',
  IMPOSSIBLE: 'YAML 无法解析此处。',
};

function syntaxFinding(error: YAMLError, text: string): RawFinding {
  const [start, rawEnd] = error.pos;
  if (error.code === 'MULTIPLE_DOCS') {
    const end = text.startsWith('---', start) ? start + 3 : Math.max(start, Math.min(rawEnd, start + 1));
    return {
      start,
      end,
      code: 'multi-document',
      message: '一个文件只能有一份报告：第二个 YAML 文档（---）及其后的内容不做检查。',
    };
  }
  // Keep the range on the line where the error is, never to the end of the file.
  const lineEnd = text.slice(start).search(/[\r\n]/);
  const end = Math.min(Math.max(start, rawEnd), lineEnd === -1 ? text.length : start + lineEnd);
  const message = `YAML 语法错误：${MESSAGES[error.code] ?? '此处不是有效的 YAML。'}`;
  return { start, end, code: 'yaml-syntax', message };
}

/** The tag token before a node's start, e.g. `!!str` or `!custom`. */
function tagSpan(node: Node, text: string): { start: number; end: number } {
  const nodeStart = node.range?.[0] ?? 0;
  let bang = text.lastIndexOf('!', nodeStart);
  if (bang < 0 || nodeStart - bang > 1024) return { start: nodeStart, end: nodeStart };
  // The last `!` may be inside the tag (`!!str`, `!e!x`): back up to the tag's start.
  let tokenStart = bang;
  while (tokenStart > 0 && !/[\s,[\]{}]/.test(text[tokenStart - 1]!)) tokenStart--;
  if (text[tokenStart] === '!') bang = tokenStart;
  const token = /^!(<[^>]*>|[^\s,[\]{}]*)/.exec(text.slice(bang, bang + 256));
  return { start: bang, end: bang + (token?.[0].length ?? 1) };
}

export interface SyntaxResult {
  findings: RawFinding[];
  /** Spans of block scalars (prose): comment-like lines inside them are text. */
  blockSpans: [number, number][];
}

export function syntaxFindings(doc: Document, text: string): SyntaxResult {
  // The parser may repeat one error many times at one place (e.g. once per unclosed level): report it once.
  const seen = new Set<string>();
  const findings = doc.errors
    .map((error) => syntaxFinding(error, text))
    .filter((f) => !seen.has(`${f.start}:${f.end}:${f.message}`) && !!seen.add(`${f.start}:${f.end}:${f.message}`));
  const blockSpans: [number, number][] = [];
  // An explicit stack: a hostile file may nest far deeper than the call stack allows.
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (!node || isAlias(node)) continue;
    if (isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    const yamlNode = node as Node;
    if (yamlNode.tag !== undefined && (isScalar(node) || isCollection(node))) {
      const span = tagSpan(yamlNode, text);
      findings.push({
        ...span,
        code: 'unsupported-yaml',
        message: `报告不使用 YAML 标签（${text.slice(span.start, span.end)}）：请删除标签，直接写值。`,
      });
    }
    if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && node.range) {
      blockSpans.push([node.range[0], node.range[1]]);
    }
    if (isMap(node)) findings.push(...duplicateKeyFindings(node));
    if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
  return { findings, blockSpans };
}

/**
 * DUPLICATE_KEY, in one pass per mapping: the parser's own check (its
 * uniqueKeys option) compares each key with all before it, which is quadratic
 * in the keys of a mapping. Keys are equal as the parser judges them: scalars
 * by value, other keys only by identity. Past MAX_KEYS_PER_MAP keys, one
 * finding and no more comparisons.
 */
export function duplicateKeyFindings(map: YAMLMap): RawFinding[] {
  const findings: RawFinding[] = [];
  if (map.items.length > MAX_KEYS_PER_MAP) {
    const [start, end] = (map.items[MAX_KEYS_PER_MAP]!.key as Node | null)?.range ?? map.range ?? [0, 0];
    return [{ start, end, code: 'too-large', message: tooManyKeysMessage() }];
  }
  const seen = new Set<unknown>();
  for (const pair of map.items) {
    const key = pair.key as Node | null;
    const identity = isScalar(key) ? key.value : key;
    if (!seen.has(identity)) {
      seen.add(identity);
      continue;
    }
    const start = key?.range?.[0] ?? map.range?.[0] ?? 0;
    findings.push({ start, end: start + 1, code: 'yaml-syntax', message: `YAML 语法错误：${MESSAGES.DUPLICATE_KEY}` });
  }
  return findings;
}
