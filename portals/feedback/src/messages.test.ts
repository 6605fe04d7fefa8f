import { describe, expect, it } from 'vitest';
import { FeedbackSubject, FeedbackType } from './generated/graphql.ts';
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import fi from './locales/fi.json' with { type: 'json' };
import sv from './locales/sv.json' with { type: 'json' };

describe('feedback messages', () => {
  it('name every type and subject the schema has, in every language', () => {
    for (const { feedback } of [sv, en, fi, ar]) {
      expect(Object.keys(feedback.type).sort()).toEqual(Object.values(FeedbackType).sort());
      expect(Object.keys(feedback.typeHint).sort()).toEqual(Object.values(FeedbackType).sort());
      expect(Object.keys(feedback.subject).sort()).toEqual(Object.values(FeedbackSubject).sort());
    }
  });
});
