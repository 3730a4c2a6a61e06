import type { Principal } from '../auth';
import type { Database } from '../db/database';
import type { GatewayClient } from '../gateway-client';
import type { Logger } from '../logger';
import { RegionSource } from '../regions/region-source';

/** What every subgraph's resolvers get; each subgraph extends it with its own data sources. */
export interface BaseContext {
  readonly principal: Principal;
  readonly requestId: string;
  readonly logger: Logger;
  readonly db: Database;
  /** Per-request loaders over this store's regions table. */
  readonly regions: RegionSource;
  /** The raw bearer token, forwarded by jobs that call the gateway on the caller's behalf. */
  readonly authorization: string | undefined;
  readonly personKeySecret: string;
  /** This process's client of the gateway, as a service; present when the subgraph uses one. */
  readonly gateway?: GatewayClient;
}

export function createBaseContext(fields: Omit<BaseContext, 'regions'>): BaseContext {
  return { ...fields, regions: new RegionSource(fields.db.knex) };
}
