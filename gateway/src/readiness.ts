import type { Logger } from '../../lib/logger';
import type { GatewayMetrics } from './metrics';

export interface Readiness {
  readonly ready: boolean;
  readonly status: 'ready' | 'not ready' | 'draining';
  readonly supergraph: 'loaded' | 'not loaded';
  /** Each subgraph by name: up when its /health answered 2xx in time. */
  readonly subgraphs: Record<string, 'up' | 'down'>;
}

/** `http://host:port/graphql` → `http://host:port/health` */
export function healthUrlOf(graphqlUrl: string): string {
  return new URL('/health', graphqlUrl).toString();
}

/**
 * Ready means: the supergraph is loaded, the gateway is not draining, and every subgraph's
 * /health answers within the timeout. Checked afresh on each call (load balancers poll it
 * every few seconds), all subgraphs in parallel. Names only, never addresses, in the answer.
 */
export async function checkReadiness(options: {
  subgraphUrls: Record<string, string>;
  supergraphLoaded: boolean;
  draining: boolean;
  timeoutMs: number;
  metrics: GatewayMetrics;
  logger: Logger;
}): Promise<Readiness> {
  const entries = await Promise.all(
    Object.entries(options.subgraphUrls).map(async ([name, url]): Promise<[string, 'up' | 'down']> => {
      try {
        const res = await fetch(healthUrlOf(url), { signal: AbortSignal.timeout(options.timeoutMs) });
        await res.arrayBuffer();
        if (res.ok) return [name, 'up'];
        options.logger.warn({ subgraph: name, url, status: res.status }, 'readiness: subgraph health check failed');
      } catch (err) {
        // Load balancers poll /ready every few seconds: one line with the reason, no stack.
        const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
        options.logger.warn({ subgraph: name, url, cause }, 'readiness: subgraph did not answer its health check');
      }
      return [name, 'down'];
    }),
  );
  for (const [name, state] of entries) options.metrics.subgraphUp.set({ subgraph: name }, state === 'up' ? 1 : 0);
  const subgraphs = Object.fromEntries(entries);
  const allUp = entries.every(([, state]) => state === 'up');
  const ready = options.supergraphLoaded && !options.draining && allUp;
  return {
    ready,
    status: options.draining ? 'draining' : ready ? 'ready' : 'not ready',
    supergraph: options.supergraphLoaded ? 'loaded' : 'not loaded',
    subgraphs,
  };
}
