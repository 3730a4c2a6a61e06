import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths';

/**
 * The working-day calendar: weekends rest, weekdays work, except the official holidays and the
 * weekend days worked in exchange listed in data/calendar.csv. Deadlines counted in working
 * days (complaint handling, disclosure due dates) go through this one module.
 */
export type CalendarDayKind = 'HOLIDAY' | 'WORKDAY';

export interface CalendarDay {
  readonly date: string;
  readonly kind: CalendarDayKind;
  readonly name: string;
}

export const CALENDAR_CSV = join(PROJECT_ROOT, 'data', 'calendar.csv');

export function readCalendarDays(): CalendarDay[] {
  const [header, ...lines] = readFileSync(CALENDAR_CSV, 'utf8').trim().split('\n');
  if (header !== 'date,kind,name') throw new Error(`unexpected header in ${CALENDAR_CSV}: ${header}`);
  return lines.map((line) => {
    const [date, kind, name] = line.split(',');
    return { date, kind: kind as CalendarDayKind, name };
  });
}

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export class WorkingCalendar {
  private readonly overrides: Map<string, CalendarDayKind>;

  constructor(days: readonly CalendarDay[]) {
    this.overrides = new Map(days.map((d) => [d.date, d.kind]));
  }

  isWorkingDay(date: string): boolean {
    const override = this.overrides.get(date);
    if (override) return override === 'WORKDAY';
    const weekday = new Date(toUtc(date)).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** The date `n` working days after `date` (the start day itself never counts). */
  addWorkingDays(date: string, n: number): string {
    let ms = toUtc(date);
    let left = n;
    while (left > 0) {
      ms += DAY_MS;
      if (this.isWorkingDay(fromUtc(ms))) left -= 1;
    }
    return fromUtc(ms);
  }

  /** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
  workingDaysBetween(from: string, to: string): number {
    let count = 0;
    for (let ms = toUtc(from) + DAY_MS; ms <= toUtc(to); ms += DAY_MS) {
      if (this.isWorkingDay(fromUtc(ms))) count += 1;
    }
    return count;
  }
}

let standard: WorkingCalendar | null = null;

/** The calendar of data/calendar.csv, built once per process. */
export function workingCalendar(): WorkingCalendar {
  standard ??= new WorkingCalendar(readCalendarDays());
  return standard;
}
