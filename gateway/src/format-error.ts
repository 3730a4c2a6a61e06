import type { GraphQLFormattedError } from 'graphql';
import { formatErrorForClient } from '../../lib/format-error';
import type { Logger } from '../../lib/logger';

/**
 * Extension keys that never reach a client from the gateway, whatever the code: @apollo/gateway's
 * default subgraph errors put the subgraph's URL, status and body in `response`.
 */
const NEVER_SENT = ['response', 'exception', 'stacktrace', 'http'];

/** lib/format-error's allow-list of codes and messages, plus the gateway's extension deny-list. */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const safe = formatErrorForClient(formatted, error, logger);
  if (!safe.extensions || !NEVER_SENT.some((key) => key in safe.extensions!)) return safe;
  const extensions = { ...safe.extensions };
  for (const key of NEVER_SENT) delete extensions[key];
  return { ...safe, extensions };
}
