import { isUuid, logAccess } from '@omsorg/platform';
import { mayRevealFeedbackText } from '../../domain/access.ts';
import { Feedback } from '../../entities/feedback.ts';
import { FEEDBACK_READ } from '../../queries/feedback-reads.ts';
import { builder } from '../builder.ts';

builder.queryField('feedbackText', (t) =>
  t.string({
    nullable: true,
    description:
      'The text as the sender wrote it, personnummer and other sensitive details unmasked ("visa dolda uppgifter"): for the assigned handler and the quality council of the item\'s unit. Null for anyone else and for an unknown id. Each reveal is logged (for a signed-in sender, where they see it).',
    authScopes: { staff: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      if (!isUuid(String(id))) return null;
      const feedback = await context.em.findOne(Feedback, { id: String(id) }, { fields: ['text', 'unit', 'handlerId', 'personId'] });
      if (!feedback || !mayRevealFeedbackText(context.actor, feedback)) return null;
      if (feedback.personId) await logAccess(context, [{ personId: feedback.personId, resource: FEEDBACK_READ, resourceId: feedback.id }]);
      context.log.info({ feedbackId: feedback.id }, 'feedback text revealed');
      return feedback.text;
    },
  }),
);
