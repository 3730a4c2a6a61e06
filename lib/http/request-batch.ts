import { isRecord } from '../is-record';

/**
 * The batch the gateway sends a subgraph: several operations of one caller in one HTTP POST, so
 * that the hop's fixed cost (an HTTP exchange on each side: parsing, system calls, waking the
 * other process) is paid once for them. Not Apollo Server's own batching
 * (`allowBatchedHttpRequests`): that runs every operation of a batch with ONE shared context, so
 * their DataLoaders, request ids, statement counts and access-log rows would be mixed. Here each member is executed exactly as if it had
 * come alone, with its own request id, context and statement count, and answered with its own
 * status, headers and body.
 *
 * Request body: `[{ "id": "<request id>", "request": { query, variables, operationName, extensions } }, ...]`
 * Answer (200): `[{ "status": 200, "headers": { ... }, "body": "<the member's body as sent alone>" }, ...]`,
 * in the order of the request. The body stays a string so that the gateway hands each member
 * exactly the bytes a single fetch would have returned.
 *
 * A subgraph says it takes batches, and how large, in the BATCH_LIMIT_HEADER of every GraphQL
 * answer; the gateway sends batches only to a subgraph that has said so.
 */

/** Response header: the most members a batch sent to this server may have. */
export const BATCH_LIMIT_HEADER = 'x-batch-limit';

export interface BatchMember {
  /** The member's request id, when it is one (a bad one is replaced, as a bad header's is). */
  readonly id: unknown;
  /** The member's GraphQL request body; anything but an object is answered with a 400. */
  readonly request: unknown;
}

export interface MemberAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * The members of a batch body, or why it is not a batch this server takes: an empty array, more
 * than `limit` members, or a member that is not an `{ id, request }` envelope.
 */
export function batchMembers(body: unknown[], limit: number): BatchMember[] | string {
  if (body.length === 0) return 'A batch must have at least one member';
  if (body.length > limit) return `A batch may have at most ${limit} members; this one has ${body.length}`;
  const members: BatchMember[] = [];
  for (const member of body) {
    if (!isRecord(member) || !('request' in member)) return 'Each batch member must be an object with a "request"';
    members.push({ id: member.id, request: member.request });
  }
  return members;
}
