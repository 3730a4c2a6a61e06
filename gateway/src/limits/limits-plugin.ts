import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context';
import type { OperationCheck } from './operation-check';

/**
 * Refuses, before any subgraph is asked, operations that fail the gateway's checks
 * (operation-check.ts). Each refusal is a 4xx with a stable code (never a 500): Apollo answers
 * 500 for errors thrown here unless they carry an HTTP status.
 */
export function limitsPlugin(check: OperationCheck): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          // No operation matches operationName: the caller's mistake, a 400 here, where the
          // gateway's executor would throw and make it a 500.
          if (!rc.operation) {
            const named = rc.request.operationName;
            throw new GraphQLError(
              named ? `The document has no operation named "${named}"` : 'The document has several operations: name the one to run (operationName)',
              { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
            );
          }
          // The fast lane checked this very request already (and took its rate quota, or refused).
          const handoff = rc.contextValue.handoff;
          if (handoff) {
            if ('refusal' in handoff) throw handoff.refusal;
            return;
          }
          const { principal, clientAddress } = rc.contextValue;
          await check({ schema: rc.schema, document: rc.document, operation: rc.operation, variables: rc.request.variables, principal, clientAddress });
        },
      };
    },
  };
}
