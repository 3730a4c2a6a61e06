import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { logAccessMany, regionOfRecords } from '../../../../lib/access-log';
import { canSeeRegion, PROVINCE_CODE } from '../../../../lib/auth';
import { badUserInput, invalidTransition, notFound } from '../../../../lib/errors';
import { clampFirst, decodeCursor, toConnection } from '../../../../lib/pagination';
import { idNumberProblem, maskIdNumber, personKey } from '../../../../lib/person';
import { regionRange } from '../../../../lib/region-range';
import { toStoreDateTime } from '../../../../lib/scalars';
import type { BaseContext } from '../../../../lib/subgraph/context';
import type { OfficialConnectionParent, OfficialRoleRow, OfficialRow, RelativeRow } from './rows';
import { todayUtc } from './today';

/** The audit feed reads the register in large pages; everything else keeps the standard cap. */
export const MAX_REGISTER_PAGE_SIZE = 500;

export interface ListOfficialsOptions {
  regionCode: string;
  serving: boolean | null | undefined;
  first: number | null | undefined;
  after: string | null | undefined;
  maxFirst?: number;
}

export interface RegisterOfficialFields {
  regionCode: string;
  name: string;
  idNumber: string;
  position: string;
  termStart: string;
}

export interface RegisterRelativeFields {
  officialId: string;
  relation: string;
  idNumber: string;
}

/** Stable id of a relative's registration: one per official and person, whoever registers it. */
export const relativeId = (officialId: string, key: string) => `REL-${officialId}-${key.slice(0, 12)}`;

function requireText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (!text) throw badUserInput(`${field} must not be empty`);
  if (Array.from(text).length > max) throw badUserInput(`${field} must be at most ${max} characters`);
  return text;
}

function requireIdNumber(idNumber: string): void {
  const problem = idNumberProblem(idNumber);
  if (problem) throw badUserInput(problem);
}

/** Officials and their registered relatives: every read by key goes through a per-request loader. */
export class OfficialSource {
  private readonly byId: DataLoader<string, OfficialRow | null>;
  private readonly relativesByOfficial: DataLoader<Pick<OfficialRow, 'id' | 'region_code'>, RelativeRow[], string>;
  private readonly rolesByPerson: DataLoader<string, OfficialRoleRow[]>;

