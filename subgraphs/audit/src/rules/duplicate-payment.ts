import { formatFen } from '../../../../lib/money';
import { paymentCandidate, type AlertCandidate, type ComparisonRule, type PaymentFact } from './rule';
import { PeriodReversals } from './reversals';

/**
 * DUPLICATE_PAYMENT v2: the same person paid more than once by the same programme for the same
 * period, counting only the payments that stand after their reversals. Of those, the first (by
 * payment date, then id) is the due one and each further one is an alert. A reversal cancels
 * exactly the payment its `reversalOf` names, and is never flagged itself.
 *
 * v1 (alerts of ruleVersion 1) counted a group's reversals instead, each cancelling the group's
 * latest further payment whatever payment it reversed: where a reversal named another payment
 * (the first, say), v1 flagged a payment that stands as the due one, or named a reversed payment
 * as the first.
 *
 * Memory stays bounded at province scale: the runner gives each period a rule run of its own,
 * and its groups are dropped once the period is finished.
 */
export const duplicatePayment: ComparisonRule = {
  name: 'DUPLICATE_PAYMENT',
  version: 2,
  description:
    'The same person paid more than once by the same programme for the same period, counting the payments that stand after their reversals. Reads payments through the gateway, one period at a time.',
  needsOfficials: false,
  finding: {
    type: 'IRREGULAR_PAYMENT',
    severity: 'MEDIUM',
    criteria: '同一保障对象同一项目同一期间的资金只能发放一次。',
    recommendation: '追回重复发放的资金，核查发放系统的重复校验。',
  },
  start() {
    const reversals = new PeriodReversals();
    const groups = new Map<string, PaymentFact[]>();
    return {
      consume(page) {
        for (const payment of reversals.payments(page)) {
          if (payment.personKey === null) continue;
          const key = `${payment.personKey}|${payment.programCode}|${payment.period}`;
          const group = groups.get(key);
          if (group) group.push(compact(payment));
          else groups.set(key, [compact(payment)]);
        }
        return Promise.resolve([]);
      },
      finishPeriod() {
        const alerts: AlertCandidate[] = [];
        for (const group of groups.values()) {
          if (group.length < 2) continue;
          const [first, ...more] = group.filter((p) => reversals.stands(p.id)).sort(byPaymentDate);
          for (const payment of more) {
            alerts.push(
              paymentCandidate(
                payment,
                payment.amount,
                `Paid ${formatFen(payment.amount)} of ${payment.programCode} for ${payment.period} on ${payment.paidAt}, although ${first.id} already paid that person for that period on ${first.paidAt}`,
                [
                  { name: 'programCode', value: payment.programCode },
                  { name: 'period', value: payment.period },
                  { name: 'amount', value: formatFen(payment.amount) },
                  { name: 'firstPaymentId', value: first.id },
                  { name: 'paymentsInPeriod', value: String(1 + more.length) },
                ],
              ),
            );
          }
        }
        groups.clear();
        return alerts;
      },
    };
  },
};

/** A copy that does not keep the page it came from alive. */
function compact(p: PaymentFact): PaymentFact {
  return { ...p };
}

function byPaymentDate(a: PaymentFact, b: PaymentFact): number {
  if (a.paidAt !== b.paidAt) return a.paidAt < b.paidAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
