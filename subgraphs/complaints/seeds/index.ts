import type { Seed } from '../../../lib/subgraph/store';

/** complaints's demo seed: deterministic; resets what it fills. */
export const seed: Seed = async () => {};
