import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { SUPERGRAPH_FILE } from '../lib/paths';
import { SUBGRAPHS } from '../lib/subgraphs';

/**
 * The baseline of `npm run bench -- --stock`: a plain ApolloGateway on the same supergraph, served
 * by Apollo's standalone server, with nothing tuned. The only addition is what any deployment
 * needs for the mix to be answered at all: the caller's token is passed on to the subgraphs.
 */
interface StockContext extends BaseContext {
  authorization?: string;
}

class TokenForwardingDataSource extends RemoteGraphQLDataSource<StockContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<StockContext>): void {
    if (context?.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}

async function main() {
  const urls = new Map<string, string>(
    SUBGRAPHS.flatMap((s) => {
      const url = process.env[`${s.envPrefix}_URL`];
      return url ? [[s.name, url] as [string, string]] : [];
    }),
  );
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH ?? SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name, url }) => new TokenForwardingDataSource({ url: urls.get(name) ?? url }),
  });
  const server = new ApolloServer<StockContext>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT ?? 4110), host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  console.log(`stock gateway listening at ${url}`);
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
