import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import type { Logger } from '../../lib/logger';
import { RateLimiter, type RateDecision } from './limits/rate-limiter';

/**
 * Gateway workers on every core sharing one port (node:cluster; the primary accepts and hands
 * connections round-robin). What must stay one across workers goes through the primary over
 * IPC: the rate-limit counters (a caller gets `max` per window in all, not per worker), the
 * response cache's invalidations (an import seen by one worker empties the others' entries),
 * and /metrics (the sum of all workers, from prom-client's AggregatorRegistry).
 */

type ToPrimary =
  | { type: 'gw:rate'; id: number; key: string; n: number }
  | { type: 'gw:invalidate'; subgraphs: string[] }
  | { type: 'gw:metrics'; id: number };

type ToWorker =
  | { type: 'gw:rate'; id: number; decision: RateDecision }
  | { type: 'gw:invalidate'; subgraphs: string[] }
  | { type: 'gw:metrics'; id: number; text: string; contentType: string };

export interface ClusterOptions {
  readonly workers: number;
  readonly rateLimit: { readonly max: number; readonly windowMs: number };
  readonly logger: Logger;
}

/** Runs in the primary: forks the workers, replaces one that dies, relays shared state. */
export function runPrimary(options: ClusterOptions): void {
  const { logger } = options;
  const limiter = new RateLimiter(options.rateLimit.max, options.rateLimit.windowMs);
  const aggregator = new AggregatorRegistry();
  let stopping = false;

  const onMessage = (worker: Worker, message: ToPrimary) => {
    switch (message?.type) {
      case 'gw:rate':
        worker.send({ type: 'gw:rate', id: message.id, decision: limiter.take(message.key, message.n) } satisfies ToWorker);
        return;
      case 'gw:invalidate':
        for (const other of Object.values(cluster.workers ?? {})) {
          if (other && other !== worker && other.isConnected()) other.send(message satisfies ToWorker);
        }
        return;
      case 'gw:metrics':
        aggregator.clusterMetrics().then(
          (text) => worker.send({ type: 'gw:metrics', id: message.id, text, contentType: aggregator.contentType } satisfies ToWorker),
          (err: Error) => {
            logger.warn({ err }, 'could not collect the workers’ metrics');
            worker.send({ type: 'gw:metrics', id: message.id, text: '', contentType: aggregator.contentType } satisfies ToWorker);
          },
        );
        return;
      default:
    }
  };
  cluster.on('message', onMessage);
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    logger.error({ pid: worker.process.pid, code, signal }, 'gateway worker died; starting another');
    cluster.fork();
  });
  for (let i = 0; i < options.workers; i += 1) cluster.fork();
  logger.info({ workers: options.workers }, 'gateway primary started its workers');

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping the gateway workers');
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    let left = workers.length;
    if (!left) process.exit(0);
    for (const w of workers) {
      w.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(0);
      });
      w.process.kill(signal);
    }
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/** Worker side: ask the primary, answer by request id. */
export class PrimaryLink {
  private next = 0;
  private readonly pending = new Map<number, (message: ToWorker) => void>();
  private readonly invalidationListeners: Array<(subgraphs: string[]) => void> = [];

  constructor() {
    process.on('message', (message: ToWorker) => {
      if (message?.type === 'gw:invalidate') {
        for (const listener of this.invalidationListeners) listener(message.subgraphs);
        return;
      }
      if (message?.type !== 'gw:rate' && message?.type !== 'gw:metrics') return;
      const resolve = this.pending.get(message.id);
      this.pending.delete(message.id);
      resolve?.(message);
    });
  }

  private ask(build: (id: number) => ToPrimary): Promise<ToWorker> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      process.send!(build(id));
    });
  }

  async takeRate(key: string, n: number): Promise<RateDecision> {
    const reply = await this.ask((id) => ({ type: 'gw:rate', id, key, n }));
    return (reply as Extract<ToWorker, { type: 'gw:rate' }>).decision;
  }

  async metrics(): Promise<{ text: string; contentType: string }> {
    const reply = (await this.ask((id) => ({ type: 'gw:metrics', id }))) as Extract<ToWorker, { type: 'gw:metrics' }>;
    return { text: reply.text, contentType: reply.contentType };
  }

  broadcastInvalidation(subgraphs: string[]): void {
    process.send!({ type: 'gw:invalidate', subgraphs } satisfies ToPrimary);
  }

  onInvalidation(listener: (subgraphs: string[]) => void): void {
    this.invalidationListeners.push(listener);
  }
}
