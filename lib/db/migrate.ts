import type { Knex } from 'knex';

/**
 * Migrations are listed in code rather than discovered on disk, so the same list runs from
 * TypeScript (tests) and from compiled JavaScript (npm start, production) without globs.
 */
export interface Migration {
  /** Timestamped, e.g. `20261127_0001_regions`; order of the list is the order of application. */
  readonly name: string;
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

class ListMigrationSource implements Knex.MigrationSource<Migration> {
  constructor(private readonly migrations: readonly Migration[]) {}
  getMigrations() {
    return Promise.resolve([...this.migrations]);
  }
  getMigrationName(migration: Migration) {
    return migration.name;
  }
  getMigration(migration: Migration) {
    return Promise.resolve({ up: migration.up, down: migration.down });
  }
}

export async function migrateToLatest(knex: Knex, migrations: readonly Migration[]): Promise<void> {
  await knex.migrate.latest({ migrationSource: new ListMigrationSource(migrations) });
}

export async function rollbackAll(knex: Knex, migrations: readonly Migration[]): Promise<void> {
  await knex.migrate.rollback({ migrationSource: new ListMigrationSource(migrations) }, true);
}

/** Undoes the last applied migration of the list (its `down`), as `knex migrate:down` would. */
export async function migrateDown(knex: Knex, migrations: readonly Migration[]): Promise<void> {
  await knex.migrate.down({ migrationSource: new ListMigrationSource(migrations) });
}
