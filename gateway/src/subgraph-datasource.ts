import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { REQUEST_ID_HEADER } from '../../lib/http/graphql-handler';
import type { GatewayContext } from './context';

/**
 * How the gateway talks to one subgraph. Only the caller's token and the request id cross:
 * identity headers a client sets are never forwarded, so subgraphs see nothing a client forged.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers || !context?.requestId) return;
    if (context.authorization) headers.set('authorization', context.authorization);
    headers.set(REQUEST_ID_HEADER, context.requestId);
  }
}
