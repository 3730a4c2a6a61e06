import { Readable } from 'node:stream';
import type { Knex } from 'knex';
import { insertInChunks } from './bulk';

/**
 * Rows into a MySQL table with `LOAD DATA LOCAL INFILE`: the rows go to the server as
 * tab-separated text that the driver streams from memory (no file is read), instead of as an
 * INSERT whose SQL text is built and escaped value by value. For an import's 5,000-row batch,
 * knex's insert compiler and the driver's escaping of each of its 80,000 values were a fifth of
 * finance's CPU, and the server parses the text faster than the statement too.
 *
 * LOCAL makes the server lenient (it cannot stop a client's upload half-way): a duplicate key
 * skips the row and a value that does not fit is cut, each only a warning. So the statement's
 * counts are checked, and anything but every row stored without a warning throws, for the
 * caller's transaction to roll back: the rows are stored exactly or not at all, as by an INSERT.
 *
 * The server must allow it (`local_infile`, on by default in MariaDB, off in MySQL 8: the compose
 * file turns it on); `canLoadData` asks once per database and says no on SQLite. `storeRows`
 * takes INSERTs where it may not, and from the first refusal on (see there).
 */

/** The driver's answer to a statement that writes (mysql2's ResultSetHeader). */
interface WriteResult {
  affectedRows: number;
  warningStatus: number;
}

/** What LOAD DATA's default escaping (ESCAPED BY '\\') reads as something else. */
const NEEDS_ESCAPE = /[\\\t\n\r\0]/;
const NEEDS_ESCAPE_ALL = /[\\\t\n\r\0]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\0': '\\0' };

/** One value as a field of the text: `\N` is NULL, numbers as written, text with its specials escaped. */
function field(value: unknown, column: string): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return NEEDS_ESCAPE.test(value) ? value.replace(NEEDS_ESCAPE_ALL, (c) => ESCAPES[c]) : value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint') return String(value);
  throw new TypeError(`loadRows: column ${column} holds a ${typeof value} (${String(value)}); only text, whole numbers and null load`);
}

/** The rows as LOAD DATA's text: a line per row, fields in `columns` order. */
export function loadDataText(columns: readonly string[], rows: ReadonlyArray<Readonly<Record<string, unknown>>>): string {
  const lines = new Array<string>(rows.length);
  const fields = new Array<string>(columns.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < columns.length; c++) fields[c] = field(row[columns[c]], columns[c]);
    lines[r] = fields.join('\t');
  }
  return `${lines.join('\n')}\n`;
}

/** Per database (knex's config object, shared by its transactions): whether it takes LOAD DATA LOCAL. */
const allowed = new WeakMap<object, Promise<boolean>>();

export function canLoadData(db: Knex | Knex.Transaction): Promise<boolean> {
  const config = db.client.config as object;
  let answer = allowed.get(config);
  if (!answer) {
    answer =
      db.client.config.client === 'better-sqlite3'
        ? Promise.resolve(false)
        : db.raw('SELECT @@local_infile AS allowed').then(([[row]]: [[{ allowed: number | string }]]) => Number(row.allowed) === 1);
    // A failed check is asked again next time rather than remembered.
    answer.catch(() => allowed.delete(config));
    allowed.set(config, answer);
  }
  return answer;
}

/** Loads `rows` (every row with the same columns, those of the first) into `table`, through `trx`. */
export async function loadRows(trx: Knex.Transaction, table: string, rows: ReadonlyArray<Readonly<Record<string, unknown>>>): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]);
  const text = Buffer.from(loadDataText(columns, rows));
  const [result] = (await trx
    .raw(
      `LOAD DATA LOCAL INFILE 'rows' INTO TABLE ?? CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (${columns.map(() => '??').join(', ')})`,
      [table, ...columns],
    )
    .options({ infileStreamFactory: () => Readable.from([text]) })) as [WriteResult];
  if (result.affectedRows !== rows.length || result.warningStatus !== 0) {
    throw new Error(
      `LOAD DATA into ${table} stored ${result.affectedRows} of ${rows.length} rows with ${result.warningStatus} warning(s); the transaction is rolled back`,
    );
  }
}

/**
 * How a server refuses LOAD DATA LOCAL: MariaDB 10.5+ (ER_LOAD_INFILE_CAPABILITY_DISABLED), older
 * MariaDB and MySQL 5.7 (ER_NOT_ALLOWED_COMMAND), MySQL 8 (ER_CLIENT_LOCAL_FILES_DISABLED). Each
 * leaves the transaction open: only the statement failed.
 */
const REFUSED = new Set([4166, 1148, 3948]);

function isRefusal(error: unknown): boolean {
  return REFUSED.has((error as { errno?: number } | null)?.errno ?? 0);
}

/**
 * Stores `rows` in `table` within `trx`: with LOAD DATA where the database takes it, with
 * multi-row INSERTs otherwise. A database that said yes when asked may refuse later (a DBA turned
 * `local_infile` off while the process runs): the batch then goes in as INSERTs in the same
 * transaction, and so does every later one until the process restarts and asks again.
 */
export async function storeRows(trx: Knex.Transaction, table: string, rows: Array<Record<string, unknown>>): Promise<void> {
  if (await canLoadData(trx)) {
    try {
      return await loadRows(trx, table, rows);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      allowed.set(trx.client.config as object, Promise.resolve(false));
    }
  }
  await insertInChunks(trx, table, rows);
}
