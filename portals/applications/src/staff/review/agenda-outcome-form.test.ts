import { describe, expect, it } from 'vitest';
import { agendaOutcomeSchema, toRecordOutcomeInput } from './agenda-outcome-form.ts';

describe('the case review outcome', () => {
  it('needs what the review concluded, within the service’s limit', () => {
    const messages = (outcome: string) => agendaOutcomeSchema.safeParse({ itemId: 'i-1', outcome }).error?.issues.map((issue) => issue.message);
    expect(messages(' ')).toEqual(['agenda.errors.outcome']);
    expect(messages('x'.repeat(5001))).toEqual(['validation.tooLong']);
    expect(messages('x'.repeat(5000))).toBeUndefined();
  });

  it('records the trimmed text on the item', () => {
    expect(toRecordOutcomeInput(agendaOutcomeSchema.parse({ itemId: 'i-1', outcome: ' Bifall till boende. ' }))).toEqual({ itemId: 'i-1', outcome: 'Bifall till boende.' });
  });
});
