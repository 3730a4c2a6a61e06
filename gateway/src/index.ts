import cluster from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import { createTokenVerifier } from '../../lib/auth';
import { ConfigError } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { PrimaryLink, runPrimary } from './cluster';
import { readGatewayConfig } from './config';
import { serveGateway } from './serve';
import { createGatewayServer, type GatewayDeps } from './server';

async function main() {
  const logger = createLogger('gateway');
  let config;
  try {
    config = readGatewayConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      logger.fatal(err.message);
      process.exit(2);
    }
    throw err;
  }
  if (!cluster.isWorker) for (const warning of config.warnings) logger.warn(warning);
  if (cluster.isPrimary && config.settings.workers > 1) {
    // GATEWAY_WORKERS: this process only forks, relays and restarts; the workers serve.
    runPrimary({ workers: config.settings.workers, rateLimit: config.settings.rateLimit, logger });
    return;
  }
  const link = cluster.isWorker ? new PrimaryLink() : null;
  const shared: GatewayDeps['shared'] = link
    ? {
        rateLimiter: { take: (key: string, n: number) => link.takeRate(key, n) },
        broadcastInvalidation: (subgraphs) => link.broadcastInvalidation(subgraphs),
        onInvalidation: (listener) => link.onInvalidation(listener),
        metrics: () => link.metrics(),
      }
    : undefined;
  const gateway = await createGatewayServer({
    supergraphPath: config.supergraphPath,
    subgraphUrls: config.subgraphUrls,
    verifyToken: createTokenVerifier(config.jwt),
    logger,
    production: config.production,
    settings: config.settings,
    processMetrics: true,
    shared,
  });
  if (link) {
    // Answers the primary's requests for this worker's metrics (prom-client's cluster protocol).
    new AggregatorRegistry();
    AggregatorRegistry.setRegistries([gateway.metrics.registry]);
  }
  const serving = await serveGateway(gateway, config.port, logger, config.host);
  const origin = serving.listening.url.replace(/\/graphql$/, '');
  logger.info({ url: serving.listening.url }, `gateway listening at ${serving.listening.url}; workbench at ${origin}/graphiql`);
  const stop = async (signal: string) => {
    logger.info({ signal }, 'draining in-flight requests, then stopping');
    await serving.shutdown();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

void main();
