import { describe, expect, it } from 'vitest';
import { assignSchema, linkSchema, noteSchema, reopenSchema } from './handling-forms.ts';

const ID = '0a6f3c2e-9d1b-4c7a-8e55-2b1f0c9d8e7a';

describe('the handling forms', () => {
  it('take a case id out of the pasted address of its page', () => {
    expect(linkSchema.parse({ applicationId: ` https://personal.example.se/arenden/${ID.toUpperCase()}/beslut ` })).toEqual({ applicationId: ID });
    expect(linkSchema.safeParse({ applicationId: 'ANS-2026-000123' }).error?.issues[0]?.message).toBe('item.errors.caseId');
    expect(linkSchema.safeParse({ applicationId: '' }).error?.issues[0]?.message).toBe('item.errors.caseMissing');
  });

  it('assign to a handler or a unit, never to nobody', () => {
    expect(assignSchema.safeParse({ handlerId: '', unit: '' }).success).toBe(false);
    expect(assignSchema.safeParse({ handlerId: ID, unit: '' }).success).toBe(true);
    expect(assignSchema.safeParse({ handlerId: '', unit: 'Skärholmen' }).success).toBe(true);
  });

  it('need a note of at most 4,000 characters, and reopen with or without one', () => {
    expect(noteSchema.safeParse({ note: '   ' }).success).toBe(false);
    expect(noteSchema.safeParse({ note: 'x'.repeat(4001) }).success).toBe(false);
    expect(noteSchema.parse({ note: ' Ringde avsändaren. ' })).toEqual({ note: 'Ringde avsändaren.' });
    expect(reopenSchema.parse({ note: '' })).toEqual({ note: '' });
  });
});
