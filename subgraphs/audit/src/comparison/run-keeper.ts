import { hostname } from 'node:os';
import type { Logger } from '../../../../lib/logger';
import { outsideRequest } from '../../../../lib/request-stats';
import type { ComparisonRunSource, RunOwner } from '../datasources/comparison-runs';
import type { ComparisonRunRow } from '../datasources/rows';

/**
 * A comparison run goes on in the memory of the process that started it, after the request that
 * started it has been answered RUNNING. When that process dies (a restart, a crash, a deploy)
 * the run's record would say RUNNING for ever; this keeper records such runs FAILED, with a
 * reason a person can act on.
 *
 * Several replicas may share one audit store, so "RUNNING and not mine" does not mean dead. A
 * run's record names its owner (host and pid) and a heartbeat its owner renews while the run
 * goes on. A run is abandoned when:
 * - its heartbeat is older than STALE_AFTER_MS: whoever owns it, a live process would have
 *   renewed it (the bound is several beats, so a busy event loop or a slow store is not taken
 *   for death, and it absorbs clock differences between hosts); or
 * - its owner is on this host and that pid no longer runs: known at once, without waiting; or
 * - at this process's start, its owner is this host and this very pid: a process that has just
 *   started runs nothing yet, so that run belongs to an earlier process that had the same pid
 *   (a restarted container's pid 1). This assumes one audit subgraph per process, as index.ts runs it.
 * A replica on another host with a fresh heartbeat is never marked; if it died, its runs are
 * marked once the bound has passed, when a process starts or when someone reads the run
 * (`comparisonRun(id)`), whichever comes first.
 */

/** How often a process renews the heartbeat of the runs it is working on. */
export const HEARTBEAT_MS = 30_000;
/** A heartbeat older than this means the owner died: six missed beats. */
export const STALE_AFTER_MS = 6 * HEARTBEAT_MS;

/** What an abandoned run's record says: what happened, and what to do. */
export const INTERRUPTED_FAILURE =
  'interrupted by a restart of the audit subgraph before it finished; run it again (the alerts it raised stay, and a new run does not raise them twice)';

/** This process, as it is recorded on the runs it starts. */
export const THIS_PROCESS: RunOwner = { host: hostname(), pid: process.pid };

/** Whether a pid runs on this host: signal 0 checks without sending anything (EPERM: it runs, as another user). */
export function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface AbandonCheck {
  readonly me: RunOwner;
  readonly now: Date;
  /** True once, at this process's start, before it has started any run. */
  readonly starting: boolean;
  readonly isAlive: (pid: number) => boolean;
}

/** Whether a RUNNING run's process is dead (see the rules above). */
export function isAbandoned(run: Pick<ComparisonRunRow, 'owner_host' | 'owner_pid' | 'heartbeat_at' | 'started_at'>, check: AbandonCheck): boolean {
  const lastSign = Date.parse(`${(run.heartbeat_at ?? run.started_at).replace(' ', 'T')}Z`);
  if (check.now.getTime() - lastSign > STALE_AFTER_MS) return true;
  if (run.owner_host !== check.me.host || run.owner_pid === null) return false;
  if (run.owner_pid === check.me.pid) return check.starting;
  return !check.isAlive(run.owner_pid);
}

export interface RunKeeperOptions {
  readonly owner?: RunOwner;
  readonly isAlive?: (pid: number) => boolean;
  readonly now?: () => Date;
}

/** One per process: records the runs of dead processes as FAILED, and keeps this process's runs' heartbeat. */
export class RunKeeper {
  readonly owner: RunOwner;
  private readonly isAlive: (pid: number) => boolean;
  private readonly now: () => Date;
  private readonly active = new Set<string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly runs: ComparisonRunSource,
    private readonly logger: Logger,
    options: RunKeeperOptions = {},
  ) {
    this.owner = options.owner ?? THIS_PROCESS;
    this.isAlive = options.isAlive ?? pidIsAlive;
    this.now = options.now ?? (() => new Date());
  }

  /** At start, before any request: records every abandoned run FAILED; returns those it recorded. */
  async recoverAtStart(): Promise<ComparisonRunRow[]> {
    const now = this.now();
    const recorded: ComparisonRunRow[] = [];
    for (const run of await this.runs.listRunning()) {
      if (!this.abandoned(run, true, now)) continue;
      const row = await this.runs.interrupt(run, INTERRUPTED_FAILURE, now);
      if (row) recorded.push(row);
    }
    if (recorded.length) {
      this.logger.warn({ runs: recorded.map((r) => r.id) }, 'recorded comparison runs of stopped processes as FAILED (interrupted)');
    }
    return recorded;
  }

  /** The run as it stands: a RUNNING run of a dead process is recorded FAILED first. */
  async current(run: ComparisonRunRow): Promise<ComparisonRunRow> {
    const now = this.now();
    if (!this.abandoned(run, false, now)) return run;
    // Null: another process recorded it first, or it ended after all; the store has the truth.
    return (await this.runs.interrupt(run, INTERRUPTED_FAILURE, now)) ?? (await this.runs.reload(run.id)) ?? run;
  }

  /** This process works on the run: its heartbeat is renewed until `release`. */
  hold(runId: string): void {
    this.active.add(runId);
    // The timer serves every run of the process, not the request that happened to start it.
    this.timer ??= outsideRequest(() => setInterval(() => void this.beat(), HEARTBEAT_MS).unref());
  }

  release(runId: string): void {
    this.active.delete(runId);
    if (this.active.size === 0) this.stop();
  }

  /** Renews the heartbeat of every run this process works on (one statement, only while there are any). */
  async beat(): Promise<void> {
    try {
      await this.runs.beat([...this.active], this.now());
    } catch (err) {
      // A missed beat is not fatal: the bound is several beats long.
      this.logger.warn({ err }, 'could not renew the heartbeat of comparison runs');
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private abandoned(run: ComparisonRunRow, starting: boolean, now: Date): boolean {
    if (run.status !== 'RUNNING' || this.active.has(run.id)) return false;
    return isAbandoned(run, { me: this.owner, now, starting, isAlive: this.isAlive });
  }
}
