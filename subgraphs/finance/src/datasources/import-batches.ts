import { createHash, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { isDeadlock, isUniqueViolation } from '../../../../lib/db/db-errors';
import { badUserInput, importConflict, invalidRows, type RowProblem } from '../../../../lib/errors';
import { toStoreDateTime } from '../../../../lib/scalars';

/**
 * Idempotent, all-or-nothing imports (the provincial-integration path, domain.md):
 *
 * - the same `batchKey` with the same content returns the first batch and writes nothing;
 * - the same `batchKey` with different content fails with IMPORT_CONFLICT and writes nothing;
 * - any invalid row fails the whole batch with BAD_USER_INPUT listing every bad row's index and
 *   reason (`extensions.rows`), and nothing is written;
 * - otherwise the batch row and the caller's rows are written in ONE transaction.
 *
 * How to use it (importLedger, importPayments):
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

export const IMPORT_KINDS = ['LEDGER', 'PAYMENTS', 'DEATH_REGISTER'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The largest batch one request may carry; the CLI sends 500 rows per batch by default. */
export const MAX_IMPORT_ROWS = 5000;
export const MAX_BATCH_KEY_LENGTH = 128;

/** One row of `import_batches`; the mapper of the GraphQL ImportBatch type. */
export interface ImportBatchRow {
  id: string;
  kind: ImportKind;
  batch_key: string;
  content_hash: string;
  row_count: number;
  imported_by: string;
  created_at: string;
}

export interface ImportRequest<Row> {
  readonly kind: ImportKind;
  readonly batchKey: string;
  readonly rows: readonly Row[];
  /** The caller's token subject; authorise the caller before calling runImport. */
  readonly importedBy: string;
  /** What identifies a row's content for the idempotency check; default: the row itself. */
  canonicalRow?(row: Row): unknown;
  /** Every problem of every row (an empty list when all are valid). */
  validate(rows: readonly Row[], trx: Knex.Transaction): Promise<RowProblem[]> | RowProblem[];
  /** Writes the batch's rows (one per input row) through `trx`. */
  write(trx: Knex.Transaction, batch: ImportBatchRow): Promise<void>;
}

/** Attempts of a transaction that InnoDB picked as a deadlock victim, before giving up. */
const DEADLOCK_ATTEMPTS = 4;

/** Runs an import once: see the module comment for what it guarantees. */
export async function runImport<Row>(knex: Knex, request: ImportRequest<Row>): Promise<ImportBatchRow> {
  const batchKey = checkBatchKey(request.batchKey);
  if (request.rows.length === 0) throw badUserInput('A batch needs at least one row');
  if (request.rows.length > MAX_IMPORT_ROWS) {
    throw badUserInput(`A batch may hold at most ${MAX_IMPORT_ROWS} rows; it has ${request.rows.length}. Split it into several batches`);
  }
  const canonical = request.canonicalRow ?? ((row: Row) => row);
  const contentHash = contentHashOf(request.rows.map((row) => canonical(row)));
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

async function importInTransaction<Row>(
  trx: Knex.Transaction,
  request: ImportRequest<Row>,
  batchKey: string,
  contentHash: string,
): Promise<ImportBatchRow> {
  const existing = await findBatch(trx, request.kind, batchKey);
  if (existing) return sameContentOrConflict(existing, contentHash);
  const problems = await request.validate(request.rows, trx);
  if (problems.length) throw invalidRows(`Batch "${batchKey}" was refused`, problems);
  const batch: ImportBatchRow = {
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

function sameContentOrConflict(batch: ImportBatchRow, contentHash: string): ImportBatchRow {
  if (batch.content_hash !== contentHash) throw importConflict(batch.batch_key);
  return batch;
}

async function findBatch(db: Knex | Knex.Transaction, kind: ImportKind, batchKey: string): Promise<ImportBatchRow | null> {
  const row: ImportBatchRow | undefined = await db('import_batches').where({ kind, batch_key: batchKey }).first();
  return row ? { ...row, row_count: Number(row.row_count) } : null;
}

function checkBatchKey(batchKey: string): string {
  const key = batchKey.trim();
  if (key === '' || key.length > MAX_BATCH_KEY_LENGTH || key !== batchKey) {
    throw badUserInput(`batchKey must be 1 to ${MAX_BATCH_KEY_LENGTH} characters without surrounding spaces`);
  }
  return key;
}

/**
 * JSON with object keys sorted and absent or null fields dropped, so that `{ a: 1, b: null }`,
 * `{ b: undefined, a: 1 }` and `{ a: 1 }` are the same content. Row order is kept: it matters
 * (the ledger's hash chain follows it).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // Default sort: by UTF-16 code units, the same order as comparing the keys with < and >.
    const keys = Object.keys(record).sort();
    let text = '';
    for (const key of keys) {
      const v = record[key];
      if (v === null || v === undefined) continue;
      text += `${text ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(v)}`;
    }
    return `{${text}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 (hex) of the canonical form of a batch's rows. */
export function contentHashOf(rows: readonly unknown[]): string {
  return createHash('sha256').update(canonicalJson(rows)).digest('hex');
}

/**
 * Runs a check over every row and collects every problem, so one refusal lists them all.
 * `check` returns the row's reasons (none when valid); several reasons of a row become one
 * RowProblem joined with "; ".
 */
export function collectRowProblems<Row>(rows: readonly Row[], check: (row: Row, index: number) => string[]): RowProblem[] {
  const problems: RowProblem[] = [];
  rows.forEach((row, index) => {
    const reasons = check(row, index);
    if (reasons.length) problems.push({ index, reason: reasons.join('; ') });
  });
  return problems;
}
