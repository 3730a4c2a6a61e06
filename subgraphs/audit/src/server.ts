import { createSubgraphServer, type SubgraphDeps, type SubgraphServer } from '../../../lib/subgraph/server';
import { RunKeeper } from './comparison/run-keeper';
import { createContext } from './context';
import { ComparisonRunSource } from './datasources/comparison-runs';
import { resolvers } from './resolvers';
import { typeDefs } from './schema';

export async function createServer(deps: SubgraphDeps): Promise<SubgraphServer> {
  const runKeeper = new RunKeeper(new ComparisonRunSource(deps.db.knex), deps.logger);
  // Before the first request: runs left RUNNING by a process that died are recorded FAILED.
  await runKeeper.recoverAtStart();
  const server = await createSubgraphServer(
    { name: 'audit', typeDefs, resolvers, createContext: (base) => createContext(base, runKeeper) },
    deps,
  );
  return {
    handler: server.handler,
    async stop() {
      runKeeper.stop();
      await server.stop();
    },
  };
}
