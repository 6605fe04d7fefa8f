import { definePage, isUuid, pageArgs, text, toPage, type RequestContext } from '@omsorg/platform';
import { day } from '@omsorg/rules';
import { z } from 'zod';
import { feedbackListScope, mayListFeedback, mayReadFeedback } from '../../domain/access.ts';
import { Feedback } from '../../entities/feedback.ts';
import { listWhere, type FeedbackListFilter } from '../../handling/list-filter.ts';
import { logFeedbackReads } from '../../queries/feedback-reads.ts';
import { builder } from '../builder.ts';
import { FeedbackChannelEnum, FeedbackRef, FeedbackStatusEnum, FeedbackTargetEnum, FeedbackTypeEnum } from '../feedback.ts';

const FeedbackPage = definePage(builder, 'Feedback', FeedbackRef);

const optionalDay = day().nullish();

const FeedbackListFilterInput = builder.inputType('FeedbackListFilter', {
  description: 'What the staff list is narrowed to; every part optional, all given parts must hold.',
  validate: z.object({ receivedFrom: optionalDay, receivedTo: optionalDay }).passthrough(),
  fields: (t) => ({
    status: t.field({ type: FeedbackStatusEnum }),
    type: t.field({ type: FeedbackTypeEnum }),
    target: t.field({ type: FeedbackTargetEnum }),
    channel: t.field({ type: FeedbackChannelEnum }),
    unit: t.string({ description: 'The responsible unit, exactly as named.', validate: text({ max: 200 }) }),
    mine: t.boolean({ description: 'Only those assigned to me ("mina").' }),
    unassigned: t.boolean({ description: 'Only those without a handler ("ej tilldelade").' }),
    receivedFrom: t.string({ description: 'Received on or after this Stockholm day, YYYY-MM-DD.' }),
    receivedTo: t.string({ description: 'Received on or before this Stockholm day, YYYY-MM-DD.' }),
    referenceNumber: t.string({ description: 'The reference number, e.g. SYN-2026-000123.', validate: text({ max: 32 }) }),
  }),
});

const staffIdOf = (context: RequestContext) => (context.actor.kind === 'staff' ? context.actor.staffId : null);

builder.queryField('feedbackList', (t) =>
  t.field({
    type: FeedbackPage,
    description:
      'Received feedback ("inkomna synpunkter och klagomål"), newest first. The quality council and managers see their unit\'s, those without a unit and their own; any other staff member only those assigned to them. Two SQL statements whatever the page size. Reads of feedback from signed-in citizens are logged where they see them.',
    authScopes: (_root, _args, context) => mayListFeedback(context.actor),
    args: { ...pageArgs(t.arg), filter: t.arg({ type: FeedbackListFilterInput }) },
    resolve: async (_root, args, context) => {
      const limit = args.limit;
      const where = listWhere(feedbackListScope(context.actor), (args.filter ?? {}) as FeedbackListFilter, staffIdOf(context));
      const [nodes, totalCount] = await context.em.findAndCount(Feedback, where, {
        orderBy: { receivedAt: 'desc', referenceNumber: 'desc' },
        limit,
        offset: args.offset,
      });
      await logFeedbackReads(context, nodes);
      return toPage(nodes, totalCount, { offset: args.offset, limit });
    },
  }),
);

builder.queryField('feedback', (t) =>
  t.field({
    type: FeedbackRef,
    nullable: true,
    description: 'One received feedback by id, for those who may handle it (docs/FEEDBACK.md, "Who may"); null when there is none or it is not yours to see. Logged like the list.',
    authScopes: (_root, _args, context) => mayListFeedback(context.actor),
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      if (!isUuid(String(id))) return null;
      const feedback = await context.em.findOne(Feedback, { id: String(id) });
      if (!feedback || !mayReadFeedback(context.actor, { sentInThisRequest: false, unit: feedback.unit ?? null, handlerId: feedback.handlerId ?? null })) return null;
      await logFeedbackReads(context, [feedback]);
      return feedback;
    },
  }),
);
