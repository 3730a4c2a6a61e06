import { createSubgraphServer, type SubgraphDeps } from '../../../lib/subgraph/server';
import { cacheHints } from './cache-hints';
import { createContext } from './context';
import { resolvers } from './resolvers';
import { typeDefs } from './schema';

export function createServer(deps: SubgraphDeps) {
  return createSubgraphServer({ name: 'finance', typeDefs, resolvers, createContext, cacheHints }, deps);
}
