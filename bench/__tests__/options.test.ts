import { parseBenchOptions, UsageError } from '../options';

describe('benchmark options: rounds of gateway against direct', () => {
  it('five rounds by default, the later ones with 1 s of warm-up', () => {
    expect(parseBenchOptions([], {})).toMatchObject({ rounds: 5, warmup: 3, roundWarmup: 1 });
  });

  it('--rounds N; the later rounds never warm up longer than the first', () => {
    expect(parseBenchOptions(['--rounds', '5', '--warmup', '10'], {})).toMatchObject({ rounds: 5, warmup: 10, roundWarmup: 1 });
    expect(parseBenchOptions(['--rounds', '1', '--warmup', '0'], {})).toMatchObject({ rounds: 1, warmup: 0, roundWarmup: 0 });
  });

  it('refuses a round count that is not a whole number from 1', () => {
    for (const value of ['0', '2.5', 'three']) expect(() => parseBenchOptions(['--rounds', value], {})).toThrow(UsageError);
    expect(() => parseBenchOptions(['--rounds'], {})).toThrow('--rounds needs a whole number >= 1');
  });
});
