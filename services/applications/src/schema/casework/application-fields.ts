import type { RequestContext } from '@omsorg/platform';
import { inboxDueOn, isInboxOverdue } from '../../domain/inbox.ts';
import { todayInStockholm } from '../../domain/stockholm-time.ts';
import { doesCasework } from '../../domain/access.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';
import { LegalGenderEnum } from './enums.ts';
import { StaffMemberRef, staffReference } from './staff-member.ts';

/** Staff-only fields: FORBIDDEN for citizens and for staff who do not do casework. */
const caseworkOnly = (_parent: unknown, _args: unknown, context: RequestContext) => doesCasework(context.actor);

builder.objectFields(ApplicationRef, (t) => ({
  urgent: t.boolean({
    description: 'Marked urgent by staff ("brådskande"); urgent cases come first in the inbox. Staff only.',
    authScopes: caseworkOnly,
    resolve: (application) => application.urgent,
  }),
  assignee: t.field({
    type: StaffMemberRef,
    nullable: true,
    description: 'The caseworker handling the case ("handläggare"). Staff only.',
    authScopes: caseworkOnly,
    resolve: (application) => staffReference(application.assigneeId),
  }),
  districtArea: t.string({
    nullable: true,
    description: 'The district area of the applicant ("stadsdelsområde"), used by the inbox filter. Staff only.',
    authScopes: caseworkOnly,
    resolve: (application) => application.districtArea ?? null,
  }),
  applicantLegalGender: t.field({
    type: LegalGenderEnum,
    nullable: true,
    description:
      'A copy of the applicant’s legal gender, for statistics split by gender only. Identity owns it; the staff portal sends it (from the federated Person) when taking the case. Null until then, counted as "okänt". Staff only.',
    authScopes: caseworkOnly,
    resolve: (application) => application.applicantLegalGender ?? null,
  }),
  dueOn: t.string({
    nullable: true,
    description: 'The day the case should be decided by: 14 days after submission ("handläggningstid"). Staff only.',
    authScopes: caseworkOnly,
    resolve: (application) => (application.submittedAt ? inboxDueOn(application.submittedAt) : null),
  }),
  overdue: t.boolean({
    description: 'Not yet decided and past its due day. Staff only.',
    authScopes: caseworkOnly,
    resolve: (application) => isInboxOverdue(application, todayInStockholm()),
  }),
}));
