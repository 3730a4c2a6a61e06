import type { ImportBatchResolvers } from '../generated/resolvers-types';

export const ImportBatch: ImportBatchResolvers = {
  batchKey: (batch) => batch.batch_key,
  rowCount: (batch) => batch.row_count,
  importedBy: (batch) => batch.imported_by,
  createdAt: (batch) => batch.created_at,
};
