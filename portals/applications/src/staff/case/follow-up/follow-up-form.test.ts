import { describe, expect, it } from 'vitest';
import { toCompleteFollowUpInput, validateFollowUp } from './follow-up-form.ts';

describe('follow-up form', () => {
  it('needs an outcome and a note', () => {
    expect(validateFollowUp({ outcome: '', note: '' }).map((issue) => issue.field)).toEqual(['outcome', 'note']);
    expect(validateFollowUp({ outcome: 'CONTINUE', note: 'Fungerar bra' })).toEqual([]);
  });

  it('maps to the input', () => {
    expect(toCompleteFollowUpInput('f-1', { outcome: 'REASSESS', note: ' Behoven har ökat ' })).toEqual({ followUpId: 'f-1', outcome: 'REASSESS', note: 'Behoven har ökat' });
  });
});
