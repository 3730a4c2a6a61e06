import { badUserInput } from '../../../../lib/errors';
import { deceasedRecipient } from './deceased-recipient';
import { duplicatePayment } from './duplicate-payment';
import { officialRecipient } from './official-recipient';
import { overStandard } from './over-standard';
import type { ComparisonRule } from './rule';

/** Every rule `runComparison` accepts, by name. */
export const RULES: readonly ComparisonRule[] = [deceasedRecipient, officialRecipient, duplicatePayment, overStandard];

export function ruleNamed(name: string): ComparisonRule {
  const rule = RULES.find((r) => r.name === name);
  if (!rule) throw badUserInput(`Unknown comparison rule "${name}"; use one of ${RULES.map((r) => r.name).join(', ')}`);
  return rule;
}

/** The rule that raised an alert (its current module; the alert keeps the version that raised it). */
export function ruleOf(name: string): ComparisonRule | null {
  return RULES.find((r) => r.name === name) ?? null;
}
