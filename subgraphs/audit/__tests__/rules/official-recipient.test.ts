import { officialRecipient } from '../../src/rules/official-recipient';
import type { OfficialFact } from '../../src/rules/rule';
import { payment, references, reversal } from './fixtures';

const secretary: OfficialFact = {
  id: 'OFF-431002001001-5',
  regionCode: '431002001001',
  position: '村党支部书记',
  termStart: '2014-03-01',
  termEnd: '2017-03-31',
  personKey: 'key-official',
  relatives: [{ relation: '配偶', personKey: 'key-spouse' }],
};

describe('OFFICIAL_RECIPIENT v2', () => {
  it('flags means-tested payments to a serving official or a registered relative, and nothing else', async () => {
    const run = officialRecipient.start(references({ officials: [secretary] }));
    expect(
      await run.consume([
        payment({ id: 'P-spouse', personKey: 'key-spouse' }),
        payment({ id: 'P-official', personKey: 'key-official', programCode: 'TEKUN', standardAmount: 50_000, amount: 50_000 }),
        payment({ id: 'P-farmland', personKey: 'key-official', programCode: 'FARMLAND', standardAmount: 150_000, meansTested: false }),
        payment({ id: 'P-after-term', personKey: 'key-spouse', period: '2017-04', paidAt: '2017-04-10' }),
        payment({ id: 'P-resident', personKey: 'key-a' }),
        // The reversal of a payment of another run: the reversal itself is never flagged.
        reversal(payment({ id: 'P-elsewhere', personKey: 'key-spouse' }), { id: 'P-reversal', paidAt: '2017-03-20' }),
      ]),
    ).toEqual([]);
    const alerts = run.finishPeriod();
    expect(alerts.map((a) => [a.subject.id, a.evidence])).toEqual([
      ['P-spouse', 'Paid 180.00 of means-tested DIBAO for 2017-03 on 2017-03-10 to a registered relative (配偶) of official OFF-431002001001-5, serving since 2014-03-01'],
      ['P-official', 'Paid 500.00 of means-tested TEKUN for 2017-03 on 2017-03-10 to official OFF-431002001001-5, serving since 2014-03-01'],
    ]);
    expect(alerts[0].facts).toEqual([
      { name: 'programCode', value: 'DIBAO' },
      { name: 'period', value: '2017-03' },
      { name: 'amount', value: '180.00' },
      { name: 'officialId', value: 'OFF-431002001001-5' },
      { name: 'tie', value: 'RELATIVE:配偶' },
    ]);
    expect(alerts[1].questionedAmount).toBe(50_000);
  });

  it("goes by the catalogue's meansTested flag, not by programme codes", async () => {
    const run = officialRecipient.start(references({ officials: [secretary] }));
    await run.consume([
      payment({ id: 'P-new-allowance', personKey: 'key-official', programCode: 'ELDERLY_CARE', meansTested: true }),
      payment({ id: 'P-dibao-unflagged', personKey: 'key-official', programCode: 'DIBAO', meansTested: false }),
    ]);
    const alerts = run.finishPeriod();
    expect(alerts.map((a) => [a.subject.id, a.evidence])).toEqual([
      ['P-new-allowance', 'Paid 180.00 of means-tested ELDERLY_CARE for 2017-03 on 2017-03-10 to official OFF-431002001001-5, serving since 2014-03-01'],
    ]);
  });

  it('treats an official without a term end as serving', async () => {
    const run = officialRecipient.start(references({ officials: [{ ...secretary, termEnd: null }] }));
    await run.consume([payment({ id: 'P-2026', personKey: 'key-official', period: '2026-01', paidAt: '2026-01-10' })]);
    expect(run.finishPeriod().map((a) => a.subject.id)).toEqual(['P-2026']);
  });

  it('does not flag a payment that a reversal on a later page cancelled', async () => {
    const run = officialRecipient.start(references({ officials: [secretary] }));
    const toSpouse = payment({ id: 'P-spouse', personKey: 'key-spouse' });
    await run.consume([toSpouse, payment({ id: 'P-official', personKey: 'key-official' })]);
    await run.consume([reversal(toSpouse, { id: 'P-spouse-reversal', paidAt: '2017-03-25' })]);
    expect(run.finishPeriod().map((a) => a.subject.id)).toEqual(['P-official']);
  });
});
