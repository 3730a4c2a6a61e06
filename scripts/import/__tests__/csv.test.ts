import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsv, type CsvRecord } from '../csv';
import { columnsOf, LEDGER, toInput } from '../kinds';

describe('readCsv', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'csv-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function read(text: string): Promise<CsvRecord[]> {
    const path = join(dir, 'f.csv');
    writeFileSync(path, text);
    const records: CsvRecord[] = [];
    for await (const record of readCsv(path)) records.push(record);
    return records;
  }

  it('reads quoted fields with commas, quotes and line breaks, CRLF, a BOM and blank lines', async () => {
    expect(await read('\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n\r\n2,"two\nlines",\n3,,last')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x, y', 'say "hi"'] },
      { line: 4, fields: ['2', 'two\nlines', ''] },
      { line: 6, fields: ['3', '', 'last'] },
    ]);
  });

  it('refuses an unclosed quote and text after a closing quote', async () => {
    await expect(read('a\n"open')).rejects.toThrow('line 2: a quoted field is not closed');
    await expect(read('a\n"x"y')).rejects.toThrow('line 2: text after a closing quote');
  });
});

describe('ledger CSV rows', () => {
  const columns = columnsOf(LEDGER, 'regionCode,period,date,direction,category,amount,summary,voucherNo'.split(','));

  it('turns a row into an input with empty optional cells left out', () => {
    expect(toInput(LEDGER, columns, ['431002001001', '2017-03', '2017-03-05', 'INCOME', 'SUBSIDY', '12.50', ' 补助 ', ''])).toEqual({
      input: { regionCode: '431002001001', period: '2017-03', date: '2017-03-05', direction: 'INCOME', category: 'SUBSIDY', amount: '12.50', summary: '补助' },
    });
  });

  it('lists every problem of a row', () => {
    expect(toInput(LEDGER, columns, ['431002001001', '2017-3', '', 'INCOME', 'GIFT', '-1', '', ''])).toEqual({
      problems: [
        'date is empty',
        'summary is empty',
        'period "2017-3" is not a month such as 2017-03',
        'amount "-1" is not a positive amount of yuan with at most two decimals, such as 1234.50',
        'category "GIFT" is not one of OPERATING, CONTRACTING, INVESTMENT, SUBSIDY, MANAGEMENT, PUBLIC_WELFARE, OTHER',
      ],
    });
    expect(toInput(LEDGER, columns, ['1', '2'])).toEqual({ problems: ['has 2 fields; the header has 8'] });
  });

  it('refuses a header without the required columns or with unknown ones', () => {
    expect(() => columnsOf(LEDGER, ['regionCode', 'period', 'amount', 'colour'])).toThrow(
      'missing column(s): date, direction, category, summary; unknown column(s): colour',
    );
  });
});
