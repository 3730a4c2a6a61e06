import type { ComplainantResolvers } from '../generated/resolvers-types';

/** Reached only through Complaint.complainant, which checked the caller and logged the read. */
export const Complainant: ComplainantResolvers = {
  name: (row) => row.contact_name ?? '',
  phone: (row) => row.contact_phone,
  maskedIdNumber: (row) => row.masked_id_number ?? '',
  personKey: (row) => row.person_key ?? '',
};
