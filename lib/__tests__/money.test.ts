import { formatFen, MoneyFormatError, parseYuan, toFen } from '../money';

describe('money', () => {
  it('formats fen as yuan with exactly two decimals', () => {
    expect(formatFen(123450)).toBe('1234.50');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(0)).toBe('0.00');
    expect(formatFen(-120)).toBe('-1.20');
    expect(formatFen('900719925474099100')).toBe('9007199254740991.00');
    expect(formatFen(12n)).toBe('0.12');
  });

  it('refuses fractions of a fen', () => {
    expect(() => formatFen(1.5)).toThrow(MoneyFormatError);
    expect(() => formatFen('12.5')).toThrow(MoneyFormatError);
  });

  it('parses yuan with up to two decimals into fen', () => {
    expect(parseYuan('1234.50')).toBe(123450);
    expect(parseYuan('1234.5')).toBe(123450);
    expect(parseYuan('7')).toBe(700);
    expect(parseYuan('-0.01')).toBe(-1);
  });

  it('refuses three decimals, words and empty strings', () => {
    for (const bad of ['1.234', 'abc', '', '1e3', '1,000.00', '.5']) expect(() => parseYuan(bad)).toThrow(MoneyFormatError);
  });

  it('turns driver sums into fen', () => {
    expect(toFen(null)).toBe(0);
    expect(toFen('1200')).toBe(1200);
    expect(toFen(99)).toBe(99);
  });
});
