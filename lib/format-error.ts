import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { PUBLIC_ERROR_CODES } from './errors';
import type { Logger } from './logger';

/**
 * Only errors we raised on purpose (an allow-listed code on a GraphQLError) reach a client as
 * they are. Anything else (a driver error naming SQL, a bug's TypeError) is logged in full and
 * replaced by a generic message, so no SQL, stack, host or path ever leaves the process.
 */
export function formatErrorForClient(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' && PUBLIC_ERROR_CODES.has(code)) {
    const { stacktrace: _omitted, exception: _alsoOmitted, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error({ err: original, path: formatted.path }, 'internal error hidden from the client');
  return {
    message: 'Internal error; it has been logged for the operators',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
