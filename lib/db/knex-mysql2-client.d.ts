/**
 * knex's mysql2 dialect class, which lib/db/statement-stopper.ts extends (knex accepts a client
 * class in `client`); knex ships no types for its dialect modules.
 */
declare module 'knex/lib/dialects/mysql2' {
  import type { Knex } from 'knex';

  class ClientMySql2 extends Knex.Client {
    /** Sends one statement on the connection; resolves with the query object carrying `response`. */
    _query(connection: unknown, obj: unknown): Promise<unknown>;
  }
  export = ClientMySql2;
}
