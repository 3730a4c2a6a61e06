import { workingCalendar, type WorkingCalendar } from '../../../../lib/calendar/working-days';

/**
 * The deadlines of the Letters and Visits Regulations, in one place. The regulations count
 * calendar days (日), not working days; what the working-day calendar decides is the end: a
 * deadline whose last day is a weekend or an official holiday moves to the next working day,
 * as periods do in Chinese procedure law, so the office never has a deadline on a closed day.
 * Days are Beijing dates (UTC+8), since that is the day the office and the submitter live in.
 */
export const ACCEPT_DAYS = 15;
export const REPLY_DAYS = 60;
export const MAX_EXTENSION_DAYS = 30;
/** The submitter may ask for review this many days after the reply; the review is answered as fast. */
export const REVIEW_WINDOW_DAYS = 30;
export const REVIEW_DAYS = 30;

const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Beijing calendar date of an instant, YYYY-MM-DD. */
export function beijingDate(instant: Date): string {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Beijing date of a stored UTC time 'YYYY-MM-DD HH:MM:SS.mmm'. */
export function beijingDateOfStored(stored: string): string {
  return beijingDate(new Date(`${stored.replace(' ', 'T')}Z`));
}

export function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The last day of a period of `days` calendar days starting the day after `start`, moved past rest days. */
export function deadline(start: string, days: number, calendar: WorkingCalendar = workingCalendar()): string {
  let last = addCalendarDays(start, days);
  while (!calendar.isWorkingDay(last)) last = addCalendarDays(last, 1);
  return last;
}

/** Last day to accept or reject a complaint submitted on `submittedDate`. */
export const acceptDueDate = (submittedDate: string) => deadline(submittedDate, ACCEPT_DAYS);

/** Last day to reply to a complaint accepted on `acceptedDate`, with the extension granted. */
export const replyDueDate = (acceptedDate: string, extensionDays: number) =>
  deadline(acceptedDate, REPLY_DAYS + extensionDays);

/** A deadline is missed once its last day has passed. */
export function isPastDue(dueDate: string | null, today: string): boolean {
  return dueDate !== null && dueDate < today;
}
