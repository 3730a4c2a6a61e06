import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { isDeadlock, isUniqueViolation } from '../db/db-errors';
import { badUserInput, importConflict, invalidRows, type RowProblem } from '../errors';
import { toStoreDateTime } from '../scalars';
import { contentHashOf, contentHashOfText } from './content-hash';

/**
 * Idempotent, all-or-nothing imports (the provincial-integration path, domain.md):
 *
 * - the same `batchKey` with the same content returns the first batch and writes nothing;
 * - the same `batchKey` with different content fails with IMPORT_CONFLICT and writes nothing;
 * - any invalid row fails the whole batch with BAD_USER_INPUT listing every bad row's index and
 *   reason (`extensions.rows`), and nothing is written;
 * - otherwise the batch row and the caller's rows are written in ONE transaction.
 *
 * Finance's importLedger and importPayments and audit's importDeathRegister run through it. How
 * to use it:
 *
 * ```ts
 * const batch = await runImport(ctx.db.knex, {
 *   kind: 'PAYMENTS',
 *   batchKey: input.batchKey,
 *   rows: input.payments,
 *   importedBy: ctx.principal.sub!,          // authorise BEFORE calling
 *   // What identifies the content; default: the row itself. Drop or hash anything that must not
 *   // be kept (raw ID numbers): the result is hashed with SHA-256, never stored.
 *   canonicalRow: (p) => ({ ...p, recipientIdNumber: personKey(secret, p.recipientIdNumber) }),
 *   // Every problem of every row (use collectRowProblems); runs inside the transaction, before
 *   // anything is written, so it may read reference tables through `trx`.
 *   validate: (rows, trx) => validatePayments(rows, trx),
 *   // Inserts the rows (and updates any summary tables) through `trx`; `batch.id` is the new
 *   // import_batches row, already inserted. On MySQL it may run more than once (a deadlock
 *   // victim is retried from the start), so it must only write through `trx`.
 *   write: (trx, batch) => insertPayments(trx, batch.id, rows),
 * });
 * return batch; // an ImportBatchRow; the ImportBatch resolvers map it to the GraphQL type
 * ```
 *
 * Concurrency: `(kind, batch_key)` is a unique index. Two concurrent imports with one key both
 * find no batch, both try to insert it; the second waits for the first's row lock (InnoDB) or
 * for the single writer (SQLite), then gets a duplicate-key error. Its transaction is rolled
 * back, the winner's batch is read again outside it and compared: same content returns it,
 * different content is IMPORT_CONFLICT. Nothing is ever written twice.
 */

/** The largest batch one request may carry; the CLI sends 2000 rows per batch by default. */
export const MAX_IMPORT_ROWS = 5000;
export const MAX_BATCH_KEY_LENGTH = 128;

/** One row of `import_batches` (every importing store has the table); `Kind` is the store's kinds. */
export interface ImportBatchRow<Kind extends string = string> {
  id: string;
  kind: Kind;
  batch_key: string;
  content_hash: string;
  row_count: number;
  imported_by: string;
  created_at: string;
}

export interface ImportRequest<Row, Kind extends string = string> {
  readonly kind: Kind;
  readonly batchKey: string;
  readonly rows: readonly Row[];
  /** The caller's token subject; authorise the caller before calling runImport. */
  readonly importedBy: string;
  /** What identifies a row's content for the idempotency check; default: the row itself. */
  canonicalRow?(row: Row): unknown;
  /**
   * The batch's canonical text written by the kind itself, when that is faster than the general
   * canonicalJson: it must be exactly `canonicalJson(rows.map(canonicalRow))`.
   */
  canonicalText?(rows: readonly Row[]): string;
  /** Every problem of every row (an empty list when all are valid). */
  validate(rows: readonly Row[], trx: Knex.Transaction): Promise<RowProblem[]> | RowProblem[];
  /** Writes the batch's rows (one per input row) through `trx`. */
  write(trx: Knex.Transaction, batch: ImportBatchRow<Kind>): Promise<void>;
}

/** Attempts of a transaction that InnoDB picked as a deadlock victim, before giving up. */
const DEADLOCK_ATTEMPTS = 4;

/** Runs an import once: see the module comment for what it guarantees. */
export async function runImport<Row, Kind extends string>(knex: Knex, request: ImportRequest<Row, Kind>): Promise<ImportBatchRow<Kind>> {
  const batchKey = checkBatchKey(request.batchKey);
  if (request.rows.length === 0) throw badUserInput('A batch needs at least one row');
  if (request.rows.length > MAX_IMPORT_ROWS) {
    throw badUserInput(`A batch may hold at most ${MAX_IMPORT_ROWS} rows; it has ${request.rows.length}. Split it into several batches`);
  }
  const canonical = request.canonicalRow ?? ((row: Row) => row);
  const contentHash = request.canonicalText
    ? contentHashOfText(request.canonicalText(request.rows))
    : contentHashOf(request.rows.map((row) => canonical(row)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await knex.transaction((trx) => importInTransaction(trx, request, batchKey, contentHash));
    } catch (err) {
      if (isUniqueViolation(err)) {
        // A concurrent import of the same key committed first; its batch is visible now.
        const winner = await findBatch(knex, request.kind, batchKey);
        if (winner) return sameContentOrConflict(winner, contentHash);
      }
      if (isDeadlock(err) && attempt < DEADLOCK_ATTEMPTS) continue;
      throw err;
    }
  }
}

async function importInTransaction<Row, Kind extends string>(
  trx: Knex.Transaction,
  request: ImportRequest<Row, Kind>,
  batchKey: string,
  contentHash: string,
): Promise<ImportBatchRow<Kind>> {
  const existing = await findBatch(trx, request.kind, batchKey);
  if (existing) return sameContentOrConflict(existing, contentHash);
  const problems = await request.validate(request.rows, trx);
  if (problems.length) throw invalidRows(`Batch "${batchKey}" was refused`, problems);
  const batch: ImportBatchRow<Kind> = {
    id: randomUUID(),
    kind: request.kind,
    batch_key: batchKey,
    content_hash: contentHash,
    row_count: request.rows.length,
    imported_by: request.importedBy,
    created_at: toStoreDateTime(new Date()),
  };
  // Inserted before the rows: the unique index is what makes a concurrent twin wait and fail.
  await trx('import_batches').insert(batch);
  await request.write(trx, batch);
  return batch;
}

function sameContentOrConflict<Kind extends string>(batch: ImportBatchRow<Kind>, contentHash: string): ImportBatchRow<Kind> {
  if (batch.content_hash !== contentHash) throw importConflict(batch.batch_key);
  return batch;
}

async function findBatch<Kind extends string>(db: Knex | Knex.Transaction, kind: Kind, batchKey: string): Promise<ImportBatchRow<Kind> | null> {
  const row: ImportBatchRow<Kind> | undefined = await db('import_batches').where({ kind, batch_key: batchKey }).first();
  return row ? { ...row, row_count: Number(row.row_count) } : null;
}

function checkBatchKey(batchKey: string): string {
  const key = batchKey.trim();
  if (key === '' || key.length > MAX_BATCH_KEY_LENGTH || key !== batchKey) {
    throw badUserInput(`batchKey must be 1 to ${MAX_BATCH_KEY_LENGTH} characters without surrounding spaces`);
  }
  return key;
}
