import { readFileSync } from 'node:fs';
import { defaultGatewaySettings, longestSubgraphWaitMs } from '../../gateway/src/settings';
import { DEV_PERSON_KEY_SECRET, EnvReader, readMetricsToken, type JwtConfig } from '../config';
import type { ConfiguredServiceToken } from '../configured-service-token';
import { subgraphInfo, type SubgraphName } from '../subgraphs';

export const SEED_SCALES = ['city', 'province', 'none'] as const;
export type SeedScale = (typeof SEED_SCALES)[number];

export interface SubgraphConfig {
  readonly name: SubgraphName;
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  /** The owner's URL for migrations and seeds, when the serving user may not change the schema. */
  readonly migrateDatabaseUrl: string | null;
  readonly jwt: JwtConfig;
  readonly personKeySecret: string;
  readonly seedScale: SeedScale;
  /** The gateway's GraphQL URL (GATEWAY_URL), for subgraphs that read other domains through it; else null. */
  readonly gatewayUrl: string | null;
  /**
   * GATEWAY_SERVICE_TOKEN or GATEWAY_SERVICE_TOKEN_FILE: the service identity's token (or the file
   * that holds it, renewed on disk) when this process cannot sign one (JWKS); null to sign its own.
   */
  readonly gatewayServiceToken: ConfiguredServiceToken | null;
  /** METRICS_TOKEN: the bearer token /metrics asks for; null leaves it open. */
  readonly metricsToken: string | null;
  /**
   * DB_STATEMENT_TIMEOUT_MS: the longest one statement of a request may run on MariaDB; by default
   * the gateway's longest wait for a subgraph, so no statement outlives it.
   */
  readonly statementTimeoutMs: number;
  readonly production: boolean;
  readonly warnings: string[];
}

export const DEV_GATEWAY_URL = 'http://localhost:4000/graphql';

export interface SubgraphConfigOptions {
  /** The subgraph calls the gateway as a service: GATEWAY_URL (and, with JWKS, GATEWAY_SERVICE_TOKEN or _FILE) apply. */
  readonly usesGateway?: boolean;
}

/** Reads one subgraph's configuration; throws ConfigError naming every bad variable. */
export function readSubgraphConfig(
  name: SubgraphName,
  env: NodeJS.ProcessEnv = process.env,
  options: SubgraphConfigOptions = {},
): SubgraphConfig {
  const info = subgraphInfo(name);
  const reader = new EnvReader(env);
  const port = reader.port('PORT', info.defaultPort);
  const databaseUrl = reader.databaseUrl(`${info.envPrefix}_DATABASE_URL`, `sqlite:data/${name}.sqlite`);
  const migrateDatabaseUrl = reader.raw(`${info.envPrefix}_MIGRATE_DATABASE_URL`)
    ? reader.databaseUrl(`${info.envPrefix}_MIGRATE_DATABASE_URL`, '')
    : null;
  const jwt = reader.jwt();
  const gatewayServiceToken = options.usesGateway ? readServiceToken(reader, jwt) : null;
  const config: SubgraphConfig = {
    name,
    port,
    host: reader.raw('HOST') ?? '0.0.0.0',
    databaseUrl,
    migrateDatabaseUrl,
    jwt,
    personKeySecret: reader.secret('PERSON_KEY_SECRET', DEV_PERSON_KEY_SECRET),
    seedScale: reader.oneOf('SEED', SEED_SCALES, reader.production ? 'none' : 'city'),
    gatewayUrl: options.usesGateway ? readGatewayUrl(reader) : null,
    gatewayServiceToken,
    metricsToken: readMetricsToken(reader, `${name} subgraph`),
    statementTimeoutMs: reader.positiveInt('DB_STATEMENT_TIMEOUT_MS', longestSubgraphWaitMs(defaultGatewaySettings(reader.production))),
    production: reader.production,
    warnings: reader.warnings,
  };
  reader.done();
  return config;
}

/**
 * At most one of GATEWAY_SERVICE_TOKEN and GATEWAY_SERVICE_TOKEN_FILE, and one of them with JWKS.
 * The file must be readable and hold something now: a wrong path shows at start, not at the
 * first call to the gateway.
 */
function readServiceToken(reader: EnvReader, jwt: JwtConfig): ConfiguredServiceToken | null {
  const token = reader.raw('GATEWAY_SERVICE_TOKEN');
  const path = reader.raw('GATEWAY_SERVICE_TOKEN_FILE');
  if (token !== undefined && path !== undefined) {
    reader.problems.push('set GATEWAY_SERVICE_TOKEN or GATEWAY_SERVICE_TOKEN_FILE, not both');
    return null;
  }
  if (token !== undefined) return { kind: 'value', token };
  if (path !== undefined) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      reader.problems.push(`GATEWAY_SERVICE_TOKEN_FILE cannot be read: ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
      return null;
    }
    if (text.trim() === '') reader.problems.push(`GATEWAY_SERVICE_TOKEN_FILE is empty: ${path}`);
    return { kind: 'file', path };
  }
  if (jwt.kind === 'jwks') {
    reader.problems.push(
      'GATEWAY_SERVICE_TOKEN or GATEWAY_SERVICE_TOKEN_FILE is required with JWKS_URL: this process cannot sign its own service token',
    );
  }
  return null;
}

function readGatewayUrl(reader: EnvReader): string {
  if (reader.raw('GATEWAY_URL') === undefined) {
    if (reader.production) reader.problems.push('GATEWAY_URL is required in production, e.g. http://gateway:4000/graphql');
    else reader.warnings.push(`GATEWAY_URL is not set: using the dev default ${DEV_GATEWAY_URL}`);
  }
  return reader.url('GATEWAY_URL', DEV_GATEWAY_URL);
}
