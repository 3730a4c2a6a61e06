import { readFileSync } from 'node:fs';
import { createTokenVerifier } from '../../lib/auth';
import { ConfigError } from '../../lib/config';
import { listen } from '../../lib/http/listen';
import { createLogger } from '../../lib/logger';
import { readGatewayConfig } from './config';
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
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    subgraphUrls: config.subgraphUrls,
    verifyToken: createTokenVerifier(config.jwt),
    logger,
    production: config.production,
  });
  const listening = await listen(gateway.handler, config.port, logger, config.host);
  logger.info({ url: listening.url }, `gateway listening at ${listening.url}`);
  const stop = async () => {
    await listening.close();
    await gateway.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();
