import { overStandard } from '../../src/rules/over-standard';
import { payment, references, reversal } from './fixtures';

describe('OVER_STANDARD v2', () => {
  it('flags payments above the standard and questions only the excess', async () => {
    const run = overStandard.start(references());
    expect(
      await run.consume([
        payment({ id: 'P-at-standard', amount: 26_000 }),
        payment({ id: 'P-over', amount: 78_000 }),
        payment({ id: 'P-farmland', programCode: 'FARMLAND', standardAmount: 150_000, amount: 149_999 }),
      ]),
    ).toEqual([]);
    expect(run.finishPeriod()).toEqual([
      {
        subject: { type: 'PAYMENT', id: 'P-over' },
        personKey: 'key-a',
        regionCode: '431002001001',
        fundProjectId: 'PRJ-431002-2017-DIBAO',
        questionedAmount: 52_000,
        evidence: 'Paid 780.00 of DIBAO for 2017-03, 520.00 above the standard of 260.00',
        facts: [
          { name: 'programCode', value: 'DIBAO' },
          { name: 'period', value: '2017-03' },
          { name: 'amount', value: '780.00' },
          { name: 'standardAmount', value: '260.00' },
        ],
      },
    ]);
  });

  it('flags neither a reversal nor the over-standard payment it cancelled', async () => {
    const run = overStandard.start(references());
    const over = payment({ id: 'P-over', amount: 78_000 });
    await run.consume([over, payment({ id: 'P-over-too', personKey: 'key-b', amount: 30_000 })]);
    await run.consume([reversal(over, { id: 'P-over-reversal', paidAt: '2017-03-21' })]);
    expect(run.finishPeriod().map((a) => [a.subject.id, a.questionedAmount])).toEqual([['P-over-too', 4_000]]);
  });
});
