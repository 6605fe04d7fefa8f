import { FOLLOW_UP_NOTE_MAX_LENGTH } from '@omsorg/rules/applications';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../testing/schema-issues.ts';
import { followUpSchema, toCompleteFollowUpInput } from './follow-up-form.ts';

describe('follow-up form', () => {
  it('needs an outcome and a note', () => {
    expect(issuesOf(followUpSchema, { outcome: '', note: ' ' })).toEqual([
      ['outcome', 'case.followUp.errors.outcome'],
      ['note', 'case.followUp.errors.note'],
    ]);
    expect(issuesOf(followUpSchema, { outcome: 'CONTINUE', note: 'x'.repeat(FOLLOW_UP_NOTE_MAX_LENGTH + 1) })).toEqual([['note', 'validation.tooLong']]);
    expect(issuesOf(followUpSchema, { outcome: 'CONTINUE', note: 'Fungerar bra' })).toEqual([]);
  });

  it('maps to the input, trimmed', () => {
    const checked = followUpSchema.parse({ outcome: 'REASSESS', note: ' Behoven har ökat ' });
    expect(toCompleteFollowUpInput('f-1', checked)).toEqual({ followUpId: 'f-1', outcome: 'REASSESS', note: 'Behoven har ökat' });
  });
});
