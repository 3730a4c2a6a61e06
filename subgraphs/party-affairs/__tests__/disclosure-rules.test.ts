import { WorkingCalendar, workingCalendar } from '../../../lib/calendar/working-days';
import {
  cadenceOf,
  domainsDue,
  dueDate,
  hasPeriodEnded,
  isLate,
  isObligated,
  isPeriodOfDomain,
  lastDayOfPeriod,
  periodsBetween,
  publicationDate,
  untrackedPeriodProblem,
} from '../src/rules/disclosure-rules';

describe('disclosure rules', () => {
  describe('what is due', () => {
    it('asks a village for its finances every month and for village and party affairs every quarter', () => {
      expect(domainsDue('VILLAGE', '2017-01')).toEqual(['FINANCE']);
      expect(domainsDue('VILLAGE', '2017-02')).toEqual(['FINANCE']);
      expect(domainsDue('VILLAGE', '2017-03')).toEqual(['FINANCE', 'VILLAGE', 'PARTY']);
      expect(domainsDue('VILLAGE', '2017-12')).toEqual(['FINANCE', 'VILLAGE', 'PARTY']);
    });

    it('asks a township for government and party affairs every quarter, and nothing in between', () => {
      expect(domainsDue('TOWNSHIP', '2017-05')).toEqual([]);
      expect(domainsDue('TOWNSHIP', '2017-06')).toEqual(['GOVERNMENT', 'PARTY']);
    });

    it('adds up to 20 village obligations and 8 township obligations a year', () => {
      const year = periodsBetween('2017-01', '2017-12');
      expect(year.flatMap((p) => domainsDue('VILLAGE', p))).toHaveLength(20);
      expect(year.flatMap((p) => domainsDue('TOWNSHIP', p))).toHaveLength(8);
    });

    it('knows which levels owe which domains', () => {
      expect(isObligated('VILLAGE', 'GOVERNMENT')).toBe(false);
      expect(isObligated('TOWNSHIP', 'FINANCE')).toBe(false);
      expect(isObligated('TOWNSHIP', 'PARTY')).toBe(true);
    });

    it('names a quarterly period by the quarter’s last month only', () => {
      expect(cadenceOf('FINANCE')).toBe('MONTHLY');
      expect(cadenceOf('GOVERNMENT')).toBe('QUARTERLY');
      expect(isPeriodOfDomain('FINANCE', '2017-04')).toBe(true);
      expect(isPeriodOfDomain('VILLAGE', '2017-04')).toBe(false);
      expect(isPeriodOfDomain('PARTY', '2017-09')).toBe(true);
    });
  });

  describe('by when', () => {
    const calendar = workingCalendar();

    it('ends a period on the last day of its month, leap years included', () => {
      expect(lastDayOfPeriod('2017-02')).toBe('2017-02-28');
      expect(lastDayOfPeriod('2016-02')).toBe('2016-02-29');
      expect(lastDayOfPeriod('2017-12')).toBe('2017-12-31');
    });

    it('skips the Qingming and Labour Day holidays and counts the Saturday worked in exchange (March 2017)', () => {
      expect(dueDate('2017-03', calendar)).toBe('2017-05-02');
    });

    it('skips the eight-day National Day holiday (September 2017)', () => {
      expect(dueDate('2017-09', calendar)).toBe('2017-11-03');
    });

    it('starts counting after the Spring Festival (January 2017)', () => {
      expect(dueDate('2017-01', calendar)).toBe('2017-03-01');
    });

    it('crosses into the next year’s calendar (December 2017)', () => {
      expect(dueDate('2017-12', calendar)).toBe('2018-01-29');
    });

    it('counts 20 plain weekdays when a month has no holidays', () => {
      const noHolidays = new WorkingCalendar([]);
      // 2017-07-31 is a Monday; four weeks of weekdays later is Monday 2017-08-28.
      expect(dueDate('2017-07', noHolidays)).toBe('2017-08-28');
    });
  });

  describe('late or not', () => {
    it('is on time on the due date and late the day after', () => {
      expect(isLate('2017-05-02', '2017-05-02')).toBe(false);
      expect(isLate('2017-05-03', '2017-05-02')).toBe(true);
    });

    it('takes the publication date in China time (UTC+8)', () => {
      expect(publicationDate(new Date('2017-05-02T15:59:59.999Z'))).toBe('2017-05-02');
      expect(publicationDate(new Date('2017-05-02T16:00:00.000Z'))).toBe('2017-05-03');
    });

    it('lets a notice be published only once its period is over', () => {
      expect(hasPeriodEnded('2017-03', '2017-03-31')).toBe(false);
      expect(hasPeriodEnded('2017-03', '2017-04-01')).toBe(true);
    });

    it('tracks obligations from January 2017 up to the current month only', () => {
      expect(untrackedPeriodProblem('2016-12', '2026-11')).toBe('disclosure obligations are tracked from 2017-01; 2016-12 is earlier');
      expect(untrackedPeriodProblem('2017-01', '2026-11')).toBeNull();
      expect(untrackedPeriodProblem('2026-11', '2026-11')).toBeNull();
      expect(untrackedPeriodProblem('2026-12', '2026-11')).toBe('period 2026-12 has not begun; obligations can be counted up to the current month (2026-11)');
    });

    it('lists the months between two periods across a year end', () => {
      expect(periodsBetween('2017-11', '2018-02')).toEqual(['2017-11', '2017-12', '2018-01', '2018-02']);
    });
  });
});
