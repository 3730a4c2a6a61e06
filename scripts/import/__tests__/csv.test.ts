import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsvText, type CsvRecord } from '../../../lib/csv';
import { readCsv, readCsvText } from '../csv';
import { ImportCliError } from '../errors';
import { columnsOf, LEDGER, toInput } from '../kinds';

// The CSV rules themselves are tested in lib/__tests__/csv.test.ts; these are the CLI's reads of a file.
const outcome = (run: () => unknown) => {
  try {
    return run();
  } catch (err) {
    return err;
  }
};

describe('readCsv and readCsvText', () => {
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

  it('reads a file of many chunks (streamed, or held in memory and read a slice at a time) as its text reads, characters of several bytes and quoted line breaks across chunk ends', async () => {
    const lines = ['\uFEFFregionCode,summary'];
    for (let i = 0; i < 6000; i++) lines.push(`431002001001,"第 ${i} 笔\r\n""补助"", 村委会"`);
    const text = `${lines.join('\r\n')}\r\n`;
    const records = await read(text);
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 * 64 * 1024);
    expect(records).toEqual(parseCsvText(text));
    expect(text.length).toBeGreaterThan(2 * 64 * 1024);
    expect([...readCsvText(text)]).toEqual(records);
    expect(records[6000]).toEqual({ line: 12000, fields: ['431002001001', '第 5999 笔\r\n"补助", 村委会'] });
  });

  it('refuses a syntax error as an ImportCliError naming its line', async () => {
    for (const err of [await read('a\n"x"y').catch((e: unknown) => e), outcome(() => [...readCsvText('a\n"x"y')])]) {
      expect(err).toBeInstanceOf(ImportCliError);
      expect((err as Error).message).toBe('line 2: text after a closing quote');
    }
    await expect(read('a\n"open')).rejects.toThrow('line 2: a quoted field is not closed');
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

  it('refuses a header with a required column missing, an unknown one or one named twice, naming the columns expected', () => {
    const expected =
      'The header (first line) of a ledger CSV must name the columns regionCode,period,date,direction,category,amount,summary,fundSource,counterparty,voucherNo,reversalOf (the last 4 optional); ';
    const refusal = (header: string) => {
      const err = outcome(() => columnsOf(LEDGER, header.split(',')));
      expect(err).toBeInstanceOf(ImportCliError);
      return (err as Error).message;
    };
    const all = 'regionCode,period,date,direction,category,amount,summary';
    expect(refusal('regionCode,period,date,direction,category,amount')).toBe(`${expected}missing column(s): summary`);
    expect(refusal(`${all},memo`)).toBe(`${expected}unknown column(s): memo`);
    expect(refusal(`${all},amount`)).toBe(`${expected}column(s) named twice: amount`);
    expect(refusal('regionCode,period,amount,colour,period')).toBe(
      `${expected}missing column(s): date, direction, category, summary; unknown column(s): colour; column(s) named twice: period`,
    );
  });
});
