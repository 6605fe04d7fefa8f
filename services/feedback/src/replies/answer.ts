import { ValidationFailure, type RequestContext } from '@omsorg/platform';
import type { AnswerSentBy } from '../entities/feedback-answer.ts';
import { FeedbackAnswer } from '../entities/feedback-answer.ts';
import type { Feedback } from '../entities/feedback.ts';
import { addressLines } from './answer-letter.ts';
import { bumpVersion, itemToHandle, recordEvent, staffIdOf } from './handling.ts';
import { enqueueFeedbackMail } from './mail-queue.ts';
import { answerMail } from './mails.ts';

/** At most this many answers to one sender per item (the panel lists them all). */
export const MAX_ANSWERS_PER_ITEM = 20;

/** Why the sender cannot be answered by this channel, as a message key, or null when they can. */
export function answerRefusal(feedback: Pick<Feedback, 'contactName' | 'contactEmail' | 'contactPhone' | 'contactAddress'>, sentBy: AnswerSentBy): string | null {
  const hasContact = Boolean(feedback.contactName || feedback.contactEmail || feedback.contactPhone || feedback.contactAddress);
  if (!hasContact) return 'feedback.replies.noContact';
  if (sentBy === 'EMAIL' && !feedback.contactEmail) return 'feedback.replies.noEmail';
  if (sentBy === 'LETTER' && addressLines(feedback.contactAddress).length === 0) return 'feedback.replies.noAddress';
  if (sentBy === 'PHONE' && !feedback.contactPhone) return 'feedback.replies.noPhone';
  return null;
}

/**
 * Answers the sender ("återkoppling"): a FeedbackAnswer with the text as sent, an ANSWERED event,
 * answeredAt the first time. EMAIL queues the mail; LETTER is downloaded as a PDF (replies/http.ts);
 * PHONE records what was said. An item without a way to reach the sender cannot be answered.
 */
export async function answerFeedback(context: RequestContext, input: { feedbackId: string; version: number; sentBy: AnswerSentBy; text: string }): Promise<FeedbackAnswer> {
  const staffId = staffIdOf(context);
  return context.em.transactional(async (em) => {
    const feedback = await itemToHandle(context, em, input.feedbackId);
    const refusal = answerRefusal(feedback, input.sentBy);
    if (refusal) throw new ValidationFailure(context.t(refusal), [{ field: 'sentBy', message: context.t(refusal) }]);
    if ((await em.count(FeedbackAnswer, { feedback: feedback.id })) >= MAX_ANSWERS_PER_ITEM) throw new ValidationFailure(context.t('feedback.replies.tooManyAnswers', { max: MAX_ANSWERS_PER_ITEM }), []);
    const sentAt = new Date();
    await bumpVersion(context, em, feedback, input.version, feedback.answeredAt ? {} : { answeredAt: sentAt });
    const answer = em.create(FeedbackAnswer, { feedback, sentBy: input.sentBy, text: input.text, staffId, sentAt });
    recordEvent(em, feedback, 'ANSWERED', { staffId, note: input.text, data: { answerId: answer.id, sentBy: input.sentBy } });
    await em.flush();
    if (input.sentBy === 'EMAIL' && feedback.contactEmail) {
      await enqueueFeedbackMail(em, answerMail({ to: feedback.contactEmail, referenceNumber: feedback.referenceNumber, text: input.text }), { purpose: 'answer', feedbackId: feedback.id, event: `answer:${answer.id}` });
    }
    context.log.info({ feedbackId: feedback.id, sentBy: input.sentBy }, 'feedback answered');
    return answer;
  });
}
