import { definePage, pageArgs, toPage } from '@omsorg/platform';
import { caseOpenings, type CaseOpening } from '../../queries/citizen/case-openings.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';
import { StaffMemberRef } from '../casework/staff-member.ts';

const CaseAccessRef = builder.objectRef<CaseOpening>('CaseAccess').implement({
  description: 'A staff member opened the case ("läste ärendet").',
  fields: (t) => ({
    at: t.string({ resolve: (access) => access.at.toISOString() }),
    staff: t.field({ type: StaffMemberRef, description: 'Identity resolves the name.', resolve: (access) => ({ id: access.staffId }) }),
  }),
});

const CaseAccessPage = definePage(builder, 'CaseAccess', CaseAccessRef);

builder.objectField(ApplicationRef, 'openedBy', (t) =>
  t.field({
    type: CaseAccessPage,
    description:
      'Who among the staff read the case (its page, its investigation, or the case in a list such as the inbox, the decision queue, the case-review agenda, follow-ups or the IVO report), and when, newest first, from the access log; reads by one person less than five minutes apart count as one opening. The applicant sees it too.',
    args: pageArgs(t.arg),
    resolve: async (application, args, context) => {
      const { openings, totalCount } = await caseOpenings(context.em, application, args);
      return toPage(openings, totalCount, args);
    },
  }),
);
