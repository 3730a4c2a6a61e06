import { isLate } from '../rules/disclosure-rules';
import type { DisclosureDomain, DisclosureNoticeResolvers } from '../generated/resolvers-types';

export const DisclosureNotice: DisclosureNoticeResolvers = {
  // Disclosures are public: any caller may resolve them.
  __resolveReference: (reference, ctx) => ctx.disclosures.get(reference.id),
  domain: (notice) => notice.domain as DisclosureDomain,
  region: (notice) => ({ code: notice.region_code }),
  dueBy: (notice) => notice.due_by,
  publishedAt: (notice) => notice.published_at,
  isLate: (notice) => isLate(notice.published_on, notice.due_by),
};
