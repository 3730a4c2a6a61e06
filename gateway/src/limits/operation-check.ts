import { HeaderMap } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { getVariableValues, GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Principal } from '../../../lib/auth';
import { ErrorCode, rateLimited } from '../../../lib/errors';
import type { GatewayMetrics } from '../metrics';
import { limitFor, type GatewaySettings } from '../settings';
import { measureOperation, type OperationShape } from './operation-shape';
import { scalarLiteralProblem } from './scalar-literals';
import type { RateDecision, RateLimiter } from './rate-limiter';

/**
 * The checks every operation passes before any subgraph is asked: its variables coerce, the
 * literals of the contract's scalars are valid (scalar-literals.ts), it is
 * not too deep, too wide or too costly for the caller's role, introspection is allowed to the
 * caller, and rate-limited root fields are within the caller's quota (which the check takes).
 * Each refusal is a GraphQLError with a stable code and an HTTP status (never a 500). The limits
 * plugin runs it inside Apollo's pipeline; the fast lane (fast-lane.ts) runs the same check.
 */

function refusal(code: string, message: string, status: number, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra, http: { status } } });
}

function tooExpensive(message: string, measured: number, limit: number) {
  return refusal(ErrorCode.QUERY_TOO_EXPENSIVE, message, 400, { measured, limit });
}

export interface LimitsDeps {
  readonly settings: GatewaySettings;
  /** This process's counters, or the cluster primary's (cluster.ts) shared by every worker. */
  readonly rateLimiter: Pick<RateLimiter, 'take'> | { take(key: string, n: number): Promise<RateDecision> };
  readonly metrics: GatewayMetrics;
}

export interface OperationCheckInput {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  readonly variables: Readonly<Record<string, unknown>> | undefined;
  readonly principal: Principal;
  readonly clientAddress: string;
}

/** Resolves when the operation may run; rejects with the refusal to send otherwise. */
export type OperationCheck = (input: OperationCheckInput) => Promise<void>;

export function createOperationCheck({ settings, rateLimiter, metrics }: LimitsDeps): OperationCheck {
  const limitedFields = new Set(settings.rateLimit.fields);

  function measure({ schema, document, operation, variables }: OperationCheckInput): OperationShape {
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
    if (coerced.errors) throw refusal(ErrorCode.BAD_USER_INPUT, coerced.errors[0].message, 400);
    const literal = scalarLiteralProblem(schema, document);
    if (literal !== null) throw refusal(ErrorCode.BAD_USER_INPUT, literal, 400);
    try {
      return measureOperation(schema, document, operation, coerced.coerced);
    } catch (err) {
      const detail = err instanceof GraphQLError ? `: ${err.message}` : '';
      throw refusal(ErrorCode.BAD_USER_INPUT, `The operation's arguments could not be read${detail}`, 400);
    }
  }

  return async (input) => {
    const { principal, clientAddress } = input;
    const shape = measure(input);

    if (shape.introspection && (settings.introspection === 'off' || (settings.introspection === 'signed-in' && principal.kind === 'anonymous'))) {
      throw refusal(
        ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
        settings.introspection === 'off'
          ? 'Introspection is turned off on this gateway'
          : 'Introspection (the schema documentation) is open to signed-in callers only; send Authorization: Bearer <token>',
        400,
      );
    }
    if (shape.depth > settings.maxDepth) {
      throw tooExpensive(
        `The operation nests fields ${shape.depth} levels deep; the limit is ${settings.maxDepth}. Split it into smaller queries.`,
        shape.depth,
        settings.maxDepth,
      );
    }
    if (shape.aliases > settings.maxAliases) {
      throw tooExpensive(
        `The operation uses ${shape.aliases} aliases; the limit is ${settings.maxAliases}. Ask for a list instead, or split the query.`,
        shape.aliases,
        settings.maxAliases,
      );
    }
    if (shape.rootFieldCount > settings.maxRootFields) {
      throw tooExpensive(
        `The operation asks for ${shape.rootFieldCount} root fields; the limit is ${settings.maxRootFields}. Split it into several requests.`,
        shape.rootFieldCount,
        settings.maxRootFields,
      );
    }
    const budget = limitFor(principal, settings.costLimit);
    if (shape.cost > budget) {
      // A list priced from its arguments that alone takes over half the budget is the thing to
      // narrow, and says how (`first` is no help there); otherwise the general advice.
      const widest = shape.widestList;
      const advice = widest && widest.size > budget / 2
        ? `${widest.field} returns ${widest.size} items here: ${widest.advice}, or ask for fewer nested fields.`
        : 'Ask for smaller pages (first) or fewer nested lists.';
      throw tooExpensive(
        `The operation's estimated cost is ${shape.cost}; your budget is ${budget}. ${advice}`,
        shape.cost,
        budget,
      );
    }

    const caller = principal.sub !== null ? `sub:${principal.sub}` : `addr:${clientAddress}`;
    for (const [field, n] of shape.rootFields) {
      if (!limitedFields.has(field)) continue;
      const decision = await rateLimiter.take(`${field}|${caller}`, n);
      if (decision.allowed) continue;
      metrics.rateLimited.inc({ field });
      const limited = rateLimited(decision.retryAfterSeconds);
      throw new GraphQLError(`${field}: ${limited.message}`, {
        extensions: {
          ...limited.extensions,
          http: { status: 429, headers: new HeaderMap([['retry-after', String(decision.retryAfterSeconds)]]) },
        },
      });
    }
  };
}
