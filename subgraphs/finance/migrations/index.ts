import type { Migration } from '../../../lib/db/migrate';
import { createImportBatches } from './20261127_0101_import_batches';
import { createLedger } from './20261127_0102_ledger';
import { createAppendOnlyTriggers } from './20261127_0103_append_only_triggers';
import { createFundProgramsAndProjects } from './20261127_0201_fund_programs_and_projects';
import { addFundProgramMeansTested } from './20261127_0204_fund_program_means_tested';
import { createPeople } from './20261127_0202_people';
import { createPayments } from './20261127_0203_payments';
import { addPaymentReversals } from './20261127_0205_payment_reversals';
import { widenImportBatchKind } from './20261127_0206_import_batches_kind_length';
import { createProjectPersonTotals } from './20261127_0207_project_person_totals';

/** finance's own migrations, in order, after the standard ones (regions, seed_runs). */
export const migrations: readonly Migration[] = [
  createImportBatches,
  createLedger,
  createAppendOnlyTriggers,
  createFundProgramsAndProjects,
  createPeople,
  createPayments,
  addFundProgramMeansTested,
  addPaymentReversals,
  widenImportBatchKind,
  createProjectPersonTotals,
];
