import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { invalidTransition, notFound } from '../../../../lib/errors';
import { submitEvent } from '../workflow/submit';
import { takeStep, type Actor, type StepCommand, TRANSITIONS } from '../workflow/transitions';
import { hashQueryCode } from '../workflow/query-code';
import type { ComplaintEventRow, ComplaintRow } from './rows';

/** Which complaint a step is for: by id (the office) or by the hash of the query code (the submitter). */
export type ComplaintRef = { id: string } | { queryCode: string };

/** Unique-key violations of both stores: a concurrent retry of the same submission lost the race. */
function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Complaint rows and their timeline: per-request loaders for reads, and the two writes
 * (a submission, a step), each one transaction.
 */
export class ComplaintStore {
  private readonly byId: DataLoader<string, ComplaintRow | null>;
  private readonly byQueryCodeHash: DataLoader<string, ComplaintRow | null>;
  private readonly eventsOf: DataLoader<string, ComplaintEventRow[]>;

  constructor(private readonly knex: Knex) {
    this.byId = new DataLoader(async (ids) => {
      const rows: ComplaintRow[] = await this.knex('complaints').whereIn('id', ids as string[]);
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.byQueryCodeHash = new DataLoader(async (hashes) => {
      const rows: ComplaintRow[] = await this.knex('complaints').whereIn('query_code_hash', hashes as string[]);
      const found = new Map(rows.map((r) => [r.query_code_hash, r]));
      return hashes.map((h) => found.get(h) ?? null);
    });
    this.eventsOf = new DataLoader(async (ids) => {
      const rows: ComplaintEventRow[] = await this.knex('complaint_events')
        .whereIn('complaint_id', ids as string[])
        .orderBy([{ column: 'complaint_id' }, { column: 'seq' }]);
      const grouped = new Map<string, ComplaintEventRow[]>(ids.map((id) => [id, []]));
      for (const row of rows) grouped.get(row.complaint_id)?.push(row);
      return ids.map((id) => grouped.get(id) ?? []);
    });
  }

  get(id: string): Promise<ComplaintRow | null> {
    return this.byId.load(id);
  }

  /** Looks the code up by its hash: a wrong code runs the same single indexed query as a right one. */
  getByQueryCode(queryCode: string): Promise<ComplaintRow | null> {
    return this.byQueryCodeHash.load(hashQueryCode(queryCode));
  }

  events(complaintId: string): Promise<ComplaintEventRow[]> {
    return this.eventsOf.load(complaintId);
  }

  /** Rows already loaded elsewhere in this request (lists) need no second read. */
  prime(rows: readonly ComplaintRow[]): void {
    for (const row of rows) this.byId.prime(row.id, row);
  }

  async findByIdempotencyKey(key: string): Promise<ComplaintRow | null> {
    return ((await this.knex('complaints').where({ idempotency_key: key }).first()) as ComplaintRow | undefined) ?? null;
  }

  /**
   * Files a complaint with its first event. Returns false when a row with the same
   * idempotency key got there first (a concurrent retry): the unique index decides the race.
   */
  async insertSubmission(row: ComplaintRow): Promise<boolean> {
    try {
      await this.knex.transaction(async (trx) => {
        await trx('complaints').insert(row);
        await trx('complaint_events').insert(submitEvent(row));
      });
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }

  /**
   * Takes one step in one transaction: reads the row, lets the state machine plan the step,
   * updates the row only if nobody else changed it since (its version), and appends the event.
   * `authorize` sees the row before anything is written (the caller's region is checked there).
   */
  async step(ref: ComplaintRef, command: StepCommand, actor: Actor, now: Date, authorize: (row: ComplaintRow) => void): Promise<ComplaintRow> {
    if (TRANSITIONS[command.action].by !== actor.kind) {
      throw new Error(`${command.action} is taken by the ${TRANSITIONS[command.action].by.toLowerCase()}, not the ${actor.kind.toLowerCase()}`);
    }
    const where = 'id' in ref ? { id: ref.id } : { query_code_hash: hashQueryCode(ref.queryCode) };
    return this.knex.transaction(async (trx) => {
      const row = (await trx('complaints').where(where).first()) as ComplaintRow | undefined;
      if (!row) throw notFound('id' in ref ? `Complaint "${ref.id}"` : 'A complaint with this query code');
      authorize(row);
      const { plan, next, event } = takeStep(row, command, actor, now);
      const updated = await trx('complaints')
        .where({ id: row.id, version: row.version })
        .update({ ...plan.changes, version: next.version });
      if (updated === 0) {
        throw invalidTransition('The complaint changed while this step was being taken; reload it and try again', {
          retryable: true,
        });
      }
      await trx('complaint_events').insert(event);
      this.byId.clear(row.id).prime(row.id, next);
      this.eventsOf.clear(row.id);
      return next;
    });
  }
}
