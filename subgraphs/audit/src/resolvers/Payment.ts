import { requireAlertReader, visibleRange } from '../access';
import type { PaymentResolvers } from '../generated/resolvers-types';

/** finance's Payment, extended with its alerts; the reference needs no SQL (the key is enough). */
export const Payment: PaymentResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  alerts: (payment, _args, ctx) => {
    requireAlertReader(ctx.principal, null, 'read alerts');
    return ctx.alerts.forPayment(payment.id, visibleRange(ctx.principal));
  },
};
