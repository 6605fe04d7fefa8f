import { logAccess, NotFoundFailure } from '@omsorg/platform';
import { z } from 'zod';
import { mayNoteHearingOrMemory } from '../domain/access.ts';
import { Invitation } from '../entities/invitation.ts';
import { builder } from './builder.ts';
import { visibleCampaign } from './campaign.ts';

/*
 * Hearing or memory problems noted on an invitation (no video offered then), as the cohort list
 * shows and sets them: staff of the campaign's unit. Reading the notes is logged for the people
 * (resource "hearing-or-memory-note"). Setting one is schema/invitation-booking.ts'
 * noteHearingOrMemory.
 */

type Note = { personId: string; invitationId: string; hearingOrMemoryNoted: boolean };

const NoteRef = builder.objectRef<Note>('CohortInvitationNote').implement({
  description: 'A cohort member’s invitation and whether hearing or memory problems are noted on it.',
  fields: (t) => ({
    personId: t.exposeID('personId'),
    invitationId: t.exposeID('invitationId'),
    hearingOrMemoryNoted: t.exposeBoolean('hearingOrMemoryNoted', { description: 'Noted: video is not offered to the person.' }),
  }),
});

builder.queryField('cohortInvitationNotes', (t) =>
  t.field({
    type: [NoteRef],
    description:
      'For the cohort members given (a page of the cohort list, at most 100), their invitation in the campaign and whether hearing or memory problems are noted; members without an invitation are left out. Outreach staff of the campaign’s unit; each read is logged. Errors: NotFoundError.',
    authScopes: { role: 'OUTREACH' },
    errors: {},
    args: { campaignId: t.arg.id({ required: true }), personIds: t.arg.idList({ required: true, validate: z.array(z.uuid()).max(100) }) },
    resolve: async (_root, args, context) => {
      const campaign = await visibleCampaign(context, args.campaignId, mayNoteHearingOrMemory);
      if (!campaign) throw new NotFoundFailure(context.t('invitation.notFound'));
      if (args.personIds.length === 0) return [];
      const invitations = await context.em.find(Invitation, { campaign: campaign.id, personId: { $in: args.personIds.map(String) } }, { fields: ['personId', 'hearingOrMemoryNoted'] });
      await logAccess(context, invitations.map((invitation) => ({ personId: invitation.personId, resource: 'hearing-or-memory-note', resourceId: invitation.id })));
      return invitations.map((invitation) => ({ personId: invitation.personId, invitationId: invitation.id, hearingOrMemoryNoted: invitation.hearingOrMemoryNoted }));
    },
  }),
);
