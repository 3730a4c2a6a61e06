import { acceptDueDate, beijingDate, deadline, isPastDue, replyDueDate } from '../src/workflow/deadlines';

describe('complaint deadlines', () => {
  it('counts 15 calendar days to accept', () => {
    // 2017-03-01 + 15 = 2017-03-16, a Thursday.
    expect(acceptDueDate('2017-03-01')).toBe('2017-03-16');
  });

  it('moves a deadline that ends on a weekend to the Monday', () => {
    // 2017-03-03 + 15 = 2017-03-18, a Saturday.
    expect(acceptDueDate('2017-03-03')).toBe('2017-03-20');
  });

  it('moves a deadline that ends in the National Day holiday past it', () => {
    // 2017-09-16 + 15 = 2017-10-01: the holiday runs to 10-08, a Sunday worked in exchange.
    expect(acceptDueDate('2017-09-16')).toBe('2017-10-09');
    expect(deadline('2017-09-20', 15)).toBe('2017-10-09');
  });

  it('keeps a deadline on a weekend day that is worked in exchange', () => {
    // 2017-09-15 + 15 = 2017-09-30, a Saturday worked before the National Day holiday.
    expect(acceptDueDate('2017-09-15')).toBe('2017-09-30');
  });

  it('adds the extension to the 60 reply days', () => {
    expect(replyDueDate('2017-03-01', 0)).toBe('2017-05-02'); // 04-30 is a Sunday, 05-01 Labour Day
    expect(replyDueDate('2017-03-01', 30)).toBe('2017-05-31'); // 05-30 is the last day of the Dragon Boat holiday
  });

  it('counts days in Beijing time', () => {
    expect(beijingDate(new Date('2017-03-01T15:59:59.999Z'))).toBe('2017-03-01');
    expect(beijingDate(new Date('2017-03-01T16:00:00.000Z'))).toBe('2017-03-02');
  });

  it('is past due only after the last day', () => {
    expect(isPastDue('2017-03-16', '2017-03-16')).toBe(false);
    expect(isPastDue('2017-03-16', '2017-03-17')).toBe(true);
    expect(isPastDue(null, '2030-01-01')).toBe(false);
  });
});
