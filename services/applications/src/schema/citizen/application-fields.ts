import { APPLICATION_CHANNELS } from '../../domain/application-status.ts';
import { ApplicationRef, RequestedServiceRef } from '../application.ts';
import { builder } from '../builder.ts';
import { PersonRef } from '../person.ts';
import { ApplicationAnswersRef } from './answers.ts';

/*
 * Fields of Application (and RequestedService) that the citizen journey needs beyond the core types: who it is
 * for and by whom, the draft's answers and page, and the version to send back on every change.
 */

export const ApplicationChannelEnum = builder.enumType('ApplicationChannel', {
  description: 'How the application reached the unit: WEB e-tjänst, PHONE telefon, CONTACT_CENTRE Äldre direkt, HOSPITAL_DISCHARGE utskrivning från sjukhus, OUTREACH uppsökande verksamhet (a referral from a health conversation), PAPER pappersansökan.',
  values: APPLICATION_CHANNELS,
});

builder.objectFields(ApplicationRef, (t) => ({
  channel: t.field({ type: ApplicationChannelEnum, resolve: (application) => application.channel }),
  applicant: t.field({
    type: PersonRef,
    // Nullable so that one person identity does not yet let the unit read (the seconds after a
    // case is submitted, until identity has handled the case-unit link) nulls this field only,
    // not the whole inbox or case: the row still lists, and the portal asks to reload.
    nullable: true,
    description:
      'The person the application is for ("sökande"); identity resolves the name. Null only for staff, with a FORBIDDEN error at this path, in the seconds after a case is submitted, until identity lets the unit read the person: reload in a moment.',
    resolve: (application) => ({ id: application.applicantId }),
  }),
  submittedBy: t.field({
    type: PersonRef,
    nullable: true,
    description: 'Who filled it in and sent it: the applicant or a representative ("ingiven av").',
    resolve: (application) => (application.submittedById ? { id: application.submittedById } : null),
  }),
  submittedAt: t.string({ nullable: true, resolve: (application) => application.submittedAt?.toISOString() ?? null }),
  updatedAt: t.string({ resolve: (application) => application.updatedAt.toISOString() }),
  version: t.exposeInt('version', { description: 'Optimistic locking: send it back with every change; a stale one answers ConflictError.' }),
  draftStep: t.exposeString('draftStep', { nullable: true, description: 'The page of the form the applicant was on when the draft was last saved.' }),
  answers: t.field({ type: ApplicationAnswersRef, resolve: (application) => application.answers }),
}));

builder.objectField(RequestedServiceRef, 'needs', (t) =>
  t.exposeString('needs', { description: "The applicant's needs for this service in their own words, as sent." }),
);