  constructor(
    private readonly knex: Knex,
    private readonly ctx: BaseContext,
  ) {
    this.byId = new DataLoader(async (ids) => {
      const rows: OfficialRow[] = await this.knex('officials').whereIn('id', ids as string[]);
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.relativesByOfficial = new DataLoader(
      async (officials) => {
        const officialIds = officials.map((o) => o.id);
        const rows: RelativeRow[] = await this.knex('official_relatives')
          .whereIn('official_id', officialIds)
          .orderBy(['official_id', 'registered_at', 'id']);
        // Relatives are registered on an official's post: the read is of the official's region.
        await logAccessMany(this.knex, this.ctx, 'official.relatives', officials.map((o) => ({ subject: o.id, region: o.region_code })));
        const grouped = new Map<string, RelativeRow[]>(officialIds.map((id) => [id, []]));
        for (const row of rows) grouped.get(row.official_id)?.push(row);
        return officialIds.map((id) => grouped.get(id) ?? []);
      },
      { cacheKeyFn: (official) => official.id },
    );
    this.rolesByPerson = new DataLoader(async (keys) => this.loadRoles(keys as string[]));
  }

  get(id: string): Promise<OfficialRow | null> {
    return this.byId.load(id);
  }

  async getOrFail(id: string): Promise<OfficialRow> {
    const row = await this.get(id);
    if (!row) throw notFound(`Official ${id}`);
    return row;
  }

  relatives(official: Pick<OfficialRow, 'id' | 'region_code'>): Promise<RelativeRow[]> {
    return this.relativesByOfficial.load(official);
  }

  rolesOf(key: string): Promise<OfficialRoleRow[]> {
    return this.rolesByPerson.load(key);
  }

  /** One statement for a batch of person keys: the posts they hold and the posts of officials they are relatives of. */
  private async loadRoles(keys: string[]): Promise<OfficialRoleRow[][]> {
    const held = this.knex('officials as o')
      .select(this.knex.raw("'HOLDER' as kind"), this.knex.raw('NULL as relation'), 'o.person_key as matched_key', 'o.*')
      .whereIn('o.person_key', keys);
    const related = this.knex('official_relatives as r')
      .join('officials as o', 'o.id', 'r.official_id')
      .select(this.knex.raw("'RELATIVE' as kind"), 'r.relation', 'r.person_key as matched_key', 'o.*')
      .whereIn('r.person_key', keys);
    type Joined = OfficialRow & { kind: 'HOLDER' | 'RELATIVE'; relation: string | null; matched_key: string };
    const rows: Joined[] = await this.knex.select('*').from(held.unionAll(related).as('roles')).orderBy(['id', 'kind']);
    const grouped = new Map<string, OfficialRoleRow[]>(keys.map((k) => [k, []]));
    for (const { kind, relation, matched_key: matched, ...official } of rows) {
      grouped.get(matched)?.push({ kind, relation, official });
    }
    // Each key's read is filed under the posts the caller is shown (Person.officialRoles keeps
    // those under their region), or under the caller's region that was searched when none is.
    const searched = this.ctx.principal.region ?? PROVINCE_CODE;
    const reads = keys.map((key) => {
      const shown = grouped.get(key)!.filter((role) => canSeeRegion(this.ctx.principal, role.official.region_code));
      return { subject: key, region: regionOfRecords(shown.map((role) => role.official.region_code), searched) };
    });
    await logAccessMany(this.knex, this.ctx, 'person.officialRoles', reads);
    return keys.map((k) => grouped.get(k) ?? []);
  }

  /** Officials under a region, keyset-paginated on (region_code, id). */
  async list(options: ListOfficialsOptions): Promise<OfficialConnectionParent> {
    const first = clampFirst(options.first, options.maxFirst);
    const cursor = decodeCursor(options.after, 2);
    const filtered = () => {
      const query = this.knex('officials').whereBetween('region_code', regionRange(options.regionCode));
      const today = todayUtc();
      if (options.serving === true) query.andWhere((b) => b.whereNull('term_end').orWhere('term_end', '>=', today));
      if (options.serving === false) query.andWhere('term_end', '<', today);
      return query;
    };
    const page = filtered();
    if (cursor) {
      const [code, id] = cursor.map(String);
      page.andWhere((b) => b.where('region_code', '>', code).orWhere((c) => c.where('region_code', code).andWhere('id', '>', id)));
    }
    const rows: OfficialRow[] = await page.orderBy(['region_code', 'id']).limit(first + 1);
    for (const row of rows) this.byId.prime(row.id, row);
    return toConnection(rows, first, (r) => [r.region_code, r.id], async () => {
      const [{ n }] = await filtered().count({ n: '*' });
      return Number(n);
    });
  }

  /** Writes one access-log row, under the region listed, for a page of the register read by the audit feed. */
  logRegisterRead(regionCode: string): Promise<void> {
    return logAccessMany(this.knex, this.ctx, 'officials.register', [{ subject: regionCode, region: regionCode }]);
  }

  async register(fields: RegisterOfficialFields): Promise<OfficialRow> {
    const name = requireText(fields.name, 'name', 64);
    const position = requireText(fields.position, 'position', 64);
    requireIdNumber(fields.idNumber);
    const region = await this.ctx.regions.get(fields.regionCode);
    if (!region || (region.level !== 'VILLAGE' && region.level !== 'TOWNSHIP')) {
      throw badUserInput(`regionCode ${fields.regionCode} is not a village or township code; officials are registered where their post is`);
    }
    return this.knex.transaction(async (trx) => {
      const prefix = `OFF-${fields.regionCode}-`;
      const existing: Array<{ id: string }> = await trx('officials').select('id').where('region_code', fields.regionCode);
      // Demo officials are numbered by their resident index (below 100); registered ones from 100 up.
      const next = Math.max(99, ...existing.map((r) => Number(r.id.slice(prefix.length)) || 0)) + 1;
      const row: OfficialRow = {
        id: `${prefix}${next}`,
        region_code: fields.regionCode,
        name,
        position,
        person_key: personKey(this.ctx.personKeySecret, fields.idNumber),
        masked_id_number: maskIdNumber(fields.idNumber),
        term_start: fields.termStart,
        term_end: null,
        registered_by: this.ctx.principal.sub ?? 'unknown',
        registered_at: toStoreDateTime(new Date()),
      };
      await trx('officials').insert(row);
      return row;
    });
  }

  async endTerm(official: OfficialRow, termEnd: string): Promise<OfficialRow> {
    if (official.term_end !== null) {
      throw invalidTransition(`The term of ${official.id} already ended on ${official.term_end}`, { officialId: official.id });
    }
    if (termEnd < official.term_start) {
      throw badUserInput(`termEnd ${termEnd} is before the term started (${official.term_start})`);
    }
    // The guard on term_end makes a concurrent second ending update nothing instead of overwriting.
    const updated = await this.knex('officials').where({ id: official.id }).whereNull('term_end').update({ term_end: termEnd });
    if (updated === 0) throw invalidTransition(`The term of ${official.id} has already been ended`, { officialId: official.id });
    const row = { ...official, term_end: termEnd };
    this.byId.clear(official.id).prime(official.id, row);
    return row;
  }

  async registerRelative(official: OfficialRow, fields: RegisterRelativeFields): Promise<RelativeRow> {
    const relation = requireText(fields.relation, 'relation', 32);
    requireIdNumber(fields.idNumber);
    const key = personKey(this.ctx.personKeySecret, fields.idNumber);
    if (key === official.person_key) throw badUserInput('An official cannot be registered as their own relative');
    return this.knex.transaction(async (trx) => {
      const existing: RelativeRow | undefined = await trx('official_relatives').where({ official_id: official.id, person_key: key }).first();
      if (existing) return existing;
      const row: RelativeRow = {
        id: relativeId(official.id, key),
        official_id: official.id,
        relation,
        person_key: key,
        masked_id_number: maskIdNumber(fields.idNumber),
        registered_by: this.ctx.principal.sub ?? 'unknown',
        registered_at: toStoreDateTime(new Date()),
      };
      await trx('official_relatives').insert(row);
      return row;
    });
  }
}
