import { isDeadlock, isUniqueViolation } from '../../../../lib/db/db-errors';

/**
 * Runs a transaction that numbers a new record from a count (finding reference numbers,
 * project ids). Two concurrent writers may pick the same number; the unique index refuses the
 * second, whose transaction rolled back whole, so running it again is correct. A deadlock victim
 * (InnoDB) is run again for the same reason.
 */
export async function retryOnCollision<T>(attempt: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (i < attempts && (isUniqueViolation(err) || isDeadlock(err))) continue;
      throw err;
    }
  }
}
