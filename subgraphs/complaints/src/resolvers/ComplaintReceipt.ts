import type { ComplaintReceiptResolvers } from '../generated/resolvers-types';
import { REPLY_DAYS } from '../workflow/deadlines';

export const ComplaintReceipt: ComplaintReceiptResolvers = {
  queryCode: (receipt) => receipt.queryCode,
  complaint: (receipt) => ({ row: receipt.row, view: 'SUBMITTER' }),
  acceptDueDate: (receipt) => receipt.row.accept_due_date,
  replyDays: () => REPLY_DAYS,
};
