import { isValidDate } from '../scalars';

describe('isValidDate', () => {
  it('takes real calendar days only: month lengths, leap years by the Gregorian rules', () => {
    expect(['2017-01-31', '2017-04-30', '2016-02-29', '2000-02-29', '2017-12-31', '0100-01-01'].map(isValidDate)).toEqual([true, true, true, true, true, true]);
    expect(['2017-04-31', '2017-02-29', '1900-02-29', '2017-13-01', '2017-00-10', '2017-01-00', '2017-1-01', '0099-12-31', '2017-01-01 '].map(isValidDate)).toEqual([
      false, false, false, false, false, false, false, false, false,
    ]);
  });

  it('agrees with a Date-based check on every day of the years 1899 to 2101 and beyond their month ends', () => {
    const byDate = (y: number, m: number, d: number) => {
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    };
    let disagreements = 0;
    for (let y = 1899; y <= 2101; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 32; d++) {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          if (isValidDate(text) !== byDate(y, m, d)) disagreements += 1;
        }
      }
    }
    expect(disagreements).toBe(0);
  });
});
