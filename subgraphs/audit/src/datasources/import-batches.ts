import type { ImportBatchRow as StoredBatch } from '../../../../lib/imports';

/**
 * Audit imports reference registers through lib/imports, as finance imports ledgers and
 * payments. ImportBatchRow is the mapper of the GraphQL ImportBatch type (codegen.ts).
 */
export type ImportKind = 'DEATH_REGISTER';

export type ImportBatchRow = StoredBatch<ImportKind>;
