import { idNumberProblem, personKey } from '../../../../lib/person';
import { amountOf, defaultProjectId, text, type PaymentInputRow } from './payment-input';
import type { PaymentRow } from './payments';

/** What earlier rows of the batch and the store already reversed, for reversalProblems. */
export interface ReversalsSeen {
  readonly reversedBefore: ReadonlySet<string>;
  /** Payment id to the index of the row of this batch that reverses it (filled as rows are checked). */
  readonly reversedInBatch: Map<string, number>;
  readonly secret: string;
}

/**
 * What a reversing row must satisfy: it names a payment (not a reversal) that nobody reversed
 * yet, in the store or earlier in this batch, and repeats its programme, village, person,
 * period, project and amount. Fields the row lacks or spells wrongly are reported by the field
 * checks and not compared here.
 */
export function reversalProblems(
  row: PaymentInputRow,
  index: number,
  original: PaymentRow | undefined,
  seen: ReversalsSeen,
): string[] {
  const id = text(row.reversalOf);
  if (!original) return [`reversalOf "${id}" is not a payment`];
  if (original.status === 'REVERSAL') return [`reversalOf "${id}" is itself a reversal; import a new payment instead`];
  const reasons: string[] = [];
  if (seen.reversedBefore.has(id)) reasons.push(`payment "${id}" has already been reversed`);
  const earlier = seen.reversedInBatch.get(id);
  if (earlier !== undefined) reasons.push(`payment "${id}" is already reversed by row ${earlier} of this batch`);
  else seen.reversedInBatch.set(id, index);
  const programCode = text(row.programCode);
  const villageCode = text(row.villageCode);
  const period = text(row.period);
  const idNumber = text(row.recipientIdNumber);
  if (programCode && programCode !== original.program_code) reasons.push(`payment "${id}" was paid by ${original.program_code}, not ${programCode}`);
  if (villageCode && villageCode !== original.village_code) reasons.push(`payment "${id}" was paid in village ${original.village_code}, not ${villageCode}`);
  if (idNumber && !idNumberProblem(idNumber) && personKey(seen.secret, idNumber) !== original.person_key) {
    reasons.push(`payment "${id}" was paid to another person`);
  }
  if (period && period !== original.period) reasons.push(`payment "${id}" is for ${original.period}, not ${period}`);
  // The project is compared only when it could match: a different programme, village or period
  // already names a different default project.
  if (programCode === original.program_code && villageCode === original.village_code && period === original.period) {
    const projectId = text(row.projectId) || defaultProjectId(villageCode, programCode, period);
    if (projectId !== original.project_id) reasons.push(`payment "${id}" belongs to project ${original.project_id}, not ${projectId}`);
  }
  const amount = text(row.amount) ? amountOf(row) : null;
  if (amount !== null && amount > 0 && amount !== Number(original.amount)) {
    reasons.push(`a reversal repeats the amount of payment "${id}"`);
  }
  return reasons;
}
