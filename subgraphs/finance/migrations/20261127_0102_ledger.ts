import type { Migration } from '../../../lib/db/migrate';

/**
 * Village ledgers (domain.md, security.md).
 *
 * - `ledger_entries`: append-only; a correction is a new entry whose `reversal_of` names the
 *   entry it cancels (unique: an entry is reversed at most once). Each village's entries form a
 *   hash chain in `seq` order: `hash` = SHA-256 over the previous entry's hash and a canonical
 *   form of the row (src/datasources/ledger-chain.ts).
 * - `ledger_chain_heads`: the last seq and hash of each village's chain. Its row is what an
 *   import locks (SELECT ... FOR UPDATE) to extend one village's chain at a time, and what the
 *   verifier compares the end of the chain with (a deleted last entry leaves no other trace).
 * - `ledger_monthly_totals`: per village, month and direction, the sum and count of entries,
 *   written in the same transaction as the entries, so region summaries at any level read a
 *   few rows per village instead of every entry (province scale).
 */
export const createLedger: Migration = {
  name: '20261127_0102_ledger',
  async up(knex) {
    await knex.schema.createTable('ledger_entries', (t) => {
      t.string('id', 32).primary();
      t.string('village_code', 12).notNullable();
      t.integer('seq').notNullable();
      t.string('period', 7).notNullable();
      t.string('entry_date', 10).notNullable();
      t.string('direction', 11).notNullable();
      t.string('category', 16).notNullable();
      t.bigInteger('amount_fen').notNullable();
      t.string('fund_source', 64).nullable();
      t.string('counterparty', 128).nullable();
      t.string('voucher_no', 32).nullable();
      t.string('summary', 200).notNullable();
      t.string('reversal_of', 32).nullable();
      t.string('batch_id', 36).nullable();
      t.string('hash', 64).notNullable();
      t.string('created_at', 23).notNullable();
      // Chain order, keyset pagination and "everything under a region" (a prefix range); the
      // period and direction filters read the few entries per village the range yields, and
      // totals come from ledger_monthly_totals, so no further index is worth its insert cost.
      t.unique(['village_code', 'seq'], { indexName: 'ledger_entries_chain_uq' });
      t.unique(['reversal_of'], { indexName: 'ledger_entries_reversal_uq' });
    });
    await knex.schema.createTable('ledger_chain_heads', (t) => {
      t.string('village_code', 12).primary();
      t.integer('last_seq').notNullable();
      t.string('last_hash', 64).notNullable();
      t.string('updated_at', 23).notNullable();
    });
    await knex.schema.createTable('ledger_monthly_totals', (t) => {
      t.string('village_code', 12).notNullable();
      t.string('period', 7).notNullable();
      t.string('direction', 11).notNullable();
      t.bigInteger('amount_fen').notNullable();
      t.integer('entry_count').notNullable();
      t.primary(['village_code', 'period', 'direction']);
      // Reporting progress: which villages reported in one month, under a region.
      t.index(['period', 'village_code'], 'ledger_monthly_totals_period_idx');
    });
  },
  async down(knex) {
    await knex.schema.dropTable('ledger_monthly_totals');
    await knex.schema.dropTable('ledger_chain_heads');
    await knex.schema.dropTable('ledger_entries');
  },
};
