import { addOpeningsField, type AccessLogOpening } from '@omsorg/platform';
import { outreachDatabase } from '../database.ts';
import { mayReadOutreachOpenings } from '../domain/access.ts';
import { OUTREACH_READS, outreachReadOf, type OutreachRead } from '../domain/outreach-reads.ts';
import { builder } from './builder.ts';

/** A person, owned by identity; this subgraph adds who read their outreach data. */
const PersonRef = builder.externalRef('Person', builder.selection<{ id: string }>('id')).implement({
  externalFields: () => ({}),
  fields: (t) => ({ id: t.exposeID('id') }),
});

/** A staff member, owned by identity; identity resolves the name and title. */
const StaffMemberRef = builder.externalRef('StaffMember', builder.selection<{ id: string }>('id')).implement({
  externalFields: () => ({}),
  fields: (t) => ({ id: t.exposeID('id') }),
});

const OutreachReadEnum = builder.enumType('OutreachRead', {
  description:
    'What was read: COHORT the person in a campaign\'s list, RESIDENT found in a search to book for them, BOOKING their booked conversation, CONVERSATION the record of their health conversation, LETTER a letter to them to post, INVITATION_LETTER their invitation letter in a print file.',
  values: Object.keys(OUTREACH_READS) as OutreachRead[],
});

const OutreachOpeningRef = builder.objectRef<AccessLogOpening>('OutreachOpening').implement({
  description: 'A member of staff read the person\'s outreach data ("läste dina uppgifter hos den uppsökande verksamheten"); reads of the same thing less than five minutes apart count as one.',
  fields: (t) => ({
    at: t.string({ description: 'ISO 8601 timestamp.', resolve: (entry) => entry.at.toISOString() }),
    what: t.field({ type: OutreachReadEnum, resolve: (entry) => outreachReadOf(entry.resource) }),
    staff: t.field({ type: StaffMemberRef, resolve: (entry) => ({ id: entry.staffId }) }),
  }),
});

addOpeningsField(builder, {
  person: PersonRef,
  field: 'outreachOpenings',
  description: 'Which members of staff read this person\'s outreach data (campaign lists, bookings, the health conversation, letters), newest first. For the person and their representatives.',
  opening: OutreachOpeningRef,
  name: 'OutreachOpening',
  schema: outreachDatabase.schema,
  resources: Object.values(OUTREACH_READS),
  mayRead: mayReadOutreachOpenings,
});
