import { regionOfRecords } from '../../../../lib/access-log';
import { forbidden } from '../../../../lib/errors';
import { maskName } from '../../../../lib/person';
import { maySeePersonDetail } from '../datasources/people';
import type { PersonResolvers } from '../generated/resolvers-types';

export const Person: PersonResolvers = {
  __resolveReference: (reference, ctx) => (reference.personKey ? ctx.people.get(reference.personKey) : null),
  personKey: (person, _args, ctx) => (maySeePersonDetail(ctx.principal, person.village_code) ? person.person_key : null),
  maskedName: (person) => maskName(person.name),
  maskedIdNumber: (person) => person.masked_id_number,
  payments: async (person, args, ctx) => {
    if (!maySeePersonDetail(ctx.principal, person.village_code)) {
      throw forbidden(
        "A person's payment list is only for auditors and inspectors of the person's region; look up your own payments with mySubsidies",
      );
    }
    // The person's village and those of every payment listed (a person paid in two counties is the city's read).
    const villages = await ctx.payments.villageCodesOfPerson(person.person_key);
    await ctx.personAccessLog.record(ctx.principal, 'person.payments', {
      subject: person.person_key,
      region: regionOfRecords([person.village_code, ...villages]),
    });
    return ctx.payments.listByPerson(person.person_key, args);
  },
};
