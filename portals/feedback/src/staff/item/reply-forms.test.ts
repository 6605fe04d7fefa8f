import { describe, expect, it } from 'vitest';
import { answerFormSchema, emptyAnswerForm, forwardFormSchema, OTHER_RECIPIENT, toForwardInput } from './reply-forms.ts';

describe('the reply panels\' forms', () => {
  it('forwards to a chosen provider with its id, and to someone typed without one', () => {
    const values = forwardFormSchema.parse({ providerId: 'p1', recipientName: ' Omsorgshuset AB ', recipientEmail: '', question: 'Vad hände?' });
    expect(toForwardInput(values, 'f1', 3)).toEqual({ feedbackId: 'f1', version: 3, providerId: 'p1', recipientName: 'Omsorgshuset AB', recipientEmail: null, question: 'Vad hände?' });
    expect(toForwardInput({ ...values, providerId: OTHER_RECIPIENT }, 'f1', 3).providerId).toBeNull();
  });

  it('asks in its own words for what is missing', () => {
    const forward = forwardFormSchema.safeParse({ providerId: '', recipientName: '', recipientEmail: 'fel', question: ' ' });
    expect(forward.error?.issues.map((issue) => issue.message).sort()).toEqual(['replies.errors.questionMissing', 'replies.errors.recipientMissing', 'validation.email']);
    const answer = answerFormSchema.safeParse({ template: '', sentBy: '', text: '' });
    expect(answer.error?.issues.map((issue) => issue.message).sort()).toEqual(['replies.errors.answerMissing', 'replies.errors.sentByMissing']);
  });

  it('chooses the channel the sender asked for, and none when they asked for none', () => {
    expect(emptyAnswerForm('EMAIL').sentBy).toBe('EMAIL');
    expect(emptyAnswerForm('NONE').sentBy).toBe('');
  });
});
