import { createTokenVerifier } from '../../lib/auth';
import { ConfigError } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { readGatewayConfig } from './config';
import { serveGateway } from './serve';
import { createGatewayServer } from './server';

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
  for (const warning of config.warnings) logger.warn(warning);
  const gateway = await createGatewayServer({
    supergraphPath: config.supergraphPath,
    subgraphUrls: config.subgraphUrls,
    verifyToken: createTokenVerifier(config.jwt),
    logger,
    production: config.production,
    settings: config.settings,
    processMetrics: true,
  });
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
