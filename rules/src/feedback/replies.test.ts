import { describe, expect, it } from 'vitest';
import { answerText, ANSWER_TEXT_MAX_LENGTH, forwardQuestion, forwardRecipient } from './replies.ts';

const issues = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) => (result.success ? [] : result.error!.issues.map((issue) => issue.message));

describe('the replies\' rules', () => {
  it('requires a recipient name and takes an e-mail address only if it is one', () => {
    expect(issues(forwardRecipient.recipientName.safeParse('  '))).toEqual(['validation.required']);
    expect(forwardRecipient.recipientEmail.safeParse('').success).toBe(true);
    expect(issues(forwardRecipient.recipientEmail.safeParse('inte en adress'))).toEqual(['validation.email']);
    expect(forwardRecipient.recipientEmail.parse(' svar@omsorgshuset.se ')).toBe('svar@omsorgshuset.se');
  });

  it('requires the question and the answer, trims them and refuses them too long', () => {
    expect(issues(forwardQuestion().safeParse(' \n '))).toEqual(['validation.required']);
    expect(answerText().parse('Hej!\r\nTack.  ')).toBe('Hej!\nTack.');
    expect(issues(answerText().safeParse('x'.repeat(ANSWER_TEXT_MAX_LENGTH + 1)))).toEqual(['validation.tooLong']);
  });
});
