import type { LoadResult } from '../load';
import type { BenchReport, OperationReport } from '../report-types';
import { directRound, medianRound } from '../rounds';
import { judgeTargets, pct, PROVINCE_LINE, STOCK_LINE, times } from '../targets';

const load = (rps: number, p50: number): LoadResult => ({
  requests: rps * 10,
  rps,
  p50,
  p99: p50 * 2,
  failures: 0,
  graphqlErrors: 0,
  firstError: null,
  sqlPerRequest: 1,
  cpuMsPerRequest: {},
});

function operation(name: string, gateway: LoadResult, direct: LoadResult | null, extra: Partial<OperationReport> = {}): OperationReport {
  return {
    name,
    description: name,
    singleSubgraph: direct !== null,
    error: null,
    gateway,
    direct,
    stock: null,
    sqlSingle: { gateway: 1, direct: direct ? 1 : null, bySubgraph: { finance: 1 } },
    pageSize: null,
    ...extra,
  };
}

function report(scale: 'city' | 'province', operations: OperationReport[]): Omit<BenchReport, 'targets'> {
  return {
    generatedAt: '2026-11-27T21:35:05.107Z',
    scale,
    machine: {},
    settings: { connections: 10, duration: 10, warmup: 3, apq: false },
    techniques: 'defaults',
    operations,
    mix: { gateway: load(900, 11), stock: load(300, 30) },
    memory: {},
    soak: null,
    importRate: { rows: 20000, importSeconds: 1, rawInsertSeconds: 0.25, importRowsPerSecond: 20000, rawRowsPerSecond: 80000, ratio: 0.25, note: '' },
  };
}

