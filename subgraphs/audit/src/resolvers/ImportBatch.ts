import type { ImportBatchResolvers } from '../generated/resolvers-types';

export const ImportBatch: ImportBatchResolvers = {
  batchKey: (b) => b.batch_key,
  rowCount: (b) => Number(b.row_count),
  importedBy: (b) => b.imported_by,
  createdAt: (b) => b.created_at,
};
