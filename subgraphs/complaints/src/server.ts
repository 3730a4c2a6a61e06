import { createSubgraphServer, type SubgraphDeps } from '../../../lib/subgraph/server';
import { createContext } from './context';
import { resolvers } from './resolvers';
import { typeDefs } from './schema';

export function createServer(deps: SubgraphDeps) {
  return createSubgraphServer({ name: 'complaints', typeDefs, resolvers, createContext }, deps);
}
