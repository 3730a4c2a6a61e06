import { formatFen } from '../../../../lib/money';
import { paymentCandidate, type AlertCandidate, type ComparisonRule, type PaymentFact } from './rule';

/**
 * DUPLICATE_PAYMENT v1: the same person paid more than once by the same programme for the same
 * period. The first payment (by payment date, then id) is the due one; each further payment is
 * an alert, unless a reversal of the group cancelled it (a reversal cancels the latest).
 *
 * Memory stays bounded at province scale: the runner gives each period a rule run of its own,
 * and its groups are dropped once the period is finished.
 */
export const duplicatePayment: ComparisonRule = {
  name: 'DUPLICATE_PAYMENT',
  version: 1,
  description:
    'The same person paid more than once by the same programme for the same period (net of reversals). Reads payments through the gateway, one period at a time.',
  needsOfficials: false,
  finding: {
    type: 'IRREGULAR_PAYMENT',
    severity: 'MEDIUM',
    criteria: '同一保障对象同一项目同一期间的资金只能发放一次。',
    recommendation: '追回重复发放的资金，核查发放系统的重复校验。',
  },
  start() {
    const firsts = new Map<string, PaymentFact>();
    const extras = new Map<string, PaymentFact[]>();
    const reversals = new Map<string, number>();
    return {
      consume(page) {
        for (const payment of page) {
          if (payment.personKey === null) continue;
          const key = `${payment.personKey}|${payment.programCode}|${payment.period}`;
          if (payment.status === 'REVERSAL') {
            reversals.set(key, (reversals.get(key) ?? 0) + 1);
            continue;
          }
          const first = firsts.get(key);
          if (!first) {
            firsts.set(key, compact(payment));
            continue;
          }
          const group = [first, ...(extras.get(key) ?? []), compact(payment)].sort(byPaymentDate);
          firsts.set(key, group[0]);
          extras.set(key, group.slice(1));
        }
        return Promise.resolve([]);
      },
      finishPeriod() {
        const alerts: AlertCandidate[] = [];
        for (const [key, more] of extras) {
          const first = firsts.get(key) as PaymentFact;
          const kept = more.slice(0, Math.max(0, more.length - (reversals.get(key) ?? 0)));
          for (const payment of kept) {
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
        firsts.clear();
        extras.clear();
        reversals.clear();
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
