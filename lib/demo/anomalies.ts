import { Random } from '../random';

/**
 * Which demo villages carry which planted irregularity. Decided from the village code alone,
 * so finance's payments, audit's deaths register and party-affairs' relatives agree, and each
 * comparison rule finds something in the demo data (about 2% of villages each).
 */
export interface VillageAnomalies {
  /** Resident 0 died on DEMO_DEATH_DATE; the allowance kept being paid afterwards. */
  readonly deceasedRecipient: boolean;
  /** Resident 1's DIBAO for DUPLICATE_PERIOD was paid twice. */
  readonly duplicatePayment: boolean;
  /** Resident 2's DIBAO for OVER_STANDARD_PERIOD was three times the programme's standard. */
  readonly overStandard: boolean;
  /** Resident 8, a registered relative of the village party secretary, receives DIBAO. */
  readonly officialRelativeRecipient: boolean;
}

export const DEMO_DEATH_DATE = '2017-03-15';
export const DUPLICATE_PERIOD = '2017-05';
export const OVER_STANDARD_PERIOD = '2017-02';
const RATE = 0.02;

export function villageAnomalies(villageCode: string): VillageAnomalies {
  const rng = new Random(`anomalies:${villageCode}`);
  return {
    deceasedRecipient: rng.chance(RATE),
    duplicatePayment: rng.chance(RATE),
    overStandard: rng.chance(RATE),
    officialRelativeRecipient: rng.chance(RATE),
  };
}
