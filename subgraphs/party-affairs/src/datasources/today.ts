/** Today's date, UTC, YYYY-MM-DD: what "serving" and "past due" are judged against. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The current month, UTC, YYYY-MM. */
export function currentPeriod(): string {
  return todayUtc().slice(0, 7);
}