describe('the benchmark judging issue 8 targets', () => {
  const paged = { small: 20, smallSql: 5, smallBySubgraph: {}, large: 100, largeSql: 5, largeBySubgraph: {} };

  it('judges a city run: page size, gateway against direct, against stock, soak and import', () => {
    const targets = judgeTargets(
      report('city', [
        operation('paymentsPage', load(10000, 0), load(800, 11), { pageSize: paged }),
        operation('mySubsidies', load(1450, 6), load(2700, 3)),
        operation('townshipDashboard', load(500, 18), null),
      ]),
      null,
    );
    expect(targets.map((t) => [t.met, t.detail])).toEqual([
      [true, 'paymentsPage: 5 at first=20, 5 at first=100'],
      [false, 'paymentsPage: 1250%; mySubsidies: 54%'],
      [true, '900 vs 300 requests/s (3x)'],
      [null, 'run with --soak 600 to measure'],
      [false, '20000 vs 80000 rows/s (25%)'],
    ]);
  });

  describe('the soak', () => {
    const MiB = 1024 * 1024;
    const soakTarget = (soak: BenchReport['soak']) => judgeTargets({ ...report('city', []), soak }, null)[3];
    const soak = (seconds: number, growthPercent: number): NonNullable<BenchReport['soak']> => ({
      seconds,
      warmupSeconds: 60,
      windowSeconds: 60,
      samples: [],
      rssAfterWarmup: 250 * MiB,
      rssAtEnd: 290 * MiB,
      collections: [],
      retained: { start: 200 * MiB, end: 200 * MiB * (1 + growthPercent / 100), growthPercent },
      liveHeap: { start: 53 * MiB, end: 54 * MiB, growthPercent: 1.89 },
      growthPercent,
      load: load(600, 15),
    });

    it('is judged on the trend of RSS after a full collection, not on the samples between collections', () => {
      expect(soakTarget(soak(600, 4.9))).toEqual({
        target: 'Gateway memory flat over a 10-minute soak (< 5% growth after warm-up)',
        met: true,
        detail: '600 s: trend of RSS after a full collection 200 MiB after warm-up, 210 MiB at the end (4.90%); live heap 53 MiB and 54 MiB',
      });
    });

    it('is not met at 5% growth, by a soak shorter than 10 minutes, or without a trend', () => {
      expect(soakTarget(soak(600, 5)).met).toBe(false);
      expect(soakTarget(soak(300, 0)).met).toBe(false);
      expect(soakTarget({ ...soak(600, 0), retained: null })).toMatchObject({
        met: false,
        detail: '600 s: fewer than two readings after a full collection; no trend',
      });
    });

    it('judges a report from before the collections on its RSS windows', () => {
      const old = { ...soak(600, 6.96), collections: undefined, retained: undefined, liveHeap: undefined, rssAfterWarmup: 255 * MiB, rssAtEnd: 272 * MiB };
      expect(soakTarget(old)).toMatchObject({ met: false, detail: '600 s: 255 MiB after warm-up, 272 MiB at the end (6.96%)' });
    });
  });

  it('counts a p50 below 1 ms as 1 ms on both sides of the province/city ratio', () => {
    const city = { ...report('city', [operation('paymentsPage', load(10000, 0), null), operation('submit', load(900, 9), null)]), targets: [] };
    const province = judgeTargets(report('province', [operation('paymentsPage', load(9800, 0), null), operation('submit', load(870, 14), null)]), city);
    const ratio = province.find((t) => t.target.startsWith('Province-scale'))!;
    expect(ratio.met).toBe(false);
    expect(ratio.detail).toBe(
      'paymentsPage: 1x; submit: 1.56x (against the city report of 2026-11-27T21:35:05.107Z; a p50 below 1 ms counted as 1 ms on either side)',
    );
  });

  describe('gateway against direct measured in rounds', () => {
    const gatewayTarget = (operations: OperationReport[]) => judgeTargets(report('city', operations), null)[1];
    /** An operation measured in rounds of these req/s (gateway, direct), with its median round's runs as gateway and direct. */
    const inRounds = (name: string, pairs: Array<[number, number]>) => {
      const rounds = pairs.map(([g, d]) => directRound(load(g, 5), load(d, 3)));
      const median = medianRound(rounds);
      return operation(name, rounds[median - 1].gateway, rounds[median - 1].direct, { rounds, medianRound: median });
    };

    it('judges on the median round and lists every round', () => {
      const target = gatewayTarget([inRounds('mySubsidies', [[890, 1547], [1000, 1408], [1044, 1500]]), inRounds('submitComplaint', [[576, 703], [600, 690], [590, 700]])]);
      expect(target).toEqual({
        target: 'Gateway throughput >= 70% of direct subgraph throughput on single-subgraph operations',
        met: false,
        detail: 'mySubsidies: 69.6%, median of 3 rounds (58%, 71%, 69.6%); submitComplaint: 84%, median of 3 rounds (82%, 87%, 84%)',
      });
      expect(gatewayTarget([inRounds('mySubsidies', [[890, 1547], [1000, 1408], [1080, 1500]])]).met).toBe(true);
    });

    it('a ratio just under the line is shown under it, never rounded up to it', () => {
      const target = gatewayTarget([operation('mySubsidies', load(696, 5), load(1000, 3))]);
      expect([target.met, target.detail]).toEqual([false, 'mySubsidies: 69.6%']);
      const atLine = gatewayTarget([operation('mySubsidies', load(700, 5), load(1000, 3))]);
      expect([atLine.met, atLine.detail]).toEqual([true, 'mySubsidies: 70%']);
    });

    it('an operation whose subgraph answered nothing has no ratio: not measured, unless another is below the line', () => {
      const silent = operation('submitComplaint', load(600, 5), load(0, 0));
      expect(gatewayTarget([silent, operation('mySubsidies', load(900, 5), load(1000, 3))])).toMatchObject({
        met: null,
        detail: 'submitComplaint: no ratio (the subgraph answered nothing); mySubsidies: 90%',
      });
      expect(gatewayTarget([silent, operation('mySubsidies', load(500, 5), load(1000, 3))]).met).toBe(false);
    });
  });

  describe('percentages beside an "at least" verdict', () => {
    it('are whole percent, rounded, when that keeps them on their side of the line', () => {
      expect([pct(0.5753), pct(0.694, 0.7), pct(0.7, 0.7), pct(0.7049, 0.7), pct(24.287, 0.7), pct(0.5287, 0.5)]).toEqual(['58%', '69%', '70%', '70%', '2429%', '53%']);
    });

    it('below the line but rounding up to it: one decimal, cut down, never the line itself', () => {
      expect([pct(0.696, 0.7), pct(0.6999, 0.7), pct(0.69999999999, 0.7), pct(0.4996, 0.5)]).toEqual(['69.6%', '69.9%', '69.9%', '49.9%']);
    });

    it('without a line, rounded as before', () => {
      expect(pct(0.696)).toBe('70%');
    });
  });

  describe('multiples beside a verdict', () => {
    it('are shown as fmt shows numbers when that keeps them on their side of the line', () => {
      expect([times(2.23, STOCK_LINE), times(2, STOCK_LINE), times(1.994, STOCK_LINE), times(3, STOCK_LINE), times(2.004, STOCK_LINE)]).toEqual(['2.23x', '2x', '1.99x', '3x', '2.00x']);
      expect([times(1.04, PROVINCE_LINE), times(1.5, PROVINCE_LINE), times(1.496, PROVINCE_LINE), times(1.506, PROVINCE_LINE), times(1, PROVINCE_LINE)]).toEqual(['1.04x', '1.50x', '1.50x', '1.51x', '1x']);
    });

    it('under an at-least line but rounding up to it: three decimals, never the line itself', () => {
      expect([times(1.996, STOCK_LINE), times(1.9996, STOCK_LINE), times(1.99999999, STOCK_LINE)]).toEqual(['1.996x', '1.999x', '1.999x']);
    });

    it('over an at-most line but rounding down to it: three decimals, never the line itself', () => {
      expect([times(1.504, PROVINCE_LINE), times(1.5004, PROVINCE_LINE), times(1.50000001, PROVINCE_LINE)]).toEqual(['1.504x', '1.501x', '1.501x']);
    });

    it('without a line, rounded as before', () => {
      expect([times(1.996), times(1.504), times(11.58)]).toEqual(['2.00x', '1.50x', '11.58x']);
    });

    it('a stock ratio just under 2x and a province ratio just over 1.5x are shown on the side of their verdicts', () => {
      const city = report('city', [operation('submit', load(900, 125), null)]);
      const province = report('province', [operation('submit', load(870, 188), null)]);
      const targets = judgeTargets({ ...province, mix: { gateway: load(998, 11), stock: load(500, 30) } }, { ...city, targets: [] });
      expect(targets.filter((t) => /stock|Province/.test(t.target)).map((t) => [t.met, t.detail])).toEqual([
        [false, '998 vs 500 requests/s (1.996x)'],
        [false, 'submit: 1.504x (against the city report of 2026-11-27T21:35:05.107Z; a p50 below 1 ms counted as 1 ms on either side)'],
      ]);
    });

    it('the whole mix measured in rounds is judged on the median round, and every round is listed', () => {
      const round = (ours: number, stock: number) => ({ gateway: load(ours, 11), stock: load(stock, 30), ratio: ours / stock });
      const rounds = [round(344, 169), round(341, 171), round(288, 169), round(344, 171), round(347, 172)];
      const targets = judgeTargets({ ...report('city', []), mix: { gateway: rounds[3].gateway, stock: rounds[3].stock, rounds, medianRound: 4 } }, null);
      expect(targets.find((t) => /stock/.test(t.target))).toMatchObject({
        met: true,
        detail: '344 vs 171 requests/s (2.01x), median of 5 rounds (2.04x, 1.99x, 1.70x, 2.01x, 2.02x)',
      });
    });
  });
});
