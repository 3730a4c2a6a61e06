import type { Knex } from 'knex';

/** The part of a stored payment that project totals depend on. Amounts are fen (reversals negative). */
export interface PaymentAmount {
  project_id: string;
  person_key: string;
  amount: number;
}

/** A row of `project_person_totals`: what one person was paid net in one project (fen). */
export interface ProjectPersonTotalRow {
  project_id: string;
  person_key: string;
  net: number;
}

const CHUNK = 500;

const isMysql = (trx: Knex.Transaction) => trx.client.config.client !== 'better-sqlite3';

/** Each project's people and what the payments add to their nets, a payment and its reversal netted. */
export function netsByProject(payments: readonly PaymentAmount[]): Map<string, Map<string, number>> {
  const byProject = new Map<string, Map<string, number>>();
  for (const { project_id, person_key, amount } of payments) {
    const nets = byProject.get(project_id) ?? new Map<string, number>();
    nets.set(person_key, (nets.get(person_key) ?? 0) + amount);
    byProject.set(project_id, nets);
  }
  return byProject;
}

/**
 * Adds a batch's payments to their projects' `disbursed` and `beneficiary_count`, inside the
 * transaction that inserted them, from the batch's rows alone: the people's nets are upserted in
 * project_person_totals, read back, and a person counts once more (or less) when the batch took
 * their net above zero (or back to zero or below). The statements are a few per 500 people of the
 * batch, whatever the projects already hold; the result is what summing all their payments gives.
 *
 * The caller holds the projects' locks (lockProjects), so no other import changes these nets
 * meanwhile. On MySQL the upsert and the UPDATE work on the latest committed rows, and the
 * read-back is a locking read for the same reason: a plain read would see the snapshot the
 * transaction began with, from before an import it waited for behind the project lock.
 */
export async function addToProjectTotals(trx: Knex.Transaction, payments: readonly PaymentAmount[]): Promise<void> {
  const added = isMysql(trx) ? trx.raw('net + VALUES(net)') : trx.raw('project_person_totals.net + excluded.net');
  const byProject = netsByProject(payments);
  // Key order: each project's rows are one range of the primary key, locked in the same order by every import.
  for (const projectId of [...byProject.keys()].sort()) {
    const deltas = byProject.get(projectId)!;
    const people = [...deltas.keys()].sort();
    let beneficiaries = 0;
    for (let i = 0; i < people.length; i += CHUNK) {
      const chunk = people.slice(i, i + CHUNK);
      await trx('project_person_totals')
        .insert(chunk.map((person_key) => ({ project_id: projectId, person_key, net: deltas.get(person_key)! })))
        .onConflict(['project_id', 'person_key'])
        .merge({ net: added });
      const read = trx('project_person_totals').where('project_id', projectId).whereIn('person_key', chunk).select('person_key', 'net');
      if (isMysql(trx)) read.forUpdate();
      for (const row of (await read) as Array<Pick<ProjectPersonTotalRow, 'person_key' | 'net'>>) {
        const delta = deltas.get(row.person_key)!;
        const after = Number(row.net);
        beneficiaries += Number(after > 0) - Number(after - delta > 0);
      }
    }
    let disbursed = 0;
    for (const delta of deltas.values()) disbursed += delta;
    await trx('fund_projects')
      .where('id', projectId)
      .update({
        disbursed: trx.raw('disbursed + ?', [disbursed]),
        beneficiary_count: trx.raw('beneficiary_count + ?', [beneficiaries]),
      });
  }
}
