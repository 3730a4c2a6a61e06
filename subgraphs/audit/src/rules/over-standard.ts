import { formatFen } from '../../../../lib/money';
import { paymentCandidate, type ComparisonRule } from './rule';

/**
 * OVER_STANDARD v1: a payment larger than its programme's standard amount (the most one payment
 * may be, from finance's programme catalogue). The finding questions the excess only.
 */
export const overStandard: ComparisonRule = {
  name: 'OVER_STANDARD',
  version: 1,
  description: "Payments above their programme's standardAmount. Reads payments (with their programme) through the gateway.",
  needsOfficials: false,
  finding: {
    type: 'OVERPAYMENT',
    severity: 'MEDIUM',
    criteria: '资金发放标准以主管部门核定的保障标准为上限，超标准发放须有审批依据。',
    recommendation: '追回超标准发放部分，核查审批手续。',
  },
  start() {
    return {
      consume(page) {
        return Promise.resolve(
          page
            .filter((p) => p.status === 'PAID' && p.amount > p.standardAmount)
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
      finishPeriod: () => [],
    };
  },
};
