/**
 * Driver errors the code reacts to, recognised on both dialects: a write that lost a race on a
 * unique key (an idempotency key taken by a concurrent request) and a transaction InnoDB chose
 * as a deadlock victim (safe to run again from the start).
 */

interface DriverError {
  code?: unknown;
  errno?: unknown;
}

const MYSQL_DUPLICATE_ENTRY = 1062;
const MYSQL_DEADLOCK = 1213;

function driverError(err: unknown): DriverError {
  return typeof err === 'object' && err !== null ? (err as DriverError) : {};
}

/** A UNIQUE or PRIMARY KEY violation (SQLite SQLITE_CONSTRAINT_UNIQUE/PRIMARYKEY, MySQL ER_DUP_ENTRY). */
export function isUniqueViolation(err: unknown): boolean {
  const { code, errno } = driverError(err);
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'ER_DUP_ENTRY' ||
    errno === MYSQL_DUPLICATE_ENTRY
  );
}

/** InnoDB rolled the whole transaction back to break a deadlock; running it again is correct. */
export function isDeadlock(err: unknown): boolean {
  const { code, errno } = driverError(err);
  return code === 'ER_LOCK_DEADLOCK' || errno === MYSQL_DEADLOCK;
}
