import type { AlertCandidate, PaymentFact, RuleRun } from './rule';

/**
 * Which payments of a period stand after their reversals. Finance takes a reversal only with the
 * programme, village, person, period and whole amount of the payment it names (`reversalOf`), so
 * a payment and its reversal are read in the same period of the same run, on the same page or
 * on different ones in either order: once the period's last page has been read, every payment
 * the period's reversals name is known. A reversed payment was cancelled in full; a reversal is
 * a correction, never a payment of its own.
 */
export class PeriodReversals {
  private readonly reversed = new Set<string>();

  /** Notes the reversals of a page; returns its payments (the rows that are not reversals). */
  payments(page: readonly PaymentFact[]): PaymentFact[] {
    const payments: PaymentFact[] = [];
    for (const row of page) {
      if (row.reversalOf !== null) this.reversed.add(row.reversalOf);
      else if (row.status === 'PAID') payments.push(row);
    }
    return payments;
  }

  /** Whether no reversal read so far names the payment (final once the period is read). */
  stands(paymentId: string): boolean {
    return !this.reversed.has(paymentId);
  }
}

/**
 * The run of a rule that judges each payment on its own: `flag` proposes alerts for a page's
 * payments, and they are held until the period ends, when those on payments a reversal
 * cancelled are dropped. The alerts are the same whatever the pages' size and order.
 */
export function unlessReversed(flag: (payments: PaymentFact[]) => AlertCandidate[] | Promise<AlertCandidate[]>): RuleRun {
  const reversals = new PeriodReversals();
  const held: AlertCandidate[] = [];
  return {
    async consume(page) {
      held.push(...(await flag(reversals.payments(page))));
      return [];
    },
    finishPeriod() {
      return held.splice(0).filter((alert) => reversals.stands(alert.subject.id));
    },
  };
}
