import type { Migration } from '../../../lib/db/migrate';
import { alterKeepingTriggers } from '../../../lib/db/sqlite-triggers';

/**
 * A reversing payment names the payment it cancels in `reversal_of` (null for a payment). The
 * unique index is what makes a payment reversible once only, even when two batches that reverse
 * it are validated side by side: the second insert fails on it (importPayments reports that as a
 * refused batch). It doubles as the index of Payment.reversedBy's lookup. Adding a nullable
 * column rewrites no row on either dialect, so the insert-only triggers are not involved.
 * Dropping it on SQLite rebuilds the table, which drops its triggers: `down` creates them again,
 * leaving payments as migration 0204 left it (__tests__/payment-reversals-migration.test.ts).
 */
export const addPaymentReversals: Migration = {
  name: '20261127_0205_payment_reversals',
  async up(knex) {
    await knex.schema.alterTable('payments', (t) => {
      t.string('reversal_of', 64).nullable();
      t.unique(['reversal_of'], { indexName: 'payments_reversal_uq' });
    });
  },
  async down(knex) {
    await alterKeepingTriggers(knex, 'payments', () =>
      knex.schema.alterTable('payments', (t) => {
        t.dropUnique(['reversal_of'], 'payments_reversal_uq');
        t.dropColumn('reversal_of');
      }),
    );
  },
};
