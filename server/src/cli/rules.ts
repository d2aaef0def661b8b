// `xxgk rules`: every check the engine runs, from the registry of checks, so
// users and CI can see what is checked and configure it by code.
import { RULES } from '../core/checks/registry';
import type { CheckRule } from '../core/checks/rule';
import { EXIT_OK, usageError } from './exitStatus';
import { parseFormatArgs } from './formatOption';
import type { CliCommand, CliIo } from './main';

const RULES_USAGE = `用法：xxgk rules [--format text|json]

列出 xxgk 的全部检查：检查代码、默认严重程度、能否用注释抑制、能否自动修复，
以及一行说明。检查代码可用于 # xxgk-disable 注释和 xxgk.severity 设置。
“自动修复”为“是”的检查，其快速修复会由“修复所有可自动修复的问题”
（source.fixAll.xxgk，也用于保存时自动修复）一并应用；其他快速修复只能逐个选用。

选项：
  --format text   每项检查一行，带表头（默认）
  --format json   JSON 数组：[{"code", "severity", "description", "suppressible", "fixAllSafe"}]
  -h, --help      显示本帮助
`;

export const rulesCommand: CliCommand = {
  summary: '列出全部检查及其代码、默认严重程度和说明',
  usage: RULES_USAGE,
  run: runRules,
};

/** One check as `xxgk rules --format json` prints it: every field present. */
interface RuleJson {
  code: string;
  severity: string;
  description: string;
  suppressible: boolean;
  fixAllSafe: boolean;
}

function ruleJson(rule: CheckRule): RuleJson {
  const { code, severity, description, suppressible } = rule;
  return { code, severity, description, suppressible, fixAllSafe: rule.fixAllSafe ?? false };
}

/** Columns in a terminal: CJK characters take two (the headers and 是/否 are all that need it). */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x1100 ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function formatRulesText(rules: readonly RuleJson[]): string {
  const yesNo = (value: boolean): string => (value ? '是' : '否');
  const rows = [
    ['代码', '严重程度', '可抑制', '自动修复', '说明'],
    ...rules.map((r) => [r.code, r.severity, yesNo(r.suppressible), yesNo(r.fixAllSafe), r.description]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => displayWidth(row[i]!))));
  // The description is last and not padded: no trailing blanks.
  return rows
    .map((row) => row.map((cell, i) => (i < row.length - 1 ? pad(cell, widths[i]!) : cell)).join('  ') + '\n')
    .join('');
}

async function runRules(args: string[], io: CliIo): Promise<number> {
  const parsed = parseFormatArgs(args, 'rules', RULES_USAGE, io);
  if ('exit' in parsed) return parsed.exit;
  if (parsed.positionals.length)
    return usageError(io, 'rules', `xxgk rules 不接受参数：${parsed.positionals.join(' ')}`);
  const rules = RULES.map(ruleJson);
  io.stdout(parsed.format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : formatRulesText(rules));
  return EXIT_OK;
}
