import { SignJWT } from 'jose';
import { SUBGRAPHS, type SubgraphName } from '../lib/subgraphs';
import type { Caller } from './operations';
import type { Scale } from './options';

/**
 * What the benchmark's processes share: secrets of its own (never the dev defaults, so the
 * processes can run with NODE_ENV=production), database names and ports.
 */
export const BENCH_JWT_SECRET = 'bench-jwt-secret-not-for-production-0123456789';
/** The province seed computes person keys with it too, so the self-lookup finds its resident. */
export const BENCH_PERSON_KEY_SECRET = 'bench-person-key-secret-not-for-production-0123';

/**
 * bench_<scale>_<subgraph>; BENCH_DATABASE_PREFIX replaces `bench` so that two engineers can
 * benchmark on one server without dropping each other's databases.
 */
export const benchDatabaseName = (scale: Scale, subgraph: SubgraphName) =>
  `${process.env.BENCH_DATABASE_PREFIX ?? 'bench'}_${scale}_${subgraph.replace(/-/g, '_')}`;

export const benchDatabaseUrl = (mysqlUrl: string, scale: Scale, subgraph: SubgraphName) =>
  `${mysqlUrl}/${benchDatabaseName(scale, subgraph)}`;

export interface BenchPorts {
  readonly gateway: number;
  readonly stock: number;
  readonly subgraphs: Record<SubgraphName, number>;
}

export function benchPorts(base: number): BenchPorts {
  return {
    gateway: base,
    stock: base + 10,
    subgraphs: Object.fromEntries(SUBGRAPHS.map((s, i) => [s.name, base + 1 + i])) as Record<SubgraphName, number>,
  };
}

/** A token for the caller, valid for the length of any run. */
export async function tokenFor(caller: Caller): Promise<string | null> {
  if (caller.kind === 'anonymous') return null;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: [caller.role], region: caller.region, ...(caller.dept ? { dept: caller.dept } : {}), name: `bench ${caller.role}` })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`bench-${caller.role}-${caller.region}`)
    .setIssuedAt(now)
    .setExpirationTime(now + 12 * 3600)
    .sign(new TextEncoder().encode(BENCH_JWT_SECRET));
}
