import type { LoadResult } from '../load';
import type { DirectRound } from '../report-types';
import { againstDirect, alternatingRounds, directRound, medianRound, ratioOf, roundsFor } from '../rounds';

const load = (rps: number): LoadResult => ({
  requests: rps * 10,
  rps,
  p50: 5,
  p99: 10,
  failures: 0,
  graphqlErrors: 0,
  firstError: null,
  sqlPerRequest: 1,
  cpuMsPerRequest: {},
});

/** Rounds with these gateway/direct ratios (direct at 1000 req/s; null: the subgraph answered nothing). */
const roundsOf = (...ratios: Array<number | null>): DirectRound[] =>
  ratios.map((r) => (r === null ? directRound(load(700), load(0)) : directRound(load(r * 1000), load(1000))));

describe('benchmark rounds of gateway against direct', () => {
  it('a round has the ratio of its two runs, or none when the subgraph answered nothing', () => {
    expect(directRound(load(890), load(1547)).ratio).toBeCloseTo(0.5753, 4);
    expect(directRound(load(890), load(0)).ratio).toBeNull();
    expect(ratioOf(0, 0)).toBeNull();
  });

  it('the median round of an odd count is the one with the middle ratio, wherever it ran', () => {
    expect(medianRound(roundsOf(0.65, 0.58, 0.71))).toBe(1);
    expect(medianRound(roundsOf(0.71, 0.65, 0.58))).toBe(2);
    expect(medianRound(roundsOf(0.9))).toBe(1);
    expect(medianRound(roundsOf(0.5, 0.9, 0.6, 0.7, 0.8))).toBe(4);
  });

  it('of an even count the lower middle one: a ratio most rounds reached', () => {
    expect(medianRound(roundsOf(0.72, 0.6, 0.75, 0.69))).toBe(4);
    expect(medianRound(roundsOf(0.8, 0.6))).toBe(2);
  });

  it('ties keep the earlier round', () => {
    expect(medianRound(roundsOf(0.7, 0.7, 0.7))).toBe(2);
    expect(medianRound(roundsOf(0.6, 0.7, 0.7, 0.8))).toBe(2);
  });

  it('a round without a ratio sorts last: chosen only when most rounds have none', () => {
    expect(medianRound(roundsOf(null, 0.6, 0.65))).toBe(3);
    expect(medianRound(roundsOf(null, 0.6, null))).toBe(1);
  });

  it('refuses to take the median of no rounds', () => {
    expect(() => medianRound([])).toThrow('no rounds');
  });

  it('runs gateway and direct in each round, the first of a round taking turns, the first round with the full warm-up and the later ones with theirs', async () => {
    const calls: string[] = [];
    let rps = 100;
    const rounds = await alternatingRounds(3, { first: 3, later: 1 }, async (target, round, warmup) => {
      calls.push(`${target} ${round} ${warmup}s`);
      rps += 100;
      return load(rps);
    });
    expect(calls).toEqual(['gateway 1 3s', 'direct 1 3s', 'direct 2 1s', 'gateway 2 1s', 'gateway 3 1s', 'direct 3 1s']);
    expect(rounds.map((r) => [r.gateway.rps, r.direct.rps])).toEqual([
      [200, 300],
      [500, 400],
      [600, 700],
    ]);
    expect(rounds[2].ratio).toBeCloseTo(600 / 700);
  });

  it('one round is one gateway run and one direct run, as before rounds', async () => {
    const calls: string[] = [];
    await alternatingRounds(1, { first: 3, later: 1 }, async (target, round, warmup) => {
      calls.push(`${target} ${round} ${warmup}s`);
      return load(100);
    });
    expect(calls).toEqual(['gateway 1 3s', 'direct 1 3s']);
  });

  it('only single-subgraph operations, whose ratio the 70% target judges, get the rounds asked for', () => {
    expect([roundsFor(true, 3), roundsFor(true, 5), roundsFor(true, 1)]).toEqual([3, 5, 1]);
    expect([roundsFor(false, 3), roundsFor(false, 1)]).toEqual([1, 1]);
  });

  it('reports a single-subgraph operation with every round and the median one, another with its one pair and no rounds', () => {
    const rounds = roundsOf(0.65, 0.58, 0.71);
    expect(againstDirect(true, rounds)).toEqual({ gateway: rounds[0].gateway, direct: rounds[0].direct, rounds, medianRound: 1 });
    const pair = roundsOf(0.3);
    expect(againstDirect(false, pair)).toEqual({ gateway: pair[0].gateway, direct: pair[0].direct });
  });
});
