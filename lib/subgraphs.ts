/** The four subgraphs: names (kebab-case everywhere), environment prefixes and default ports. */
export const SUBGRAPHS = [
  { name: 'finance', envPrefix: 'FINANCE', defaultPort: 4001 },
  { name: 'audit', envPrefix: 'AUDIT', defaultPort: 4002 },
  { name: 'party-affairs', envPrefix: 'PARTY_AFFAIRS', defaultPort: 4003 },
  { name: 'complaints', envPrefix: 'COMPLAINTS', defaultPort: 4004 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];
export type SubgraphInfo = (typeof SUBGRAPHS)[number];

export const GATEWAY_DEFAULT_PORT = 4000;

export function subgraphInfo(name: SubgraphName): SubgraphInfo {
  const info = SUBGRAPHS.find((s) => s.name === name);
  if (!info) throw new Error(`unknown subgraph ${name}`);
  return info;
}
