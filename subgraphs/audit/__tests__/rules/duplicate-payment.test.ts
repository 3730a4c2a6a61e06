import { duplicatePayment } from '../../src/rules/duplicate-payment';
import type { PaymentFact } from '../../src/rules/rule';
import { payment, references, reversal } from './fixtures';

/** Each alert as [subject, firstPaymentId, paymentsInPeriod]. */
const flagged = (alerts: ReturnType<ReturnType<typeof duplicatePayment.start>['finishPeriod']>) =>
  alerts.map((a) => [a.subject.id, a.facts[3].value, a.facts[4].value]);

async function judge(...pages: PaymentFact[][]) {
  const run = duplicatePayment.start(references());
  for (const page of pages) expect(await run.consume(page)).toEqual([]);
  return flagged(run.finishPeriod());
}

describe('DUPLICATE_PAYMENT v2', () => {
  it('flags each further payment of one person, programme and period when the period is finished', async () => {
    const run = duplicatePayment.start(references());
    // The group spans two pages, and the later-paid payment arrives first.
    expect(await run.consume([payment({ id: 'P-2', paidAt: '2017-03-20' }), payment({ id: 'P-other-programme', programCode: 'TEKUN' })])).toEqual([]);
    expect(await run.consume([payment({ id: 'P-1', paidAt: '2017-03-10' }), payment({ id: 'P-other-person', personKey: 'key-b' })])).toEqual([]);
    const alerts = run.finishPeriod();
    expect(alerts).toEqual([
      {
        subject: { type: 'PAYMENT', id: 'P-2' },
        personKey: 'key-a',
        regionCode: '431002001001',
        fundProjectId: 'PRJ-431002-2017-DIBAO',
        questionedAmount: 18_000,
        evidence: 'Paid 180.00 of DIBAO for 2017-03 on 2017-03-20, although P-1 already paid that person for that period on 2017-03-10',
        facts: [
          { name: 'programCode', value: 'DIBAO' },
          { name: 'period', value: '2017-03' },
          { name: 'amount', value: '180.00' },
          { name: 'firstPaymentId', value: 'P-1' },
          { name: 'paymentsInPeriod', value: '2' },
        ],
      },
    ]);
    // Groups are dropped with their period: the next period starts afresh.
    await run.consume([payment({ id: 'P-april', period: '2017-04', paidAt: '2017-04-10' })]);
    expect(run.finishPeriod()).toEqual([]);
  });

  it('flags the second and third of three payments', async () => {
    expect(await judge([payment({ id: 'P-1' }), payment({ id: 'P-2', paidAt: '2017-03-11' }), payment({ id: 'P-3', paidAt: '2017-03-12' })])).toEqual([
      ['P-2', 'P-1', '3'],
      ['P-3', 'P-1', '3'],
    ]);
  });

  it('does not flag payments whose recipient is undisclosed', async () => {
    expect(await judge([payment({ id: 'P-x', personKey: null }), payment({ id: 'P-y', personKey: null })])).toEqual([]);
  });

  describe('judges the payments that stand after their reversals', () => {
    const p1 = payment({ id: 'P-1', paidAt: '2017-03-10' });
    const p2 = payment({ id: 'P-2', paidAt: '2017-03-20' });
    const p3 = payment({ id: 'P-3', paidAt: '2017-03-22' });

    it('flags nothing when the duplicate was reversed, on the same page or a later one', async () => {
      const r2 = reversal(p2, { id: 'P-2-reversal', paidAt: '2017-03-25' });
      expect(await judge([p1, p2, r2])).toEqual([]);
      expect(await judge([p1, p2], [r2])).toEqual([]);
      expect(await judge([r2], [p2, p1])).toEqual([]);
    });

    it('flags nothing when the first payment was reversed and one stands', async () => {
      expect(await judge([p1, p2], [reversal(p1, { id: 'P-1-reversal', paidAt: '2017-03-21' })])).toEqual([]);
    });

    it('takes the first standing payment as the due one when the first was reversed', async () => {
      // The reversal names P-1: P-2 is the due payment and P-3 the duplicate (not P-2 against a reversed P-1).
      expect(await judge([p1, p2, p3, reversal(p1, { id: 'P-1-reversal', paidAt: '2017-03-21' })])).toEqual([['P-3', 'P-2', '2']]);
    });

    it('flags the duplicate that stands, not the one reversed, when the middle one was reversed', async () => {
      expect(await judge([p1, p2, p3], [reversal(p2, { id: 'P-2-reversal', paidAt: '2017-03-25' })])).toEqual([['P-3', 'P-1', '2']]);
    });

    it('never flags a reversal, even of a payment paid twice', async () => {
      const again = payment({ id: 'P-2-again', paidAt: '2017-03-26' });
      expect(await judge([p1, p2, reversal(p2, { id: 'P-2-reversal', paidAt: '2017-03-25' }), again])).toEqual([['P-2-again', 'P-1', '2']]);
    });
  });
});
