import { subscribe } from 'node:diagnostics_channel';

/**
 * Preloaded into every process the benchmark starts (`node --require probe.js ...`): counts the
 * SQL statements the process sends to MariaDB, at the driver (mysql2's diagnostics channels), so
 * nothing in the application is changed or trusted to count. The benchmark asks for the count
 * over the IPC channel before and after each measurement; the difference, summed over the four
 * subgraph processes and divided by the responses, is the SQL statements per request.
 */
let statements = 0;
let setup = 0;
// Connection set-up (knex's version probe, the session settings of each new pooled connection)
// is not work done for a request; it is counted apart, as the application's own counter does.
// A request's statement under MariaDB's time cap starts `SET STATEMENT ... FOR` and is work.
const SETUP = /^\s*(set\s(?!statement\s)|select version\(\))/i;
const count = (message: unknown) => {
  const sql = (message as { query?: unknown }).query;
  // Only the statement's start matters; a bulk INSERT may be megabytes long.
  if (typeof sql === 'string' && SETUP.test(sql.slice(0, 32))) setup += 1;
  else statements += 1;
};
subscribe('tracing:mysql2:query:start', count);
subscribe('tracing:mysql2:execute:start', count);

export interface ProbeReply {
  readonly type: 'bench:stats';
  readonly statements: number;
  readonly setup: number;
}

if (process.send) {
  process.on('message', (message: unknown) => {
    if (message === 'bench:stats') process.send?.({ type: 'bench:stats', statements, setup } satisfies ProbeReply);
  });
  // The channel must not keep a process alive that would otherwise exit.
  process.channel?.unref();
}
