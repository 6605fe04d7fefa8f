import { answerText, ANSWER_TEXT_MAX_LENGTH, forwardQuestion, forwardRecipient, FORWARD_TEXT_MAX_LENGTH, providerAnswerText, recipientName } from '@omsorg/rules/feedback';
import { z } from 'zod';
import { FeedbackAnswerSentBy, FeedbackAnswerTemplate, type ForwardFeedbackInput } from '../../generated/graphql.ts';

export { ANSWER_TEXT_MAX_LENGTH, FORWARD_TEXT_MAX_LENGTH };

/** The value of the provider list's "someone else" choice (the region, transport): the name is typed. */
export const OTHER_RECIPIENT = 'OTHER';

/** Forwarding (the service checks the same rules, @omsorg/rules/feedback). */
export const forwardFormSchema = z.object({
  providerId: z.string(),
  recipientName: recipientName({ missing: 'replies.errors.recipientMissing' }),
  recipientEmail: forwardRecipient.recipientEmail,
  question: forwardQuestion({ missing: 'replies.errors.questionMissing' }),
});
export type ForwardFormValues = z.input<typeof forwardFormSchema>;
export const emptyForwardForm = (): ForwardFormValues => ({ providerId: '', recipientName: '', recipientEmail: '', question: '' });
export const forwardFieldIds = { providerId: 'forward-provider', recipientName: 'forward-recipient-name', recipientEmail: 'forward-recipient-email', question: 'forward-question' };

export function toForwardInput(values: z.output<typeof forwardFormSchema>, feedbackId: string, version: number): ForwardFeedbackInput {
  return {
    feedbackId,
    version,
    providerId: values.providerId && values.providerId !== OTHER_RECIPIENT ? values.providerId : null,
    recipientName: values.recipientName,
    recipientEmail: values.recipientEmail || null,
    question: values.question,
  };
}

/** A provider's answer that came by phone or letter. */
export const providerAnswerFormSchema = z.object({ answer: providerAnswerText({ missing: 'replies.errors.providerAnswerMissing' }) });

/** The answer to the sender. */
export const answerFormSchema = z.object({
  template: z.string(),
  sentBy: z.string().pipe(z.enum(FeedbackAnswerSentBy, 'replies.errors.sentByMissing')),
  text: answerText({ missing: 'replies.errors.answerMissing' }),
});
export type AnswerFormValues = z.input<typeof answerFormSchema>;
export const answerFieldIds = { template: 'answer-template', sentBy: 'answer-sent-by', text: 'answer-text' };

/** The channels in the order staff choose among them; the one the sender asked for is chosen first. */
export const answerChannels = [FeedbackAnswerSentBy.Letter, FeedbackAnswerSentBy.Email, FeedbackAnswerSentBy.Phone];
export const answerTemplates = Object.values(FeedbackAnswerTemplate);

export function emptyAnswerForm(answerBy: string): AnswerFormValues {
  const asked = answerChannels.find((channel) => channel === answerBy);
  return { template: '', sentBy: asked ?? '', text: '' };
}
