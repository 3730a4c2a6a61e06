import { deceasedRecipient } from '../../src/rules/deceased-recipient';
import { payment, references, reversal } from './fixtures';

describe('DECEASED_RECIPIENT v2', () => {
  it('flags payments made after the recorded death, not those on or before the day, when the period is finished', async () => {
    const refs = references({ deaths: { 'key-a': '2017-03-15' } });
    const run = deceasedRecipient.start(refs);
    expect(
      await run.consume([
        payment({ id: 'P-before', paidAt: '2017-03-10' }),
        payment({ id: 'P-same-day', paidAt: '2017-03-15' }),
        payment({ id: 'P-after', paidAt: '2017-04-10', period: '2017-04' }),
        payment({ id: 'P-other-person', personKey: 'key-b', paidAt: '2017-04-10' }),
      ]),
    ).toEqual([]);
    expect(run.finishPeriod()).toEqual([
      {
        subject: { type: 'PAYMENT', id: 'P-after' },
        personKey: 'key-a',
        regionCode: '431002001001',
        fundProjectId: 'PRJ-431002-2017-DIBAO',
        questionedAmount: 18_000,
        evidence: 'Paid 180.00 of DIBAO for 2017-04 on 2017-04-10, after the death recorded on 2017-03-15',
        facts: [
          { name: 'dateOfDeath', value: '2017-03-15' },
          { name: 'paidAt', value: '2017-04-10' },
          { name: 'programCode', value: 'DIBAO' },
          { name: 'period', value: '2017-04' },
          { name: 'amount', value: '180.00' },
        ],
      },
    ]);
    expect(run.finishPeriod()).toEqual([]);
  });

  it('looks the deaths of a whole page up at once, and skips reversals and undisclosed recipients', async () => {
    const refs = references({ deaths: { 'key-a': '2017-01-01' } });
    const run = deceasedRecipient.start(refs);
    await run.consume([
      payment({ id: 'P1' }),
      payment({ id: 'P2', personKey: 'key-b' }),
      reversal(payment({ id: 'P-elsewhere' }), { id: 'P3', paidAt: '2017-03-20' }),
      payment({ id: 'P4', personKey: null }),
    ]);
    expect(run.finishPeriod().map((a) => a.subject.id)).toEqual(['P1']);
    expect(refs.lookups).toEqual([['key-a', 'key-b']]);
  });

  it('does not flag a payment that a reversal cancelled, whichever page the reversal is on', async () => {
    const deaths = { 'key-a': '2017-01-01' };
    const paid = payment({ id: 'P-reversed' });
    const cancelled = reversal(paid, { id: 'P-reversal', paidAt: '2017-03-20' });
    const standing = payment({ id: 'P-standing', paidAt: '2017-03-12' });
    for (const pages of [[[paid, standing], [cancelled]], [[cancelled], [paid, standing]], [[paid, cancelled, standing]]]) {
      const run = deceasedRecipient.start(references({ deaths }));
      for (const page of pages) expect(await run.consume(page)).toEqual([]);
      expect(run.finishPeriod().map((a) => a.subject.id)).toEqual(['P-standing']);
    }
  });
});
