import type { RequestContext } from '@omsorg/platform';
import { seesInternalEvents } from '../../domain/access.ts';
import { ApplicationEvent } from '../../entities/application-event.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';
import { PersonRef } from '../person.ts';
import { StaffMemberRef } from '../casework/staff-member.ts';

const TimelineEventRef = builder.objectRef<ApplicationEvent>('TimelineEvent').implement({
  description: 'One thing that happened to a case ("händelse"), from its append-only history.',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.string({ resolve: (event) => event.at.toISOString() }),
    type: t.exposeString('type', {
      description: 'SUBMITTED, TAKEN, HOME_VISIT_BOOKED, COMMUNICATED, RESPONDED, DECIDED, APPEALED, ATTACHMENT_ADDED, PROVIDER_CHOSEN, …; the portal words it in plain language.',
    }),
    actor: t.field({
      type: StaffMemberRef,
      nullable: true,
      description: 'The member of staff who did it (name and title come from identity); null for the applicant and the system.',
      resolve: (event) => (event.actorKind === 'staff' && event.actorId ? { id: event.actorId } : null),
    }),
    person: t.field({
      type: PersonRef,
      nullable: true,
      description:
        'For staff doing casework: the person who did it, the applicant or a representative (name from identity), e.g. who chose a provider in the portal; null for staff and system events, and always for citizens.',
      resolve: (event, _args, context) => (seesInternalEvents(context.actor) && event.actorKind === 'person' && event.actorId ? { id: event.actorId } : null),
    }),
    data: t.string({ nullable: true, description: 'Details as JSON text, e.g. the reference number.', resolve: (event) => JSON.stringify(event.data ?? {}) }),
  }),
});

/** Citizens see what concerns them; internal steps (case review, proposals, screening) are staff's. */
function eventsOf(applicationIds: string[], context: RequestContext): Promise<ApplicationEvent[]> {
  return context.em.find(
    ApplicationEvent,
    { application: { $in: applicationIds }, ...(seesInternalEvents(context.actor) ? {} : { visibleToApplicant: true }) },
    { orderBy: { at: 'asc', id: 'asc' } },
  );
}

builder.objectField(ApplicationRef, 'timeline', (t) =>
  t.loadableGroup({
    type: TimelineEventRef,
    description: 'The case as a timeline, oldest first: for the applicant only what is shown to them, for staff everything.',
    load: (ids: string[], context: RequestContext) => eventsOf(ids, context),
    group: (event) => event.application.id,
    resolve: (application) => application.id,
  }),
);
