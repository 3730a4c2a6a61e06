import type { BenchReport, TargetReport } from './report-types';

/**
 * The targets of issue 8, judged from the numbers of a run (and, for the province run, the
 * latest city report). A target this run could not measure is reported as such, never as met.
 */
export function judgeTargets(report: Omit<BenchReport, 'targets'>, cityReport: BenchReport | null): TargetReport[] {
  const targets: TargetReport[] = [];
  const measured = report.operations.filter((op) => !op.error);

  const paged = measured.filter((op) => op.pageSize);
  const growing = paged.filter((op) => op.pageSize!.largeSql > op.pageSize!.smallSql);
  targets.push({
    target: 'SQL statements per request do not grow with page size',
    met: paged.length ? growing.length === 0 : null,
    detail: paged.length
      ? paged.map((op) => `${op.name}: ${fmt(op.pageSize!.smallSql)} at first=${op.pageSize!.small}, ${fmt(op.pageSize!.largeSql)} at first=${op.pageSize!.large}`).join('; ')
      : 'no paged operation could be measured',
  });

  const single = measured.filter((op) => op.singleSubgraph && op.gateway && op.direct);
  const ratios = single.map((op) => ({ name: op.name, ratio: op.gateway!.rps / op.direct!.rps }));
  targets.push({
    target: 'Gateway throughput >= 70% of direct subgraph throughput on single-subgraph operations',
    met: ratios.length ? ratios.every((r) => r.ratio >= 0.7) : null,
    detail: ratios.length ? ratios.map((r) => `${r.name}: ${pct(r.ratio)}`).join('; ') : 'not measured',
  });

  const { gateway, stock } = report.mix;
  targets.push({
    target: 'Gateway throughput >= 2x the stock ApolloGateway on the whole mix',
    met: gateway && stock ? gateway.rps >= 2 * stock.rps : null,
    detail: gateway && stock ? `${fmt(gateway.rps)} vs ${fmt(stock.rps)} requests/s (${fmt(gateway.rps / stock.rps)}x)` : 'run with --stock to measure',
  });

  targets.push({
    target: 'Gateway memory flat over a 10-minute soak (< 5% growth after warm-up)',
    met: report.soak ? report.soak.seconds >= 600 && report.soak.growthPercent < 5 : null,
    detail: report.soak
      ? `${report.soak.seconds} s: ${mib(report.soak.rssAfterWarmup)} after warm-up, ${mib(report.soak.rssAtEnd)} at the end (${fmt(report.soak.growthPercent)}%)`
      : 'run with --soak 600 to measure',
  });

  const imp = report.importRate;
  targets.push({
    target: '`npm run import` sustains >= 50% of a raw multi-row INSERT of the same rows',
    met: imp && 'ratio' in imp ? imp.ratio >= 0.5 : null,
    detail: imp && 'ratio' in imp ? `${fmt(imp.importRowsPerSecond)} vs ${fmt(imp.rawRowsPerSecond)} rows/s (${pct(imp.ratio)})` : imp && 'skipped' in imp ? imp.skipped : 'not measured',
  });

  if (report.scale === 'province') {
    const city = new Map((cityReport?.operations ?? []).map((op) => [op.name, op]));
    const pairs = measured.flatMap((op) => {
      const c = city.get(op.name);
      return c?.gateway && op.gateway ? [{ name: op.name, ratio: Math.max(op.gateway.p50, 1) / Math.max(c.gateway.p50, 1) }] : [];
    });
    targets.push({
      target: 'Province-scale p50 <= 1.5x city-scale p50 for every operation',
      met: pairs.length && pairs.length === measured.length ? pairs.every((p) => p.ratio <= 1.5) : null,
      detail: pairs.length
        ? `${pairs.map((p) => `${p.name}: ${fmt(p.ratio)}x`).join('; ')} (against the city report of ${cityReport!.generatedAt}; a p50 below 1 ms counted as 1 ms on either side)`
        : 'run the city benchmark first (bench/reports/city.json)',
    });
  }
  return targets;
}

export const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n >= 100 ? n.toFixed(0) : n.toFixed(2));
export const pct = (r: number) => `${(r * 100).toFixed(0)}%`;
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
