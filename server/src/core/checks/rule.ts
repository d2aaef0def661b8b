// What every check declares about itself, beside its function (as
// markdownlint's rules do): the registry (registry.ts) lists these, and the
// check codes, default severities, the `xxgk.severity` setting, `xxgk rules`,
// suppression and fix-all all read them from there.
import type { Severity } from '../findings';

export interface CheckRule {
  /** The stable code, e.g. 'row-total': users suppress and configure it by name. */
  code: string;
  /** The default severity; `xxgk.severity` overrides it. */
  severity: Severity;
  /** One line, Chinese: what the check finds. */
  description: string;
  /** Whether `# xxgk-disable…` comments can suppress it. */
  suppressible: boolean;
  /**
   * Whether its quick fixes may be applied unasked, by `source.fixAll.xxgk`
   * and fix-on-save. Only fixes that restate what the author already wrote
   * (a sum of the stated terms, `12件` as 12) are; a fix that writes a fact the
   * author never stated (a 0 into a blank, last year's figures) is offered one
   * by one. Absent means false.
   */
  fixAllSafe?: boolean;
}

/**
 * A rule with its code kept as a literal type, so that the registry can
 * derive the `CheckCode` union from its list. Declare every rule through it.
 */
export function defineRule<const Code extends string>(rule: CheckRule & { code: Code }): CheckRule & { code: Code } {
  return rule;
}
