import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { PROJECT_ROOT } from '../../lib/paths';
import { SUBGRAPHS, type SubgraphName } from '../../lib/subgraphs';

export class CompositionError extends Error {
  constructor(readonly errors: string[]) {
    super(`Composition failed with ${errors.length} error(s):\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

export function subgraphSdlPath(name: SubgraphName): string {
  return join(PROJECT_ROOT, 'subgraphs', name, 'schema.graphql');
}

/** The URL each subgraph has in the committed supergraph; the gateway overrides them from its config. */
export function defaultSubgraphUrls(): Record<SubgraphName, string> {
  return Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `http://localhost:${s.defaultPort}/graphql`])) as Record<
    SubgraphName,
    string
  >;
}

/** Composes the four SDL files into a supergraph; every composition error is listed, none hidden. */
export function composeSupergraph(urls: Record<SubgraphName, string> = defaultSubgraphUrls()): string {
  const result = composeServices(
    SUBGRAPHS.map((s) => ({ name: s.name, url: urls[s.name], typeDefs: parse(readFileSync(subgraphSdlPath(s.name), 'utf8')) })),
  );
  if (result.errors) throw new CompositionError(result.errors.map((e) => e.message));
  return result.supergraphSdl;
}
