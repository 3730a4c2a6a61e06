import { workingCalendar } from '../working-days';

describe('the working-day calendar', () => {
  const calendar = workingCalendar();

  it('rests on the Spring Festival holiday and works the exchanged Sunday', () => {
    expect(calendar.isWorkingDay('2017-01-27')).toBe(false);
    expect(calendar.isWorkingDay('2017-01-22')).toBe(true);
    expect(calendar.isWorkingDay('2017-01-21')).toBe(false);
    expect(calendar.isWorkingDay('2017-01-23')).toBe(true);
  });

  it('counts 20 working days after March 2017 across the Qingming holiday', () => {
    // Sat 1 April is worked in exchange, 2-4 April are Qingming, 29 April-1 May Labour Day:
    // April holds 19 working days, so the 20th is Tuesday 2 May.
    expect(calendar.addWorkingDays('2017-03-31', 20)).toBe('2017-05-02');
  });

  it('counts the working days between two dates, excluding the first', () => {
    expect(calendar.workingDaysBetween('2017-09-29', '2017-10-09')).toBe(2);
    expect(calendar.workingDaysBetween('2017-10-09', '2017-10-09')).toBe(0);
  });
});
