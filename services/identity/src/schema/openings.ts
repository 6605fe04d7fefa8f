import { addOpeningsField, type AccessLogOpening } from '@omsorg/platform';
import { identityDatabase } from '../database.ts';
import { mayReadOpenings } from '../domain/access.ts';
import { builder } from './builder.ts';
import { IDENTITY_READS, identityReadOf } from './identity-reads.ts';
import { PersonRef } from './person.ts';
import { StaffMemberRef } from './staff-member.ts';

const IdentityReadEnum = builder.enumType('IdentityRead', {
  description:
    'What was read: PERSON the person\'s details, LOOKUP a search by personnummer, PERSONAL_IDENTITY_NUMBER personnummer, LEGAL_GENDER juridiskt kön, REPRESENTATIVES ombud.',
  values: Object.keys(IDENTITY_READS) as Array<keyof typeof IDENTITY_READS>,
});

const IdentityOpeningRef = builder.objectRef<AccessLogOpening>('IdentityOpening').implement({
  description: 'A member of staff read the person\'s identity data ("läste dina uppgifter"); reads of the same thing less than five minutes apart count as one.',
  fields: (t) => ({
    at: t.string({ description: 'ISO 8601 timestamp.', resolve: (entry) => entry.at.toISOString() }),
    what: t.field({ type: IdentityReadEnum, resolve: (entry) => identityReadOf(entry.resource) }),
    staff: t.field({ type: StaffMemberRef, resolve: (entry) => entry.staffId }),
  }),
});

addOpeningsField(builder, {
  person: PersonRef,
  field: 'identityOpenings',
  description: 'Which members of staff read this person\'s identity data (details, personnummer, legal gender, representatives), newest first. For the person and their representatives.',
  opening: IdentityOpeningRef,
  name: 'IdentityOpening',
  schema: identityDatabase.schema,
  resources: Object.values(IDENTITY_READS),
  mayRead: mayReadOpenings,
});
