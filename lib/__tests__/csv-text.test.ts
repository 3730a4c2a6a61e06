import { csvField, parseCsvText } from '../csv-text';

describe('parseCsvText', () => {
  it('reads quoted fields with commas, quotes and line breaks, CRLF, a BOM and blank lines, with the line each record starts on', () => {
    expect(parseCsvText('\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n\r\n2,"two\nlines",\n3,,last')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x, y', 'say "hi"'] },
      { line: 4, fields: ['2', 'two\nlines', ''] },
      { line: 6, fields: ['3', '', 'last'] },
    ]);
  });

  it('reads an empty text as no records, and a last line with or without its line break alike', () => {
    expect(parseCsvText('')).toEqual([]);
    expect(parseCsvText('a,b\n')).toEqual([{ line: 1, fields: ['a', 'b'] }]);
    expect(parseCsvText('a,b')).toEqual([{ line: 1, fields: ['a', 'b'] }]);
    expect(parseCsvText('a,""\r\n"",b\r')).toEqual([
      { line: 1, fields: ['a', ''] },
      { line: 2, fields: ['', 'b'] },
    ]);
  });

  it('names the line of an unclosed quote, text after a closing quote, and a quote inside an unquoted field', () => {
    expect(() => parseCsvText('a\n"open\nmore')).toThrow('line 2: a quoted field is not closed');
    expect(() => parseCsvText('a\n\n"x"y')).toThrow('line 3: text after a closing quote');
    expect(() => parseCsvText('a\nx"y')).toThrow('line 2: a quote in the middle of an unquoted field');
  });

  it('writes a field back as parseCsvText reads it', () => {
    const values = ['plain', 'a,b', 'say "hi"', 'two\nlines', '', '记-1'];
    expect(values.map(csvField)).toEqual(['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '', '记-1']);
    expect(parseCsvText(values.map(csvField).join(','))).toEqual([{ line: 1, fields: values }]);
  });
});
