import { defineEntity, p } from '@mikro-orm/core';
import { FeedbackSchema } from './feedback.ts';

/** The channels an answer to the sender goes by ("återkoppling"). */
export const ANSWER_SENT_BY = ['LETTER', 'EMAIL', 'PHONE'] as const;
export type AnswerSentBy = (typeof ANSWER_SENT_BY)[number];

/**
 * An answer to the sender ("återkoppling"): the text as sent (a letter, an e-mail, or what was
 * said on the phone), by whom and when. The signed-in sender reads it under "Mina synpunkter";
 * the retention job empties the text with the item's other personal data.
 */
export const FeedbackAnswerSchema = defineEntity({
  name: 'FeedbackAnswer',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    feedback: () => p.manyToOne(FeedbackSchema).index(),
    sentBy: p.enum(ANSWER_SENT_BY),
    text: p.text(),
    staffId: p.uuid(),
    sentAt: p.datetime().onCreate(() => new Date()),
  },
});

export class FeedbackAnswer extends FeedbackAnswerSchema.class {}
FeedbackAnswerSchema.setClass(FeedbackAnswer);
