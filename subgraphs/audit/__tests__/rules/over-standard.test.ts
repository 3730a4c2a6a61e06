import { overStandard } from '../../src/rules/over-standard';
import { payment, references } from './fixtures';

describe('OVER_STANDARD v1', () => {
  it('flags payments above the standard and questions only the excess', async () => {
    const alerts = await overStandard.start(references()).consume([
      payment({ id: 'P-at-standard', amount: 26_000 }),
      payment({ id: 'P-over', amount: 78_000 }),
      payment({ id: 'P-reversal', amount: 78_000, status: 'REVERSAL' }),
      payment({ id: 'P-farmland', programCode: 'FARMLAND', standardAmount: 150_000, amount: 149_999 }),
    ]);
    expect(alerts).toEqual([
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
});
