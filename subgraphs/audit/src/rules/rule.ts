import type { SubjectRef } from '../datasources/rows';

/**
 * What a comparison rule is: a named, versioned module that looks at payments (read through
 * the gateway page by page) against reference data and proposes alerts. Rules are pure over
 * their inputs, so each is unit-tested on hand-made rows; the runner (comparison/) does the
 * reading, the recording and the idempotency.
 *
 * A new version of a rule (a changed criterion) gets a new `version`: its alerts are raised
 * again, since one alert exists per rule, version and subject, and each supersedes the older
 * versions' alert on its subject, carrying the auditor's decision where that is safe
 * (datasources/alert-supersession.ts).
 */

/** One payment as a rule sees it (amounts in fen; dates YYYY-MM-DD). */
export interface PaymentFact {
  readonly id: string;
  /** Null when the gateway did not disclose it; rules skip such payments. */
  readonly personKey: string | null;
  readonly programCode: string;
  /** The programme's standard: the most one payment may be. */
  readonly standardAmount: number;
  /** The programme is means-tested (finance's catalogue says so). */
  readonly meansTested: boolean;
  readonly amount: number;
  readonly period: string;
  readonly paidAt: string;
  readonly villageCode: string;
  readonly projectId: string | null;
  readonly status: 'PAID' | 'REVERSAL';
  /** For a reversal, the id of the payment it reverses (wholly: a reversal repeats its amount); null for a payment. */
  readonly reversalOf: string | null;
}

/** One official of the register (party-affairs), with the registered relatives. */
export interface OfficialFact {
  readonly id: string;
  readonly regionCode: string;
  readonly position: string | null;
  readonly termStart: string;
  readonly termEnd: string | null;
  readonly personKey: string | null;
  readonly relatives: ReadonlyArray<{ readonly relation: string; readonly personKey: string }>;
}

export interface AlertFact {
  readonly name: string;
  readonly value: string;
}

/** An alert a rule proposes; the runner raises it unless its subject was alerted before. */
export interface AlertCandidate {
  readonly subject: SubjectRef;
  readonly personKey: string | null;
  readonly regionCode: string;
  readonly fundProjectId: string | null;
  /** Fen: what a finding opened from the alert would question. */
  readonly questionedAmount: number;
  readonly evidence: string;
  readonly facts: readonly AlertFact[];
}

/** Reference data a rule may consult besides the payments. */
export interface RuleReferences {
  /** Recorded dates of death of the given person keys (the audit store's deaths register). */
  datesOfDeath(personKeys: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /** The officials register under the run's region (read before the payments when `needsOfficials`). */
  readonly officials: readonly OfficialFact[];
}

/** A rule's work on one period: the period's pages arrive in order, then `finishPeriod` once. */
export interface RuleRun {
  consume(page: readonly PaymentFact[]): Promise<AlertCandidate[]>;
  /**
   * The alerts that need the whole period (duplicates, and any alert a reversal on a later page
   * could cancel: see reversals.ts); called after its last page.
   */
  finishPeriod(): AlertCandidate[];
}

/** What a confirmed alert of the rule becomes: the finding's type, severity and criteria. */
export interface FindingTemplate {
  readonly type: 'IRREGULAR_PAYMENT' | 'OVERPAYMENT' | 'CONFLICT_OF_INTEREST';
  readonly severity: 'LOW' | 'MEDIUM' | 'HIGH';
  readonly criteria: string;
  readonly recommendation: string;
}

export interface ComparisonRule {
  readonly name: string;
  readonly version: number;
  readonly description: string;
  /** The rule reads the officials register (through the gateway) before the payments. */
  readonly needsOfficials: boolean;
  readonly finding: FindingTemplate;
  start(references: RuleReferences): RuleRun;
}

/** A payment as the subject of an alert, with where it was paid and the project it belongs to. */
export function paymentCandidate(
  payment: PaymentFact,
  questionedAmount: number,
  evidence: string,
  facts: AlertFact[],
): AlertCandidate {
  return {
    subject: { type: 'PAYMENT', id: payment.id },
    personKey: payment.personKey,
    regionCode: payment.villageCode,
    fundProjectId: payment.projectId,
    questionedAmount,
    evidence,
    facts,
  };
}
