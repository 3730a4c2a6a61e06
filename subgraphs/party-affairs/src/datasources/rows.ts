import type { Connection } from '../../../../lib/pagination';

/** Rows of party-affairs's tables, as knex returns them; the GraphQL parents of its types. */

export interface OfficialRow {
  id: string;
  region_code: string;
  name: string;
  position: string;
  person_key: string;
  masked_id_number: string;
  term_start: string;
  term_end: string | null;
  registered_by: string;
  registered_at: string;
}

export interface RelativeRow {
  id: string;
  official_id: string;
  relation: string;
  person_key: string;
  masked_id_number: string;
  registered_by: string;
  registered_at: string;
}

export interface DisclosureNoticeRow {
  id: string;
  region_code: string;
  domain: string;
  period: string;
  title: string;
  content: string;
  due_by: string;
  published_at: string;
  published_on: string;
  published_by: string;
}

export interface AccountabilityActionRow {
  id: string;
  official_id: string;
  reason: string;
  measure: string;
  decided_at: string;
  finding_id: string | null;
  complaint_id: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** A Person as this subgraph knows it: the key alone. */
export interface PersonRef {
  personKey: string;
}

/** A Finding or Complaint as this subgraph knows it: the id alone. */
export interface EntityRef {
  id: string;
  /** Set where the type is not known from the field (the AccountabilityBasis union). */
  __typename?: 'Finding' | 'Complaint';
}

/** One tie of a person to a post: the official's row, and the relation for relatives. */
export interface OfficialRoleRow {
  kind: 'HOLDER' | 'RELATIVE';
  relation: string | null;
  official: OfficialRow;
}

export type OfficialConnectionParent = Connection<OfficialRow>;
export type DisclosureConnectionParent = Connection<DisclosureNoticeRow>;
