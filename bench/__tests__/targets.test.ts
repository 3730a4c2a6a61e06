import type { LoadResult } from '../load';
import type { BenchReport, OperationReport } from '../report-types';
import { judgeTargets } from '../targets';

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

  it('counts a p50 below 1 ms as 1 ms on both sides of the province/city ratio', () => {
    const city = { ...report('city', [operation('paymentsPage', load(10000, 0), null), operation('submit', load(900, 9), null)]), targets: [] };
    const province = judgeTargets(report('province', [operation('paymentsPage', load(9800, 0), null), operation('submit', load(870, 14), null)]), city);
    const ratio = province.find((t) => t.target.startsWith('Province-scale'))!;
    expect(ratio.met).toBe(false);
    expect(ratio.detail).toBe(
      'paymentsPage: 1x; submit: 1.56x (against the city report of 2026-11-27T21:35:05.107Z; a p50 below 1 ms counted as 1 ms on either side)',
    );
  });
});
