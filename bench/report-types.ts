import type { LoadResult } from './load';
import type { Scale } from './options';

/** The JSON report (bench/reports/*.json); the Markdown report is rendered from it. */
export interface OperationReport {
  readonly name: string;
  readonly description: string;
  readonly singleSubgraph: boolean;
  /** Null when the operation works; else why it was not measured. */
  readonly error: string | null;
  /** Through the gateway and straight to the subgraph: the median round's when there are rounds. */
  readonly gateway: LoadResult | null;
  readonly direct: LoadResult | null;
  /**
   * Single-subgraph operations (the 70% target's): each alternating round, in order. Operations
   * with a direct target that are not single-subgraph, and reports from before rounds, have none:
   * one measurement of each.
   */
  readonly rounds?: readonly DirectRound[];
  /** Which of `rounds` (1-based) has the median ratio (bench/rounds.ts): `gateway` and `direct` are its. */
  readonly medianRound?: number;
  readonly stock: LoadResult | null;
  /** Statements per request, one request at a time (exact). */
  readonly sqlSingle: { readonly gateway: number | null; readonly direct: number | null; readonly bySubgraph: Record<string, number> };
  /** Statements per request at a small and a large page size, through the gateway. */
  readonly pageSize: {
    readonly small: number;
    readonly smallSql: number;
    readonly smallBySubgraph: Record<string, number>;
    readonly large: number;
    readonly largeSql: number;
    readonly largeBySubgraph: Record<string, number>;
  } | null;
}

export interface DirectRound {
  readonly gateway: LoadResult;
  readonly direct: LoadResult;
  /** Gateway req/s over direct req/s; null when the subgraph answered nothing. */
  readonly ratio: number | null;
}

export interface MemoryReport {
  /** Resident memory after start-up and warm-up, bytes. */
  readonly start: number;
  readonly end: number;
  readonly peak: number;
}

export interface SoakReport {
  readonly seconds: number;
  readonly warmupSeconds: number;
  /** Gateway RSS samples: seconds since the start, bytes. */
  readonly samples: ReadonlyArray<{ readonly t: number; readonly rss: number }>;
  readonly rssAfterWarmup: number;
  readonly rssAtEnd: number;
  readonly growthPercent: number;
  readonly load: LoadResult;
}

export interface ImportRateReport {
  readonly rows: number;
  readonly importSeconds: number;
  readonly rawInsertSeconds: number;
  readonly importRowsPerSecond: number;
  readonly rawRowsPerSecond: number;
  readonly ratio: number;
  /** Each round's times, in order (reports before rounds existed have none); the fields above are their medians. */
  readonly rounds?: readonly ImportRound[];
  readonly note: string;
}

export interface ImportRound {
  readonly importSeconds: number;
  readonly rawInsertSeconds: number;
}

export interface TargetReport {
  readonly target: string;
  /** Null when this run could not measure it. */
  readonly met: boolean | null;
  readonly detail: string;
}

export interface BenchReport {
  readonly generatedAt: string;
  readonly scale: Scale;
  readonly machine: Record<string, string>;
  readonly settings: {
    readonly connections: number;
    readonly duration: number;
    readonly warmup: number;
    readonly apq: boolean;
    /** Rounds of gateway against direct, and the warm-up before each round after the first (absent before rounds). */
    readonly rounds?: number;
    readonly roundWarmup?: number;
  };
  readonly techniques: string;
  readonly operations: OperationReport[];
  readonly mix: { readonly gateway: LoadResult | null; readonly stock: LoadResult | null };
  readonly memory: Record<string, MemoryReport>;
  readonly soak: SoakReport | null;
  readonly importRate: ImportRateReport | { readonly skipped: string } | null;
  readonly targets: TargetReport[];
}
