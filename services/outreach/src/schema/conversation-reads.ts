import { definePage, pageArgs, toPage } from '@omsorg/platform';
import { doesOutreach, mayReadConversation } from '../domain/access.ts';
import { residentName } from '../domain/resident-name.ts';
import { HealthConversation } from '../entities/health-conversation.ts';
import { Referral } from '../entities/referral.ts';
import { Resident } from '../entities/resident.ts';
import { conversationFacts, logConversationReads } from '../queries/conversations.ts';
import { builder } from './builder.ts';
import { shownConversation } from './health-conversation.ts';
import { HealthConversationRef, type ConversationView } from './conversation-types.ts';

/*
 * Reads of conversations beyond one booking's: the worker's follow-ups, and the record on the
 * application a referral became (for the receiving caseworkers, through federation).
 */

const FollowUpPage = definePage(builder, 'HealthConversationFollowUp', HealthConversationRef, 'Conversations with a follow-up day.');

builder.queryField('outreachFollowUps', (t) =>
  t.field({
    type: FollowUpPage,
    description:
      'The signed-in outreach worker\'s conversations with a follow-up day not yet marked done ("uppföljningar"), earliest day first, so those due come first. There is no reminder mail: staff have no e-mail address in Omsorg. The reads are logged.',
    authScopes: { role: 'OUTREACH' },
    args: pageArgs(t.arg),
    resolve: async (_root, args, context) => {
      if (!doesOutreach(context.actor)) return toPage([], 0, args);
      const [conversations, totalCount] = await context.em.findAndCount(
        HealthConversation,
        { workerId: context.actor.staffId, unit: context.actor.unit, followUpOn: { $ne: null }, followUpDoneAt: null },
        { orderBy: { followUpOn: 'asc', id: 'asc' }, limit: args.limit, offset: args.offset, populate: ['booking'] },
      );
      const referrals = await context.em.find(Referral, { conversation: { $in: conversations.map((c) => c.id) } });
      const residents = await context.em.find(Resident, { id: { $in: conversations.map((c) => c.personId) } });
      const names = new Map(residents.map((resident) => [resident.id, residentName(resident)]));
      const nodes: ConversationView[] = conversations.map((conversation) => ({
        conversation,
        referral: referrals.find((referral) => referral.conversation.id === conversation.id) ?? null,
        personName: names.get(conversation.personId) ?? null,
      }));
      await logConversationReads(context, conversations);
      return toPage(nodes, totalCount, args);
    },
  }),
);

/** An application, owned by the applications service; outreach adds the conversation a referral came from. */
builder.externalRef('Application', builder.selection<{ id: string }>('id')).implement({
  externalFields: () => ({}),
  fields: (t) => ({
    id: t.exposeID('id'),
    outreachConversation: t.field({
      type: HealthConversationRef,
      nullable: true,
      description:
        'The health conversation this application was referred from (channel OUTREACH): for the caseworkers and managers of the receiving unit when the person consented to sharing it, else null. The read is logged.',
      resolve: async (application, _args, context) => {
        const referral = await context.em.findOne(Referral, { applicationId: application.id }, { populate: ['conversation', 'conversation.booking'] });
        if (!referral) return null;
        const conversation = referral.conversation as unknown as HealthConversation;
        if (!mayReadConversation(context.actor, conversationFacts(conversation, referral))) return null;
        return shownConversation(context, conversation, referral);
      },
    }),
  }),
});
