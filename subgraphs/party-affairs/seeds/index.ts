import type { Seed } from '../../../lib/subgraph/store';

/** party-affairs's demo seed: deterministic; resets what it fills. */
export const seed: Seed = async () => {};
