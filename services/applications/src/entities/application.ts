import { defineEntity, p } from '@mikro-orm/core';
import type { ApplicationAnswers } from '../domain/answers.ts';
import { APPLICATION_CHANNELS, APPLICATION_STATUSES } from '../domain/application-status.ts';
import { RequestedServiceSchema } from './requested-service.ts';

/** An application ("ansökan") for one or more care services, from draft to closed case. */
export const ApplicationSchema = defineEntity({
  name: 'Application',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    /** Ärendenummer, given when the application is submitted. */
    reference: p.string().length(32).unique().nullable(),
    /** The person the application is for (identity's Person id). */
    applicantId: p.uuid().index(),
    /** Who filed it: the applicant, a representative, or staff writing down a phone call. */
    submittedById: p.uuid().nullable(),
    /**
     * The staff member who registered an application that came by phone, paper, the contact
     * centre or a discharge notice (staff_member id); null for the portal's own. Its
     * `submittedAt` is then when the unit received it (Stockholm time as typed, may be earlier).
     */
    registeredById: p.uuid().nullable(),
    unit: p.string().length(200).index(),
    districtArea: p.string().length(100).nullable(),
    /**
     * The applicant's name as identity had it when a caseworker took the case (the staff portal
     * passes it from the federated Person, like applicantLegalGender): mail to a representative
     * names whom it concerns. Null until then.
     */
    applicantName: p.string().length(200).nullable(),
    /**
     * The preferred language in identity of whoever started the application for someone else
     * (a representative), as the portal read it: mail to them is written in it when mails exist
     * in it. Null for one's own application and for staff's registrations (mail then follows the
     * answers' language).
     */
    submitterLanguage: p.string().length(8).nullable(),
    status: p.enum(APPLICATION_STATUSES).default('DRAFT').index(),
    channel: p.enum(APPLICATION_CHANNELS).default('WEB'),
    urgent: p.boolean().default(false),
    assigneeId: p.uuid().nullable().index(),
    /**
     * A copy of the applicant's legal gender, for statistics split by gender only. Identity owns
     * it; the staff portal passes it from the federated Person when a caseworker takes the case.
     * Null until then, counted as "okänt".
     */
    applicantLegalGender: p.enum(['FEMALE', 'MALE'] as const).nullable(),
    answers: p.json<ApplicationAnswers>().defaultRaw(`'{}'`),
    /** The page the applicant was on when the draft was last saved. */
    draftStep: p.string().length(40).nullable(),
    /** Makes submitting idempotent: the same key never creates a second case. */
    submissionKey: p.uuid().unique().nullable(),
    submittedAt: p.datetime().nullable().index(),
    decidedAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()).index(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()).defaultRaw('now()'),
    requestedServices: () => p.oneToMany(RequestedServiceSchema).mappedBy('application'),
  },
  indexes: [
    // The work list in its default order over every status staff see (decided cases with work too).
    {
      name: 'application_work_order_index',
      expression: `create index "application_work_order_index" on "applications"."application" ("unit", "urgent" desc, "submitted_at", "id") where "status" <> 'DRAFT'`,
    },
    // The open applications in the same order, with what the tabs filter on.
    {
      name: 'application_open_inbox_index',
      expression: `create index "application_open_inbox_index" on "applications"."application" ("unit", "urgent" desc, "submitted_at", "id") include ("status", "assignee_id") where "status" in ('SUBMITTED', 'IN_INVESTIGATION', 'COMMUNICATED')`,
    },
    { name: 'application_inbox_index', properties: ['unit', 'status', 'submittedAt'] },
  ],
});

export class Application extends ApplicationSchema.class {}
ApplicationSchema.setClass(Application);
