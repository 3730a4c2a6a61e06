import { formatFen } from '../../../../lib/money';
import { paymentCandidate, type ComparisonRule } from './rule';
import { unlessReversed } from './reversals';

/**
 * OVER_STANDARD v2: a payment larger than its programme's standard amount (the most one payment
 * may be, from finance's programme catalogue) that no reversal cancelled. The finding questions
 * the excess only. A reversal is a correction, never flagged itself.
 *
 * v1 (alerts of ruleVersion 1) skipped reversals but still flagged the payment they reversed.
 */
export const overStandard: ComparisonRule = {
  name: 'OVER_STANDARD',
  version: 2,
  description: "Payments above their programme's standardAmount, unless reversed. Reads payments (with their programme) through the gateway.",
  needsOfficials: false,
  finding: {
    type: 'OVERPAYMENT',
    severity: 'MEDIUM',
    criteria: '资金发放标准以主管部门核定的保障标准为上限，超标准发放须有审批依据。',
    recommendation: '追回超标准发放部分，核查审批手续。',
  },
  start() {
    return unlessReversed((payments) =>
      payments
        .filter((p) => p.amount > p.standardAmount)
        .map((p) =>
          paymentCandidate(
            p,
            p.amount - p.standardAmount,
            `Paid ${formatFen(p.amount)} of ${p.programCode} for ${p.period}, ${formatFen(p.amount - p.standardAmount)} above the standard of ${formatFen(p.standardAmount)}`,
            [
              { name: 'programCode', value: p.programCode },
              { name: 'period', value: p.period },
              { name: 'amount', value: formatFen(p.amount) },
              { name: 'standardAmount', value: formatFen(p.standardAmount) },
            ],
          ),
        ),
    );
  },
};
