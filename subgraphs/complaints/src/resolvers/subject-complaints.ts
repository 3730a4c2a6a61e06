import { clampFirst } from '../../../../lib/pagination';
import { requireReader } from '../access';
import type { ComplaintsContext } from '../context';
import type { SubjectType } from '../datasources/rows';
import type { ComplaintParent } from '../views';

/**
 * `complaints` on FundProject, Payment and Official: the gateway hands over only ids, so the
 * reference resolves without SQL and the lists of all parents come from one batched statement.
 * Readers see the complaints under their own region (admins all).
 */
export function subjectEntityResolvers(type: SubjectType) {
  return {
    __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
    id: (stub: { id: string }) => stub.id,
    async complaints(stub: { id: string }, args: { first?: number | null }, ctx: ComplaintsContext): Promise<ComplaintParent[]> {
      requireReader(ctx.principal, 'read complaints');
      const scope = ctx.principal.roles.includes('admin') ? null : ctx.principal.region;
      const rows = await ctx.lists.bySubject({ type, id: stub.id, limit: clampFirst(args.first), scope });
      ctx.complaints.prime(rows);
      return rows.map((row) => ({ row, view: 'OFFICE' }));
    },
  };
}
