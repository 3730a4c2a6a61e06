import { DEV_PERSON_KEY_SECRET, EnvReader, type JwtConfig } from '../config';
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
  readonly production: boolean;
  readonly warnings: string[];
}

/** Reads one subgraph's configuration; throws ConfigError naming every bad variable. */
export function readSubgraphConfig(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const info = subgraphInfo(name);
  const reader = new EnvReader(env);
  const config: SubgraphConfig = {
    name,
    port: reader.port('PORT', info.defaultPort),
    host: reader.raw('HOST') ?? '0.0.0.0',
    databaseUrl: reader.databaseUrl(`${info.envPrefix}_DATABASE_URL`, `sqlite:data/${name}.sqlite`),
    migrateDatabaseUrl: reader.raw(`${info.envPrefix}_MIGRATE_DATABASE_URL`)
      ? reader.databaseUrl(`${info.envPrefix}_MIGRATE_DATABASE_URL`, '')
      : null,
    jwt: reader.jwt(),
    personKeySecret: reader.secret('PERSON_KEY_SECRET', DEV_PERSON_KEY_SECRET),
    seedScale: reader.oneOf('SEED', SEED_SCALES, reader.production ? 'none' : 'city'),
    production: reader.production,
    warnings: reader.warnings,
  };
  reader.done();
  return config;
}
