import { duplicatePayment } from '../../src/rules/duplicate-payment';
import { payment, references } from './fixtures';

describe('DUPLICATE_PAYMENT v1', () => {
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

  it('does not flag a payment that a reversal cancelled, nor payments whose recipient is undisclosed', async () => {
    const run = duplicatePayment.start(references());
    await run.consume([
      payment({ id: 'P-1' }),
      payment({ id: 'P-2', paidAt: '2017-03-20' }),
      payment({ id: 'P-2-reversal', status: 'REVERSAL', amount: -18_000, paidAt: '2017-03-25' }),
      payment({ id: 'P-x', personKey: null }),
      payment({ id: 'P-y', personKey: null }),
    ]);
    expect(run.finishPeriod()).toEqual([]);
  });

  it('flags the second and third of three payments', async () => {
    const run = duplicatePayment.start(references());
    await run.consume([payment({ id: 'P-1' }), payment({ id: 'P-2', paidAt: '2017-03-11' }), payment({ id: 'P-3', paidAt: '2017-03-12' })]);
    expect(run.finishPeriod().map((a) => [a.subject.id, a.facts[4].value])).toEqual([
      ['P-2', '3'],
      ['P-3', '3'],
    ]);
  });
});
