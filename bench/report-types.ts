import type { LoadResult } from './load';
import type { Trend } from './trend';
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

/** One round of the whole mix through our gateway and through the stock one. */
export interface MixRound {
  readonly gateway: LoadResult;
  readonly stock: LoadResult;
  /** Our req/s over the stock gateway's; null when the stock gateway answered nothing. */
  readonly ratio: number | null;
}

export interface MemoryReport {
  /** Resident memory after start-up and warm-up, bytes. */
  readonly start: number;
  readonly end: number;
  readonly peak: number;
}

/**
 * A sample of the gateway in the soak: seconds since the start and its RSS in bytes; every 5 s
 * also its V8 heap in use, the heap's committed size, and memory outside the heap (Buffers).
 */
export interface SoakSample {
  t: number;
  rss: number;
  heapUsed?: number;
  heapTotal?: number;
  external?: number;
}

/** A full garbage collection in the gateway during the soak, and its memory right after it. */
export interface SoakCollection {
  /** Seconds since the soak's start. */
  readonly t: number;
  /** Resident memory of the gateway (with its workers), bytes. */
  readonly rss: number;
  /** The V8 heap in use: the live heap, right after the collection. */
  readonly heapUsed: number;
  /** Memory outside the V8 heap that JavaScript objects hold (Buffers). */
  readonly external: number;
}

export interface SoakReport {
  readonly seconds: number;
  readonly warmupSeconds: number;
  /** Seconds of each of the two windows of RSS samples whose means are reported (reports before it: 30). */
  readonly windowSeconds?: number;
  readonly samples: ReadonlyArray<SoakSample>;
  /** Mean RSS samples of the first window after warm-up and of the last window. */
  readonly rssAfterWarmup: number;
  readonly rssAtEnd: number;
  /** The collections, every 30 s from the end of warm-up, the last after the load (reports before it: none). */
  readonly collections?: readonly SoakCollection[];
  /** Trend (bench/trend.ts) of the RSS right after each collection: from the first reading to the last. */
  readonly retained?: Trend | null;
  /** The same of the live V8 heap (heapUsed right after each collection). */
  readonly liveHeap?: Trend | null;
  /**
   * What the target judges: the growth of `retained`, in percent (in reports before collections,
   * of rssAtEnd over rssAfterWarmup).
   */
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
    /** Which run of a round came first: gateway in every round (absent: reports before 2026-11-28), or taking turns. */
    readonly roundOrder?: 'taking-turns';
  };
  readonly techniques: string;
  readonly operations: OperationReport[];
  /**
   * The whole mix through our gateway and the stock one: with rounds (reports from 2026-11-28 on),
   * `gateway` and `stock` are the median round's runs, which the 2x target judges.
   */
  readonly mix: {
    readonly gateway: LoadResult | null;
    readonly stock: LoadResult | null;
    readonly rounds?: readonly MixRound[];
    readonly medianRound?: number;
  };
  readonly memory: Record<string, MemoryReport>;
  readonly soak: SoakReport | null;
  readonly importRate: ImportRateReport | { readonly skipped: string } | null;
  readonly targets: TargetReport[];
}
