import { formatFen } from '../../../../lib/money';
import { paymentCandidate, type AlertCandidate, type ComparisonRule } from './rule';
import { unlessReversed } from './reversals';

/**
 * DECEASED_RECIPIENT v2: a payment that reached the card after the recipient's recorded date of
 * death (the deaths register imported into the audit store) and that no reversal cancelled. A
 * payment on the day of death is not flagged: the money may have been sent before. A reversal is
 * a correction, never flagged itself.
 *
 * v1 (alerts of ruleVersion 1) skipped reversals but still flagged the payment they reversed.
 */
export const deceasedRecipient: ComparisonRule = {
  name: 'DECEASED_RECIPIENT',
  version: 2,
  description:
    'Payments that reached the card after the recipient\'s date of death in the deaths register (importDeathRegister), unless reversed. Reads payments through the gateway.',
  needsOfficials: false,
  finding: {
    type: 'IRREGULAR_PAYMENT',
    severity: 'HIGH',
    criteria: '《社会救助暂行办法》第十四条：最低生活保障家庭的人口状况发生变化的，应当及时告知，县级人民政府民政部门应当及时决定停发。',
    recommendation: '停发并追回死亡后发放的资金，核查发放单位的动态管理。',
  },
  start(references) {
    return unlessReversed(async (payments) => {
      const known = payments.filter((p) => p.personKey !== null);
      if (!known.length) return [];
      const deaths = await references.datesOfDeath(known.map((p) => p.personKey as string));
      const alerts: AlertCandidate[] = [];
      for (const payment of known) {
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
    });
  },
};
