import type { ImportBatchRow as StoredBatch, ImportRequest as BatchRequest } from '../../../../lib/imports';

/**
 * Finance's import kinds bound to lib/imports, which holds the batch plumbing (idempotency by
 * batch key and content hash, IMPORT_CONFLICT, invalid rows, one transaction) for every
 * subgraph. ImportBatchRow is the mapper of the GraphQL ImportBatch type (codegen.ts).
 */
export const IMPORT_KINDS = ['LEDGER', 'PAYMENTS', 'DEATH_REGISTER'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type ImportBatchRow = StoredBatch<ImportKind>;
export type ImportRequest<Row> = BatchRequest<Row, ImportKind>;

export { canonicalJson, collectRowProblems, contentHashOf, MAX_BATCH_KEY_LENGTH, MAX_IMPORT_ROWS, runImport } from '../../../../lib/imports';
