import type { BenchReport, MixRound, OperationReport, SoakReport, TargetReport } from './report-types';
import { ratioOf } from './rounds';

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

  // `gateway` and `direct` are the median round's when there are rounds (bench/rounds.ts).
  const single = measured.filter((op) => op.singleSubgraph && op.gateway && op.direct);
  const ratios = single.map((op) => ({ op, ratio: ratioOf(op.gateway!.rps, op.direct!.rps) }));
  // Not met when one ratio is below the line; not measured when one is missing and none is below.
  const below = ratios.some((r) => r.ratio !== null && r.ratio < DIRECT_LINE);
  const missing = ratios.some((r) => r.ratio === null);
  targets.push({
    target: 'Gateway throughput >= 70% of direct subgraph throughput on single-subgraph operations',
    met: !ratios.length ? null : below ? false : missing ? null : true,
    detail: ratios.length ? ratios.map((r) => `${r.op.name}: ${r.ratio === null ? 'no ratio (the subgraph answered nothing)' : pct(r.ratio, DIRECT_LINE)}${ofRounds(r.op)}`).join('; ') : 'not measured',
  });

  const { gateway, stock } = report.mix;
  targets.push({
    target: 'Gateway throughput >= 2x the stock ApolloGateway on the whole mix',
    met: gateway && stock ? gateway.rps >= STOCK_LINE.atLeast * stock.rps : null,
    detail: gateway && stock
      ? `${fmt(gateway.rps)} vs ${fmt(stock.rps)} requests/s (${times(gateway.rps / stock.rps, STOCK_LINE)})${ofMixRounds(report.mix.rounds)}`
      : 'run with --stock to measure',
  });

  targets.push({
    target: 'Gateway memory flat over a 10-minute soak (< 5% growth after warm-up)',
    met: report.soak ? report.soak.seconds >= 600 && soakGrowth(report.soak) !== null && soakGrowth(report.soak)! < 5 : null,
    detail: report.soak ? soakDetail(report.soak) : 'run with --soak 600 to measure',
  });

  const imp = report.importRate;
  targets.push({
    target: '`npm run import` sustains >= 50% of a raw multi-row INSERT of the same rows',
    met: imp && 'ratio' in imp ? imp.ratio >= IMPORT_LINE : null,
    detail: imp && 'ratio' in imp ? `${fmt(imp.importRowsPerSecond)} vs ${fmt(imp.rawRowsPerSecond)} rows/s (${pct(imp.ratio, IMPORT_LINE)})` : imp && 'skipped' in imp ? imp.skipped : 'not measured',
  });

  if (report.scale === 'province') {
    const city = new Map((cityReport?.operations ?? []).map((op) => [op.name, op]));
    const pairs = measured.flatMap((op) => {
      const c = city.get(op.name);
      return c?.gateway && op.gateway ? [{ name: op.name, ratio: Math.max(op.gateway.p50, 1) / Math.max(c.gateway.p50, 1) }] : [];
    });
    targets.push({
      target: 'Province-scale p50 <= 1.5x city-scale p50 for every operation',
      met: pairs.length && pairs.length === measured.length ? pairs.every((p) => p.ratio <= PROVINCE_LINE.atMost) : null,
      detail: pairs.length
        ? `${pairs.map((p) => `${p.name}: ${times(p.ratio, PROVINCE_LINE)}`).join('; ')} (against the city report of ${cityReport!.generatedAt}; a p50 below 1 ms counted as 1 ms on either side)`
        : 'run the city benchmark first (bench/reports/city.json)',
    });
  }
  return targets;
}

/** The lines of the "at least" ratio targets: gateway against direct, import against raw INSERT. */
export const DIRECT_LINE = 0.7;
export const IMPORT_LINE = 0.5;

/** The line of a target on a multiple: at least (whole mix against the stock gateway) or at most (province p50 against city). */
export type MultipleLine = { readonly atLeast: number } | { readonly atMost: number };
export const STOCK_LINE = { atLeast: 2 } as const;
export const PROVINCE_LINE = { atMost: 1.5 } as const;

/** ", median of N rounds (a%, b%, c%)" after an operation's ratio, when it was measured in rounds. */
function ofRounds(op: OperationReport): string {
  if (!op.rounds || op.rounds.length < 2) return '';
  return `, median of ${op.rounds.length} rounds (${op.rounds.map((r) => (r.ratio === null ? '–' : pct(r.ratio, DIRECT_LINE))).join(', ')})`;
}

/** ", median of N rounds (a, b, c)" after the whole mix's multiple, when it was measured in rounds. */
function ofMixRounds(rounds: readonly MixRound[] | undefined): string {
  if (!rounds || rounds.length < 2) return '';
  return `, median of ${rounds.length} rounds (${rounds.map((r) => (r.ratio === null ? '–' : times(r.ratio, STOCK_LINE))).join(', ')})`;
}

export const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n >= 100 ? n.toFixed(0) : n.toFixed(2));

/**
 * A ratio in whole percent. With the `line` of an "at least" target, a ratio below the line that
 * would round up to it shows one decimal, cut down and kept under the line (69.96% against 70% is
 * 69.9%, not 70%), so the figure never contradicts the verdict beside it.
 */
export function pct(r: number, line?: number): string {
  const whole = Math.round(r * 100);
  const linePercent = line === undefined ? 0 : Math.round(line * 100);
  if (line === undefined || r >= line || whole < linePercent) return `${whole}%`;
  return `${Math.min(Math.floor(r * 1000) / 10, linePercent - 0.1).toFixed(1)}%`;
}

/**
 * A ratio as a multiple ("2.23x"), as fmt shows numbers. With the `line` of its target, a ratio on
 * the failing side that fmt would round onto the line or past it shows three decimals, kept off the
 * line (1.996 against at least 2x is 1.996x and 1.9996 is 1.999x, not 2.00x; 1.504 against at most
 * 1.5x is 1.504x, not 1.50x), so the figure never contradicts the verdict beside it, as pct does.
 */
export function times(r: number, line?: MultipleLine): string {
  const shown = Number(fmt(r));
  if (line && 'atLeast' in line && r < line.atLeast && shown >= line.atLeast) {
    return `${Math.min(Number(r.toFixed(3)), line.atLeast - 0.001).toFixed(3)}x`;
  }
  if (line && 'atMost' in line && r > line.atMost && shown <= line.atMost) {
    return `${Math.max(Number(r.toFixed(3)), line.atMost + 0.001).toFixed(3)}x`;
  }
  return `${fmt(r)}x`;
}
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** The growth the soak target judges: of the retained-memory trend, or in older reports of the RSS windows. */
function soakGrowth(soak: SoakReport): number | null {
  if (!soak.collections) return soak.growthPercent;
  return soak.retained ? soak.retained.growthPercent : null;
}

function soakDetail(soak: SoakReport): string {
  if (!soak.collections) {
    return `${soak.seconds} s: ${mib(soak.rssAfterWarmup)} after warm-up, ${mib(soak.rssAtEnd)} at the end (${fmt(soak.growthPercent)}%)`;
  }
  if (!soak.retained) return `${soak.seconds} s: fewer than two readings after a full collection; no trend`;
  return (
    `${soak.seconds} s: trend of RSS after a full collection ${mib(soak.retained.start)} after warm-up, ${mib(soak.retained.end)} at the end ` +
    `(${fmt(soak.retained.growthPercent)}%)` +
    (soak.liveHeap ? `; live heap ${mib(soak.liveHeap.start)} and ${mib(soak.liveHeap.end)}` : '')
  );
}
