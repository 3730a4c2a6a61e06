import type { PaymentFact, RuleReferences } from '../../src/rules/rule';

/** Hand-made payments for the rules' unit tests: DIBAO of 180.00 (standard 260.00) unless told otherwise. */
export function payment(fields: Partial<PaymentFact> & { id: string }): PaymentFact {
  return {
    personKey: 'key-a',
    programCode: 'DIBAO',
    standardAmount: 26_000,
    meansTested: true,
    amount: 18_000,
    period: '2017-03',
    paidAt: '2017-03-10',
    villageCode: '431002001001',
    projectId: 'PRJ-431002-2017-DIBAO',
    status: 'PAID',
    reversalOf: null,
    ...fields,
  };
}

/** The reversal of `original` as finance stores it: same programme, person, village and period, amount negated. */
export function reversal(original: PaymentFact, fields: Partial<PaymentFact> & { id: string }): PaymentFact {
  return { ...original, amount: -original.amount, status: 'REVERSAL', reversalOf: original.id, ...fields };
}

export function references(fields: Partial<RuleReferences> & { deaths?: Record<string, string> } = {}): RuleReferences & { lookups: string[][] } {
  const lookups: string[][] = [];
  const deaths = new Map(Object.entries(fields.deaths ?? {}));
  return {
    lookups,
    officials: fields.officials ?? [],
    datesOfDeath: (keys) => {
      lookups.push([...keys]);
      return Promise.resolve(new Map([...deaths].filter(([k]) => keys.includes(k))));
    },
  };
}
