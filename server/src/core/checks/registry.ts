// The one list of checks, as markdownlint's rule list. The check codes, their
// default severities, which ones a comment can suppress and which quick fixes
// fix-all may apply all come from here; so do `xxgk rules` and the
// `xxgk.severity` setting in package.json (`npm run schema` writes it). The
// README's and docs/report-format.md's tables of checks are held to it by
// test/unit/registry.test.ts.
//
// Adding a check takes one module and one line here: export
// `<name>Rule = defineRule({ code, severity, description, suppressible, fixAllSafe })`
// beside the check's function in checks/<name>.ts, and add `<name>Rule` to RULES.
// Then run `npm run schema` and add the code to both tables of checks. (The
// function itself is called where its input is: a check of one report from
// rawFindings in ../engine.ts.)
import type { Severity } from '../findings';
import { balanceRule } from './balance';
import { blankCellRule } from './blankCell';
import { carryoverRule } from './carryover';
import { emptySectionRule } from './emptySection';
import { feeStatementRule } from './feeStatement';
import { encodingRule } from './encoding';
import { invalidValueRule } from './invalidValue';
import { missingKeyRule } from './missingKey';
import { notACountRule } from './notACount';
import { oldFormatRule } from './oldFormat';
import { previousAmbiguousRule, previousLinkRule } from './previousLink';
import { proseFigureRule } from './proseFigure';
import { resultTotalRule } from './resultTotal';
import { rowTotalRule } from './rowTotal';
import { stockNegativeRule, stockRule } from './stock';
import type { CheckRule } from './rule';
import { multiDocumentRule, unsupportedYamlRule, yamlSyntaxRule } from './syntax';
import { tooLargeRule } from './tooLarge';
import { unknownKeyRule } from './unknownKey';
import { unusedSuppressionRule } from './unusedSuppression';
import { yearRule } from './year';

/** Every check, in the order the documentation lists them: the file first, then its structure, then its figures. */
export const RULES = [
  yamlSyntaxRule,
  multiDocumentRule,
  tooLargeRule,
  unsupportedYamlRule,
  unknownKeyRule,
  missingKeyRule,
  invalidValueRule,
  notACountRule,
  blankCellRule,
  rowTotalRule,
  resultTotalRule,
  balanceRule,
  yearRule,
  emptySectionRule,
  unusedSuppressionRule,
  carryoverRule,
  stockRule,
  stockNegativeRule,
  previousLinkRule,
  previousAmbiguousRule,
  proseFigureRule,
  feeStatementRule,
  oldFormatRule,
  encodingRule,
] as const;

export type CheckCode = (typeof RULES)[number]['code'];

// A rule declared without defineRule has `code: string`, which would silently
// widen CheckCode to every string: this line stops the build instead.
const codesAreLiterals: string extends CheckCode ? never : true = true;
void codesAreLiterals;

export const CHECK_CODES: readonly CheckCode[] = RULES.map((rule) => rule.code);

export const DEFAULT_SEVERITY = Object.fromEntries(RULES.map((rule) => [rule.code, rule.severity])) as Readonly<
  Record<CheckCode, Severity>
>;

const BY_CODE = new Map<string, CheckRule>(RULES.map((rule) => [rule.code, rule]));

/** The rule of a code, or undefined for a string that is no check code (e.g. from a comment or a setting). */
export function ruleOf(code: string): CheckRule | undefined {
  return BY_CODE.get(code);
}

export function isCheckCode(code: string): code is CheckCode {
  return BY_CODE.has(code);
}
