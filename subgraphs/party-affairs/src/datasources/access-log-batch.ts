import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { insertInChunks } from '../../../../lib/db/bulk';
import { toStoreDateTime } from '../../../../lib/scalars';
import type { BaseContext } from '../../../../lib/subgraph/context';

/**
 * lib/access-log.ts writes one row per call; a DataLoader batch that reads many officials'
 * relatives logs them all in one multi-row INSERT per chunk (same table, same columns), so logging does
 * not turn a batch back into N statements.
 */
export async function logAccessBatch(
  knex: Knex,
  ctx: Pick<BaseContext, 'principal' | 'requestId'>,
  action: string,
  subjects: readonly string[],
): Promise<void> {
  if (!subjects.length) return;
  const at = toStoreDateTime(new Date());
  await insertInChunks(
    knex,
    'access_log',
    subjects.map((subject) => ({
      id: randomUUID(),
      at,
      actor_sub: ctx.principal.sub,
      actor_roles: ctx.principal.roles.join(',') || 'public',
      request_id: ctx.requestId,
      action,
      subject,
    })),
  );
}
