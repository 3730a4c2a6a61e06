import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { RowProblem } from '../../../../lib/errors';
import { idNumberProblem, maskIdNumber, normaliseIdNumber, personKey } from '../../../../lib/person';
import { insertInChunks } from '../../../../lib/db/bulk';
import { runImport } from '../../../../lib/imports';
import type { ImportBatchRow } from './import-batches';

export interface DeathRecordInput {
  idNumber: string;
  name: string;
  dateOfDeath: string;
}

const MAX_NAME_LENGTH = 64;

/**
 * The civil-affairs deaths register, a reference register of the audit store. ID numbers are
 * turned into person keys on arrival; the raw number is never written, not even into the
 * batch's content hash.
 */
export class DeathRegisterSource {
  constructor(
    private readonly knex: Knex,
    private readonly personKeySecret: string,
  ) {}

  /** Imports one batch (see lib/imports for the idempotency and all-or-nothing rules). */
  importBatch(batchKey: string, regionCode: string, entries: readonly DeathRecordInput[], importedBy: string): Promise<ImportBatchRow> {
    const keyOf = (entry: DeathRecordInput) =>
      idNumberProblem(entry.idNumber) === null ? personKey(this.personKeySecret, entry.idNumber) : null;
    return runImport(this.knex, {
      kind: 'DEATH_REGISTER',
      batchKey,
      rows: entries,
      importedBy,
      // Strings only: their canonical JSON is the plain JSON these batches were first hashed by.
      canonicalRow: (entry) => [regionCode, keyOf(entry) ?? 'invalid', entry.name.trim(), entry.dateOfDeath],
      validate: (rows) => validateDeaths(rows, new Date().toISOString().slice(0, 10)),
      write: (trx, batch) =>
        insertInChunks(
          trx,
          'death_register',
          entries.map((entry) => ({
            id: randomUUID(),
            batch_id: batch.id,
            person_key: keyOf(entry),
            name: entry.name.trim(),
            masked_id_number: maskIdNumber(entry.idNumber),
            date_of_death: entry.dateOfDeath,
            region_code: regionCode,
          })),
        ),
    });
  }

  /**
   * The recorded date of death of each person key that has one (the earliest, if two registers
   * disagree): one statement for a whole page of payments.
   */
  async datesOfDeath(personKeys: readonly string[]): Promise<Map<string, string>> {
    const keys = [...new Set(personKeys)];
    if (!keys.length) return new Map();
    const rows: Array<{ person_key: string; date_of_death: string }> = await this.knex('death_register')
      .select('person_key')
      .min({ date_of_death: 'date_of_death' })
      .whereIn('person_key', keys)
      .groupBy('person_key');
    return new Map(rows.map((r) => [r.person_key, r.date_of_death]));
  }
}

/** Every problem of every entry: ID number (check digit), name, date (not after `today`), repeats. */
export function validateDeaths(rows: readonly DeathRecordInput[], today: string): RowProblem[] {
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const reasons: string[] = [];
    const idProblem = idNumberProblem(row.idNumber);
    if (idProblem) reasons.push(idProblem);
    else {
      const id = normaliseIdNumber(row.idNumber);
      const first = seen.get(id);
      if (first !== undefined) reasons.push(`the same person as row ${first}`);
      else seen.set(id, index);
      const born = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
      if (row.dateOfDeath < born) reasons.push(`dateOfDeath ${row.dateOfDeath} is before the date of birth in the ID number`);
    }
    const name = row.name.trim();
    if (name === '' || Array.from(name).length > MAX_NAME_LENGTH) reasons.push(`name must be 1 to ${MAX_NAME_LENGTH} characters`);
    if (row.dateOfDeath > today) reasons.push(`dateOfDeath ${row.dateOfDeath} is in the future`);
    if (reasons.length) problems.push({ index, reason: reasons.join('; ') });
  });
  return problems;
}
