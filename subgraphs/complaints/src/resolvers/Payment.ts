import type { PaymentResolvers } from '../generated/resolvers-types';
import { subjectEntityResolvers } from './subject-complaints';

export const Payment: PaymentResolvers = subjectEntityResolvers('Payment');
