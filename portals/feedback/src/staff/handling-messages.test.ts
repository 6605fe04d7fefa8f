import { describe, expect, it } from 'vitest';
import { AnswerChannel, FeedbackChannel, FeedbackEventKind, FeedbackSource, FeedbackStatus, FeedbackTarget, SenderGender } from '../generated/graphql.ts';
import ar from '../locales/handling/ar.json' with { type: 'json' };
import en from '../locales/handling/en.json' with { type: 'json' };
import fi from '../locales/handling/fi.json' with { type: 'json' };
import sv from '../locales/handling/sv.json' with { type: 'json' };

const keys = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));

describe('the handling pages\' messages', () => {
  it('have the same keys in every language', () => {
    for (const other of [en, fi, ar]) expect(keys(other).sort()).toEqual(keys(sv).sort());
  });

  it('name every status, channel, target, source, gender, answer channel and event kind of the schema, and no other', () => {
    const { handling } = sv.feedback;
    expect(Object.keys(handling.status).sort()).toEqual(Object.values(FeedbackStatus).sort());
    expect(Object.keys(handling.channel).sort()).toEqual(Object.values(FeedbackChannel).sort());
    expect(Object.keys(handling.target).sort()).toEqual(Object.values(FeedbackTarget).sort());
    expect(Object.keys(handling.source).sort()).toEqual(Object.values(FeedbackSource).sort());
    expect(Object.keys(handling.gender).sort()).toEqual(Object.values(SenderGender).sort());
    expect(Object.keys(handling.answerBy).sort()).toEqual(Object.values(AnswerChannel).sort());
    expect(Object.keys(handling.event).sort()).toEqual(Object.values(FeedbackEventKind).sort());
  });
});
