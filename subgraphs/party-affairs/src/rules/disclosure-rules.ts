import type { WorkingCalendar } from '../../../../lib/calendar/working-days';

/**
 * What must be disclosed, by whom and by when: the one place these rules live.
 *
 * - Villages disclose their finances (FINANCE) every month, and village affairs (VILLAGE) and
 *   party affairs (PARTY) every quarter ("at least quarterly").
 * - Townships disclose government affairs (GOVERNMENT) and party affairs (PARTY) every quarter.
 * - A notice is due 20 working days after its period ends, on the shared working-day calendar.
 *
 * A period is named by its last month (`Period`, YYYY-MM): a FINANCE period is one month; a
 * quarterly period is named by the quarter's last month (03, 06, 09 or 12). So the obligations
 * "for" a month are those whose period ends in it.
 */

export const DISCLOSURE_DOMAINS = ['PARTY', 'GOVERNMENT', 'VILLAGE', 'FINANCE'] as const;
export type DisclosureDomain = (typeof DISCLOSURE_DOMAINS)[number];

export type Cadence = 'MONTHLY' | 'QUARTERLY';

/** Regions that owe disclosures; counties and above publish nothing of their own here. */
export type DisclosingLevel = 'VILLAGE' | 'TOWNSHIP';

export const DUE_WORKING_DAYS = 20;

/**
 * Obligations are tracked from this month on. Without a first month, any caller could make the
 * store materialise obligations for decades of months nobody ever tracked.
 */
export const FIRST_TRACKED_PERIOD = '2017-01';

const OBLIGATED_DOMAINS: Record<DisclosingLevel, readonly DisclosureDomain[]> = {
  VILLAGE: ['FINANCE', 'VILLAGE', 'PARTY'],
  TOWNSHIP: ['GOVERNMENT', 'PARTY'],
};

export function cadenceOf(domain: DisclosureDomain): Cadence {
  return domain === 'FINANCE' ? 'MONTHLY' : 'QUARTERLY';
}

/** True when `period` can name a period of the domain (a quarterly one must end a quarter). */
export function isPeriodOfDomain(domain: DisclosureDomain, period: string): boolean {
  return cadenceOf(domain) === 'MONTHLY' || Number(period.slice(5, 7)) % 3 === 0;
}

/** The domains a region of the level must disclose for the period ending in `period`, in a fixed order. */
export function domainsDue(level: DisclosingLevel, period: string): DisclosureDomain[] {
  return OBLIGATED_DOMAINS[level].filter((domain) => isPeriodOfDomain(domain, period));
}

/** True when regions of `level` must disclose `domain` at all. */
export function isObligated(level: DisclosingLevel, domain: DisclosureDomain): boolean {
  return OBLIGATED_DOMAINS[level].includes(domain);
}

/** The last day of the month `period` (YYYY-MM). */
export function lastDayOfPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The last day a notice for the period ending in `period` is on time. */
export function dueDate(period: string, calendar: WorkingCalendar): string {
  return calendar.addWorkingDays(lastDayOfPeriod(period), DUE_WORKING_DAYS);
}

/** The date of an instant in China (UTC+8), which is the date a notice counts as published on. */
export function publicationDate(publishedAt: Date): string {
  return new Date(publishedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function isLate(publishedOn: string, dueBy: string): boolean {
  return publishedOn > dueBy;
}

/** True once the period is over on `today` (YYYY-MM-DD): a notice may only be published then. */
export function hasPeriodEnded(period: string, today: string): boolean {
  return lastDayOfPeriod(period) < today;
}

/** Why obligations cannot be counted for `period` in `currentPeriod`, or null when they can. */
export function untrackedPeriodProblem(period: string, currentPeriod: string): string | null {
  if (period < FIRST_TRACKED_PERIOD) return `disclosure obligations are tracked from ${FIRST_TRACKED_PERIOD}; ${period} is earlier`;
  if (period > currentPeriod) return `period ${period} has not begun; obligations can be counted up to the current month (${currentPeriod})`;
  return null;
}

/** The periods (months) from `from` to `to`, both included. */
export function periodsBetween(from: string, to: string): string[] {
  const periods: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const period = `${year}-${String(month).padStart(2, '0')}`;
    if (period > to) return periods;
    periods.push(period);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
}

/** YYYY-MM of a date. */
export function periodOf(date: string): string {
  return date.slice(0, 7);
}
