import { describe, expect, it } from 'vitest';
import { AnswerChannel, FeedbackStatus, FeedbackSubject, FeedbackTarget, FeedbackType } from '../generated/graphql.ts';
import ar from '../locales/ar.json' with { type: 'json' };
import en from '../locales/en.json' with { type: 'json' };
import fi from '../locales/fi.json' with { type: 'json' };
import sv from '../locales/sv.json' with { type: 'json' };

/** Every key path under `value`, e.g. "wizard.heading.type". */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

const citizenParts = ['form', 'widget', 'errors', 'wizard', 'confirmation', 'status', 'mine'] as const;

describe('the citizen pages’ messages', () => {
  it('have the same keys in Swedish, English, Finnish and Arabic, none empty', () => {
    for (const part of citizenParts) {
      const swedish = keys(sv.feedback[part]).sort();
      for (const [name, locale] of Object.entries({ en, fi, ar })) {
        expect(keys(locale.feedback[part]).sort(), `${name} ${part}`).toEqual(swedish);
      }
    }
    for (const locale of [sv, en, fi, ar]) {
      const texts = citizenParts.flatMap((part) => keys(locale.feedback[part]).map((path) => path.split('.').reduce<unknown>((inner, key) => (inner as Record<string, unknown>)[key], locale.feedback[part])));
      expect(texts.every((text) => typeof text === 'string' && text.trim() !== '')).toBe(true);
    }
  });

  it('name every type, target, subject, answer channel and status the schema has', () => {
    for (const { feedback } of [sv, en, fi, ar]) {
      expect(Object.keys(feedback.wizard.type).sort()).toEqual(Object.values(FeedbackType).sort());
      expect(Object.keys(feedback.wizard.target).sort()).toEqual(Object.values(FeedbackTarget).sort());
      expect(Object.keys(feedback.wizard.subject).sort()).toEqual(Object.values(FeedbackSubject).sort());
      expect(Object.keys(feedback.wizard.answerBy).sort()).toEqual(Object.values(AnswerChannel).sort());
      expect(Object.keys(feedback.status.name).sort()).toEqual(Object.values(FeedbackStatus).sort());
    }
  });
});
