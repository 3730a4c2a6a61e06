import type { LoadResult } from './load';
import type { DirectRound, OperationReport } from './report-types';

/** A throughput ratio, or null when the other side answered nothing (no ratio, not Infinity or NaN). */
export const ratioOf = (rps: number, other: number) => (other > 0 ? rps / other : null);

export const directRound = (gateway: LoadResult, direct: LoadResult): DirectRound => ({ gateway, direct, ratio: ratioOf(gateway.rps, direct.rps) });

/**
 * The round (1-based) whose gateway/direct ratio is the median: the 70% target is judged on it.
 * The median of the rounds' ratios rather than the ratio of the medians: a round's two runs are
 * next to each other in time, so a change in what else loads the shared cores weighs on both
 * sides of its ratio, where the ratio of medians would pair runs of different rounds; either way
 * one disturbed round is left out. Of an even count the lower middle one, so the ratio reported is
 * one that most rounds reached and an actual round, whose runs the tables show. A round without a
 * ratio sorts last: it is chosen only when most rounds have none.
 */
export function medianRound(rounds: readonly DirectRound[]): number {
  if (!rounds.length) throw new Error('no rounds to take the median of');
  const key = (round: DirectRound) => round.ratio ?? Infinity;
  const order = rounds.map((round, index) => ({ index, key: key(round) })).sort((a, b) => (a.key === b.key ? 0 : a.key < b.key ? -1 : 1));
  return order[Math.floor((order.length - 1) / 2)].index + 1;
}

export type RoundTarget = 'gateway' | 'direct';

/**
 * `count` alternating rounds, gateway and direct in each, the first of a round taking turns
 * (gateway, direct, direct, gateway, gateway, direct, ...): on two shared cores one pair of runs
 * swung the self-lookup's ratio between 58% and 71% on a quiet machine, and a run could cost every
 * process a third more CPU per request than the run before it; with the order taking turns, a
 * machine that slows down (or speeds up) across an operation's rounds favours neither side.
 * `measure` warms up for the seconds given, then measures.
 */
export async function alternatingRounds(
  count: number,
  warmup: { readonly first: number; readonly later: number },
  measure: (target: RoundTarget, round: number, warmupSeconds: number) => Promise<LoadResult>,
): Promise<DirectRound[]> {
  const rounds: DirectRound[] = [];
  for (let round = 1; round <= count; round += 1) {
    const seconds = round === 1 ? warmup.first : warmup.later;
    const gatewayFirst = round % 2 === 1;
    const first = await measure(gatewayFirst ? 'gateway' : 'direct', round, seconds);
    const second = await measure(gatewayFirst ? 'direct' : 'gateway', round, seconds);
    rounds.push(gatewayFirst ? directRound(first, second) : directRound(second, first));
  }
  return rounds;
}

/**
 * Rounds for an operation with a direct target: `rounds` when it is single-subgraph, its ratio
 * judged by the 70% target; one gateway run and one direct run otherwise (regionComplaints), whose
 * ratio only fills the table's column and is judged by nothing, so no rounds to decide it.
 */
export const roundsFor = (singleSubgraph: boolean, rounds: number) => (singleSubgraph ? rounds : 1);

/**
 * An operation's gateway and direct runs for its report: the median round's, with every round,
 * when it was measured in rounds (single-subgraph); its one pair alone otherwise, as reports
 * before rounds had it, so the report lists rounds only for the operations that had them.
 */
export function againstDirect(singleSubgraph: boolean, rounds: readonly DirectRound[]): Pick<OperationReport, 'gateway' | 'direct' | 'rounds' | 'medianRound'> {
  const median = medianRound(rounds);
  const { gateway, direct } = rounds[median - 1];
  return singleSubgraph ? { gateway, direct, rounds, medianRound: median } : { gateway, direct };
}
