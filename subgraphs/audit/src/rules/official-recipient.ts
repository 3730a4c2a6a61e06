import { formatFen } from '../../../../lib/money';
import { paymentCandidate, type AlertCandidate, type ComparisonRule, type OfficialFact, type PaymentFact } from './rule';
import { unlessReversed } from './reversals';

/**
 * OFFICIAL_RECIPIENT v2: a means-tested payment to an official serving at the time it was
 * paid, or to a registered relative of one (the officials register of party-affairs, read
 * through the gateway before the payments), that no reversal cancelled. Non-means-tested
 * programmes (e.g. the farmland subsidy every farmer gets) are not flagged, nor is a reversal.
 *
 * Which programmes are means-tested is finance's catalogue's to say (`FundProgram.meansTested`,
 * read with each payment); it flags exactly the DIBAO, TEKUN and DISABILITY that the rule once
 * named itself. v1 (alerts of ruleVersion 1) skipped reversals but still flagged the payment
 * they reversed.
 */

interface Tie {
  readonly official: OfficialFact;
  /** null when the person holds the post; else the relation to its holder. */
  readonly relation: string | null;
}

export const officialRecipient: ComparisonRule = {
  name: 'OFFICIAL_RECIPIENT',
  version: 2,
  description:
    "Payments of means-tested programmes (finance's FundProgram.meansTested) to an official serving when paid, or to a registered relative of one, unless reversed. Reads the officials register and the payments through the gateway.",
  needsOfficials: true,
  finding: {
    type: 'CONFLICT_OF_INTEREST',
    severity: 'HIGH',
    criteria: '《农村基层干部廉洁履行职责若干规定（试行）》：不得在社会救助等工作中优亲厚友；村干部及其近亲属享受低保须备案公示。',
    recommendation: '核查享受资格，不符合条件的停发追回；移送纪检监察机关。',
  },
  start(references) {
    const ties = new Map<string, Tie[]>();
    const tie = (key: string, t: Tie) => ties.set(key, [...(ties.get(key) ?? []), t]);
    for (const official of references.officials) {
      if (official.personKey) tie(official.personKey, { official, relation: null });
      for (const relative of official.relatives) tie(relative.personKey, { official, relation: relative.relation });
    }
    return unlessReversed((payments) => {
      const alerts: AlertCandidate[] = [];
      for (const payment of payments) {
        if (payment.personKey === null || !payment.meansTested) continue;
        const serving = (ties.get(payment.personKey) ?? []).filter((t) => servedOn(t.official, payment));
        if (!serving.length) continue;
        const first = serving[0];
        const who =
          first.relation === null
            ? `to official ${first.official.id}`
            : `to a registered relative (${first.relation}) of official ${first.official.id}`;
        alerts.push(
          paymentCandidate(
            payment,
            payment.amount,
            `Paid ${formatFen(payment.amount)} of means-tested ${payment.programCode} for ${payment.period} on ${payment.paidAt} ${who}, serving since ${first.official.termStart}`,
            [
              { name: 'programCode', value: payment.programCode },
              { name: 'period', value: payment.period },
              { name: 'amount', value: formatFen(payment.amount) },
              { name: 'officialId', value: first.official.id },
              { name: 'tie', value: first.relation === null ? 'HOLDER' : `RELATIVE:${first.relation}` },
            ],
          ),
        );
      }
      return alerts;
    });
  },
};

function servedOn(official: OfficialFact, payment: PaymentFact): boolean {
  return official.termStart <= payment.paidAt && (official.termEnd === null || payment.paidAt <= official.termEnd);
}
