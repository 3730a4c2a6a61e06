import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './context';

/**
 * Notes each request's operation name and outcome in its RequestRecord; the HTTP layer turns
 * the record into metrics and the request's log line once the response has been sent.
 * Outcome: `success`; `partial` (data with errors: a subgraph failed, or a field was refused);
 * or the first error's code when there is no data at all (codes pass formatError's allow-list).
 */
export function outcomePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, operation, response }) {
          const record = contextValue.record;
          if (operation) record.operationName = operationName;
          if (response.body.kind !== 'single') {
            record.outcome = 'success';
            return;
          }
          const { data, errors } = response.body.singleResult;
          if (!errors?.length) record.outcome = 'success';
          else if (data) record.outcome = 'partial';
          else record.outcome = String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR');
        },
      };
    },
  };
}
