import { formatFen } from '../../../../lib/money';
import { paymentCandidate, type AlertCandidate, type ComparisonRule } from './rule';

/**
 * DECEASED_RECIPIENT v1: a payment that reached the card after the recipient's recorded date of
 * death (the deaths register imported into the audit store). A payment on the day of death is
 * not flagged: the money may have been sent before. Reversals are corrections, not payments.
 */
export const deceasedRecipient: ComparisonRule = {
  name: 'DECEASED_RECIPIENT',
  version: 1,
  description:
    'Payments that reached the card after the recipient\'s date of death in the deaths register (importDeathRegister). Reads payments through the gateway.',
  needsOfficials: false,
  finding: {
    type: 'IRREGULAR_PAYMENT',
    severity: 'HIGH',
    criteria: '《社会救助暂行办法》第十四条：最低生活保障家庭的人口状况发生变化的，应当及时告知，县级人民政府民政部门应当及时决定停发。',
    recommendation: '停发并追回死亡后发放的资金，核查发放单位的动态管理。',
  },
  start(references) {
    return {
      async consume(page) {
        const paid = page.filter((p) => p.status === 'PAID' && p.personKey !== null);
        if (!paid.length) return [];
        const deaths = await references.datesOfDeath(paid.map((p) => p.personKey as string));
        const alerts: AlertCandidate[] = [];
        for (const payment of paid) {
          const died = deaths.get(payment.personKey as string);
          if (died === undefined || payment.paidAt <= died) continue;
          alerts.push(
            paymentCandidate(
              payment,
              payment.amount,
              `Paid ${formatFen(payment.amount)} of ${payment.programCode} for ${payment.period} on ${payment.paidAt}, after the death recorded on ${died}`,
              [
                { name: 'dateOfDeath', value: died },
                { name: 'paidAt', value: payment.paidAt },
                { name: 'programCode', value: payment.programCode },
                { name: 'period', value: payment.period },
                { name: 'amount', value: formatFen(payment.amount) },
              ],
            ),
          );
        }
        return alerts;
      },
      finishPeriod: () => [],
    };
  },
};
