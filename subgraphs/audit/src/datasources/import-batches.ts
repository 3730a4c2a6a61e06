import { createHash, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { isDeadlock, isUniqueViolation } from '../../../../lib/db/db-errors';
import { badUserInput, importConflict, invalidRows, type RowProblem } from '../../../../lib/errors';
import { toStoreDateTime } from '../../../../lib/scalars';

/**
 * Reference registers are imported the way finance imports ledgers and payments (domain.md):
 * the same batchKey with the same content returns the first batch and writes nothing; the same
 * key with other content is IMPORT_CONFLICT; any bad row refuses the whole batch with
 * BAD_USER_INPUT listing every bad row; otherwise the batch row and its rows are written in one
 * transaction. `(kind, batch_key)` is unique, so a concurrent twin waits, fails on the key, and
 * is answered with the winner's batch (or IMPORT_CONFLICT).
 */

export type ImportKind = 'DEATH_REGISTER';

/** The largest batch one request may carry. */
export const MAX_IMPORT_ROWS = 5000;
const MAX_BATCH_KEY_LENGTH = 128;
const DEADLOCK_ATTEMPTS = 4;

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
  readonly importedBy: string;
  /** The content that identifies the batch; must not hold raw ID numbers (it is only hashed). */
  canonicalRow(row: Row): unknown;
  /** Every problem of every row; an empty list when all are valid. */
  validate(rows: readonly Row[]): RowProblem[];
  /** Writes the rows through `trx` (it may run again after a deadlock, so nothing else). */
  write(trx: Knex.Transaction, batch: ImportBatchRow): Promise<void>;
}

export async function runImport<Row>(knex: Knex, request: ImportRequest<Row>): Promise<ImportBatchRow> {
  const batchKey = request.batchKey;
  if (batchKey.trim() !== batchKey || batchKey === '' || batchKey.length > MAX_BATCH_KEY_LENGTH) {
    throw badUserInput(`batchKey must be 1 to ${MAX_BATCH_KEY_LENGTH} characters without surrounding spaces`);
  }
  if (request.rows.length === 0) throw badUserInput('A batch needs at least one row');
  if (request.rows.length > MAX_IMPORT_ROWS) {
    throw badUserInput(`A batch may hold at most ${MAX_IMPORT_ROWS} rows; it has ${request.rows.length}. Split it into several batches`);
  }
  const contentHash = createHash('sha256')
    .update(JSON.stringify(request.rows.map((row) => request.canonicalRow(row))))
    .digest('hex');
  for (let attempt = 1; ; attempt++) {
    try {
      return await knex.transaction(async (trx) => {
        const existing = await findBatch(trx, request.kind, batchKey);
        if (existing) return sameContentOrConflict(existing, contentHash);
        const problems = request.validate(request.rows);
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
        await trx('import_batches').insert(batch);
        await request.write(trx, batch);
        return batch;
      });
    } catch (err) {
      if (isUniqueViolation(err)) {
        const winner = await findBatch(knex, request.kind, batchKey);
        if (winner) return sameContentOrConflict(winner, contentHash);
      }
      if (isDeadlock(err) && attempt < DEADLOCK_ATTEMPTS) continue;
      throw err;
    }
  }
}

function sameContentOrConflict(batch: ImportBatchRow, contentHash: string): ImportBatchRow {
  if (batch.content_hash !== contentHash) throw importConflict(batch.batch_key);
  return batch;
}

async function findBatch(db: Knex | Knex.Transaction, kind: ImportKind, batchKey: string): Promise<ImportBatchRow | null> {
  const row: ImportBatchRow | undefined = await db('import_batches').where({ kind, batch_key: batchKey }).first();
  return row ? { ...row, row_count: Number(row.row_count) } : null;
}
