import { addOpeningsField, type AccessLogOpening } from '@omsorg/platform';
import { feedbackDatabase } from '../database.ts';
import { mayReadFeedbackOpenings } from '../domain/access.ts';
import { Feedback } from '../entities/feedback.ts';
import { FEEDBACK_READ } from '../queries/feedback-reads.ts';
import { builder } from './builder.ts';

/** A person, owned by identity; this subgraph adds who read their signed feedback. */
export const PersonRef = builder.externalRef('Person', builder.selection<{ id: string }>('id')).implement({
  externalFields: () => ({}),
  fields: (t) => ({ id: t.exposeID('id') }),
});

/** A staff member, owned by identity; identity resolves the name and title. */
export const StaffMemberRef = builder.externalRef('StaffMember', builder.selection<{ id: string }>('id')).implement({
  externalFields: () => ({}),
  fields: (t) => ({ id: t.exposeID('id') }),
});

type FeedbackOpening = { entry: AccessLogOpening; referenceNumber: string | null };

const FeedbackOpeningRef = builder.objectRef<FeedbackOpening>('FeedbackOpening').implement({
  description: 'A member of staff read feedback the person sent signed in ("läste din synpunkt"); reads of the same feedback less than five minutes apart count as one.',
  fields: (t) => ({
    at: t.string({ description: 'ISO 8601 timestamp.', resolve: (opening) => opening.entry.at.toISOString() }),
    referenceNumber: t.string({ nullable: true, description: 'The feedback read, by its reference number.', resolve: (opening) => opening.referenceNumber }),
    staff: t.field({ type: StaffMemberRef, resolve: (opening) => ({ id: opening.entry.staffId }) }),
  }),
});

addOpeningsField(builder, {
  person: PersonRef,
  field: 'feedbackOpenings',
  description: 'Which members of staff read the feedback this person sent signed in, newest first. For the person and their representatives.',
  opening: FeedbackOpeningRef,
  name: 'FeedbackOpening',
  schema: feedbackDatabase.schema,
  resources: [FEEDBACK_READ],
  mayRead: mayReadFeedbackOpenings,
  // Each opening with the feedback's reference number, which the person knows it by.
  toOpenings: async (em, entries) => {
    const ids = [...new Set(entries.map((entry) => entry.resourceId).filter((id): id is string => id !== null))];
    const feedback = ids.length > 0 ? await em.find(Feedback, { id: { $in: ids } }, { fields: ['referenceNumber'] }) : [];
    const reference = new Map(feedback.map((item) => [item.id, item.referenceNumber]));
    return entries.map((entry) => ({ entry, referenceNumber: (entry.resourceId && reference.get(entry.resourceId)) || null }));
  },
});
