import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { canSeeRegion, hasRole, type Principal } from '../../../../lib/auth';

/** A row of `people`: a recipient. The raw ID number is never stored, only its masked form. */
export interface PersonRow {
  person_key: string;
  name: string;
  masked_id_number: string;
  /** Where the person was first paid; scopes who may see the person key. */
  village_code: string;
  created_at: string;
}

/**
 * Auditors, inspectors, service jobs (the audit comparison rules) and admins whose region
 * covers the person's village may see person keys and a person's full payment list; nobody
 * else, so the public cannot link the masked entries of a list to one person.
 */
export function maySeePersonDetail(principal: Principal, villageCode: string): boolean {
  return hasRole(principal, 'auditor', 'inspector', 'service') && canSeeRegion(principal, villageCode);
}

/** Recipients by person key, batched per request (payment → recipient, Person references). */
export class PersonSource {
  private readonly byKey: DataLoader<string, PersonRow | null>;

  constructor(private readonly knex: Knex) {
    this.byKey = new DataLoader(async (keys) => {
      const rows: PersonRow[] = await this.knex('people').whereIn('person_key', keys as string[]);
      const found = new Map(rows.map((r) => [r.person_key, r]));
      return keys.map((k) => found.get(k) ?? null);
    });
  }

  get(personKey: string): Promise<PersonRow | null> {
    return this.byKey.load(personKey);
  }
}
