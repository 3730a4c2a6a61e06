import { listen, type Listening } from '../../lib/http/listen';
import type { Logger } from '../../lib/logger';
import type { GatewayServer } from './server';

export interface ServingGateway {
  readonly listening: Listening;
  /**
   * Graceful shutdown: /ready turns 503, no new connections are accepted, in-flight requests
   * finish (their connections then close), and after `shutdownGraceMs` whatever is still open
   * is cut. Then the gateway stops.
   */
  shutdown(): Promise<void>;
}

export async function serveGateway(gateway: GatewayServer, port: number, logger: Logger, host?: string): Promise<ServingGateway> {
  const listening = await listen(gateway.handler, port, logger, host);
  let shutdown: Promise<void> | undefined;
  return {
    listening,
    shutdown() {
      shutdown ??= (async () => {
        gateway.startDraining();
        const grace = setTimeout(() => {
          logger.warn({ graceMs: gateway.settings.shutdownGraceMs }, 'shutdown: grace period over, closing open connections');
          listening.server.closeAllConnections();
        }, gateway.settings.shutdownGraceMs);
        await listening.close();
        clearTimeout(grace);
        await gateway.stop();
      })();
      return shutdown;
    },
  };
}
