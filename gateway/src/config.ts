import { EnvReader, type JwtConfig } from '../../lib/config';
import { SUPERGRAPH_FILE } from '../../lib/paths';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS, type SubgraphName } from '../../lib/subgraphs';

export interface GatewayConfig {
  readonly port: number;
  readonly host: string;
  readonly jwt: JwtConfig;
  /** Where each subgraph answers; overrides the URLs baked into the supergraph file. */
  readonly subgraphUrls: Record<SubgraphName, string>;
  readonly supergraphPath: string;
  readonly production: boolean;
  readonly warnings: string[];
}

export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const reader = new EnvReader(env);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, reader.url(`${s.envPrefix}_URL`, `http://localhost:${s.defaultPort}/graphql`)]),
  ) as Record<SubgraphName, string>;
  const config: GatewayConfig = {
    port: reader.port('PORT', GATEWAY_DEFAULT_PORT),
    host: reader.raw('HOST') ?? '0.0.0.0',
    jwt: reader.jwt(),
    subgraphUrls,
    supergraphPath: reader.raw('SUPERGRAPH_PATH') ?? SUPERGRAPH_FILE,
    production: reader.production,
    warnings: reader.warnings,
  };
  reader.done();
  return config;
}
