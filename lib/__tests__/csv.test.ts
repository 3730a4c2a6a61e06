import { CsvReader, csvField, parseCsvText, readCsvHeader, widthProblem, type CsvRecord } from '../csv';

/** The records of `text`, or the message of its syntax error. */
function outcome(read: () => CsvRecord[]): CsvRecord[] | string {
  try {
    return read();
  } catch (err) {
    return (err as Error).message;
  }
}

/** `text` read by CsvReader in chunks ending at `cuts`. */
function inChunks(text: string, cuts: number[]): CsvRecord[] {
  const reader = new CsvReader();
  const records: CsvRecord[] = [];
  let from = 0;
  for (const cut of cuts) {
    records.push(...reader.push(text.slice(from, cut)));
    from = cut;
  }
  records.push(...reader.end(text.slice(from)));
  return records;
}

/**
 * What parseCsvText reads from `text` (records or error message), after checking that a stream
 * of it reads the same wherever its chunks end: cut in two at every position, and one character
 * at a time (then a record's text waits for as much more before it is read again).
 */
function read(text: string): CsvRecord[] | string {
  const whole = outcome(() => parseCsvText(text));
  for (let cut = 0; cut <= text.length; cut++) expect([cut, outcome(() => inChunks(text, [cut]))]).toEqual([cut, whole]);
  expect(outcome(() => inChunks(text, Array.from({ length: text.length }, (_, i) => i + 1)))).toEqual(whole);
  return whole;
}

describe('CSV reading (parseCsvText, and CsvReader chunk by chunk)', () => {
  it('reads quoted fields with commas, quotes and line breaks, CRLF, a BOM and blank lines, with the line each record starts on', () => {
    expect(read('\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n\r\n2,"two\nlines",\n3,,last')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x, y', 'say "hi"'] },
      { line: 4, fields: ['2', 'two\nlines', ''] },
      { line: 6, fields: ['3', '', 'last'] },
    ]);
    expect(read('"""",""""""\r"a""\r\n""b"\n\n\n"\r\n"')).toEqual([
      { line: 1, fields: ['"', '""'] },
      { line: 2, fields: ['a"\r\n"b'] },
      { line: 6, fields: ['\r\n'] },
    ]);
  });

  it('reads an empty text as no records, and a last line with or without its line break alike', () => {
    expect(read('')).toEqual([]);
    expect(read('\uFEFF')).toEqual([]);
    expect(read('a,b\n')).toEqual([{ line: 1, fields: ['a', 'b'] }]);
    expect(read('a,b')).toEqual([{ line: 1, fields: ['a', 'b'] }]);
    expect(read('a,')).toEqual([{ line: 1, fields: ['a', ''] }]);
    expect(read('a,""\r\n"",b\r')).toEqual([
      { line: 1, fields: ['a', ''] },
      { line: 2, fields: ['', 'b'] },
    ]);
  });

  it('names the line of an unclosed quote, text after a closing quote, and a quote inside an unquoted field', () => {
    expect(read('a\n"open\nmore')).toBe('line 2: a quoted field is not closed');
    expect(read('a\n"open')).toBe('line 2: a quoted field is not closed');
    expect(read('a\n\n"x"y')).toBe('line 3: text after a closing quote');
    expect(read('a\n"x"y')).toBe('line 2: text after a closing quote');
    expect(read('a\n"two\nlines" ,b')).toBe('line 3: text after a closing quote');
    expect(read('a\nx"y')).toBe('line 2: a quote in the middle of an unquoted field');
    // The first error of the text, whatever follows it.
    expect(read('a\r\nx"y\n"open')).toBe('line 2: a quote in the middle of an unquoted field');
  });

  it('reads a record that spans many chunks (a long quoted field) as one', () => {
    const long = `say ""${'村'.repeat(5000)}"",\n`.repeat(20);
    const text = `h\n"${long}"\nlast\n`;
    const records = [
      { line: 1, fields: ['h'] },
      { line: 2, fields: [long.replace(/""/g, '"')] },
      { line: 23, fields: ['last'] },
    ];
    expect(parseCsvText(text)).toEqual(records);
    expect(inChunks(text, Array.from({ length: Math.floor(text.length / 7) }, (_, i) => 7 * (i + 1)))).toEqual(records);
  });

  it('names a record whose field count is not the header’s', () => {
    expect(widthProblem(['a', 'b'], 2)).toBeNull();
    expect(widthProblem(['1', '2'], 8)).toBe('has 2 fields; the header has 8');
  });

  it('writes a field back as parseCsvText reads it', () => {
    const values = ['plain', 'a,b', 'say "hi"', 'two\nlines', '', '记-1'];
    expect(values.map(csvField)).toEqual(['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '', '记-1']);
    expect(parseCsvText(values.map(csvField).join(','))).toEqual([{ line: 1, fields: values }]);
  });
});

describe('the header check of every CSV import (readCsvHeader)', () => {
  const required = ['regionCode', 'period', 'amount'];
  const optional = ['voucherNo', 'reversalOf'];
  const expected = 'The header (first line) of a ledger CSV must name the columns regionCode,period,amount,voucherNo,reversalOf (the last 2 optional); ';
  const check = (header: string) => readCsvHeader('ledger', header.split(','), required, optional);

  it('gives the columns trimmed, in the header’s order, optional ones where it names them', () => {
    expect(check(' amount ,regionCode,reversalOf,period')).toEqual({ columns: ['amount', 'regionCode', 'reversalOf', 'period'] });
  });

  it('names every missing, unknown and twice-named column after the columns expected', () => {
    expect(check('regionCode,amount')).toEqual({ problem: `${expected}missing column(s): period` });
    expect(check('regionCode,period,amount,memo,colour')).toEqual({ problem: `${expected}unknown column(s): memo, colour` });
    expect(check('regionCode,period,amount,period')).toEqual({ problem: `${expected}column(s) named twice: period` });
    expect(check('regionCode,memo,memo,regionCode,regionCode')).toEqual({
      problem: `${expected}missing column(s): period, amount; unknown column(s): memo; column(s) named twice: memo, regionCode`,
    });
  });

  it('shows an empty column name (a header ending in a comma) as ""', () => {
    expect(check('regionCode,period,amount,')).toEqual({ problem: `${expected}unknown column(s): ""` });
  });
});
