/** Idempotent, all-or-nothing import batches, shared by every subgraph that imports (finance, audit). */
export { runImport, MAX_BATCH_KEY_LENGTH, MAX_IMPORT_ROWS, type ImportBatchRow, type ImportRequest } from './import-batches';
export { canonicalJson, contentHashOf } from './content-hash';
export { collectRowProblems } from './row-problems';
