import { createTokenVerifier } from '../auth';
import { ConfigError } from '../config';
import { openDatabase, type Database } from '../db/database';
import { grantServingPrivileges } from '../db/grants';
import type { Migration } from '../db/migrate';
import { createGatewayClient, serviceTokenSource } from '../gateway-client';
import { listen } from '../http/listen';
import { createLogger } from '../logger';
import type { SubgraphName } from '../subgraphs';
import { readSubgraphConfig } from './config';
import type { SubgraphDeps, SubgraphServer } from './server';
import { prepareStore, type Seed } from './store';

export interface SubgraphProcess {
  readonly createServer: (deps: SubgraphDeps) => Promise<SubgraphServer>;
  readonly migrations: readonly Migration[];
  readonly seed: Seed;
  /** Tables whose rows are never updated or deleted: the serving MySQL user gets no right to. */
  readonly appendOnlyTables?: readonly string[];
  /** The subgraph reads other domains through the gateway as a service (GATEWAY_URL). */
  readonly usesGateway?: boolean;
}

/** A subgraph process: read config, prepare the store, listen, and stop cleanly on a signal. */
export async function runSubgraph(name: SubgraphName, parts: SubgraphProcess): Promise<void> {
  const logger = createLogger(name);
  let config;
  try {
    config = readSubgraphConfig(name, process.env, { usesGateway: parts.usesGateway });
  } catch (err) {
    if (err instanceof ConfigError) {
      logger.fatal(err.message);
      process.exit(2);
    }
    throw err;
  }
  for (const warning of config.warnings) logger.warn(warning);

  const prepare = (store: Database) =>
    prepareStore(store, {
      migrations: parts.migrations,
      seed: parts.seed,
      scale: config.seedScale,
      logger,
      personKeySecret: config.personKeySecret,
    });
  if (config.migrateDatabaseUrl) {
    // Schema changes run as the owner; the serving user gets only the rights it needs.
    const owner = await openDatabase(config.migrateDatabaseUrl);
    try {
      await prepare(owner);
      const servingUser = decodeURIComponent(new URL(config.databaseUrl).username);
      const mutable = await grantServingPrivileges(owner.knex, servingUser, parts.appendOnlyTables ?? []);
      logger.info({ servingUser, mutable }, 'granted UPDATE and DELETE on mutable tables only');
    } finally {
      await owner.destroy();
    }
  }
  const db = await openDatabase(config.databaseUrl, { statementTimeoutMs: config.statementTimeoutMs, logger });
  logger.info({ store: db.description }, 'opening store');
  if (!config.migrateDatabaseUrl) await prepare(db);
  const server = await parts.createServer({
    db,
    verifyToken: createTokenVerifier(config.jwt),
    logger,
    personKeySecret: config.personKeySecret,
    production: config.production,
    metricsToken: config.metricsToken,
    gateway: config.gatewayUrl
      ? createGatewayClient({
          url: config.gatewayUrl,
          token: serviceTokenSource(config.jwt, { sub: `${name}-subgraph`, region: '43' }, config.gatewayServiceToken, logger),
        })
      : undefined,
  });
  const listening = await listen(server.handler, config.port, logger, config.host);
  logger.info({ url: listening.url }, `${name} subgraph listening at ${listening.url}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining in-flight requests, then stopping');
    await listening.close();
    await server.stop();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
